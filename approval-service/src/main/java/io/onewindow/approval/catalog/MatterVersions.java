package io.onewindow.approval.catalog;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

interface MatterVersions extends MongoRepository<MatterVersionDocument, String> {

    List<MatterVersionDocument> findByCodeOrderByNumberDesc(String code);

    List<MatterVersionDocument> findByStatus(String status);
}
