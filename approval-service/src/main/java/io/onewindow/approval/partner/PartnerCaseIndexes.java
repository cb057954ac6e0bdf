package io.onewindow.approval.partner;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * The index the partner's list needs, created at start-up (idempotently), and the list's fields
 * filled in on mirrors stored before the list existed.
 */
@Component
class PartnerCaseIndexes implements InitializingBean {

    private final MongoOperations mongo;
    private final PartnerCaseStore mirrors;

    PartnerCaseIndexes(MongoOperations mongo, PartnerCaseStore mirrors) {
        this.mongo = mongo;
        this.mirrors = mirrors;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(PartnerCaseDocument.class)
                .createIndex(new Index()
                        .on("department", Sort.Direction.ASC)
                        .on("lastReportedAt", Sort.Direction.DESC)
                        .on("_id", Sort.Direction.ASC));
        mirrors.fillListFields();
    }
}
