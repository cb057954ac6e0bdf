package io.onewindow.elicense.notice;

import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** The filings of cases, one document per case id (a redelivered filing writes the same document). */
@Component
class NoticeCaseStore {

    private final MongoTemplate mongo;

    NoticeCaseStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void save(NoticeCaseDocument filing) {
        mongo.save(filing);
    }

    Optional<NoticeCaseDocument> find(String caseId) {
        return Optional.ofNullable(mongo.findById(caseId, NoticeCaseDocument.class));
    }
}
