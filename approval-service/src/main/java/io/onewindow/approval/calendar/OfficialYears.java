package io.onewindow.approval.calendar;

import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.repository.MongoRepository;

interface OfficialYears extends MongoRepository<OfficialYearDocument, String> {

    List<OfficialYearDocument> findByStatus(String status);

    List<OfficialYearDocument> findAllBy(Sort sort);
}
