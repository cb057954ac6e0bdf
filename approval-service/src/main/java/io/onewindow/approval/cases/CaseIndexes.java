package io.onewindow.approval.cases;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * The indexes the case queries need, created at start-up (idempotently) rather than left to
 * auto-index-creation, which Spring Boot leaves off. The unique case number is the one that guards data.
 */
@Component
class CaseIndexes implements InitializingBean {

    private final MongoOperations mongo;

    CaseIndexes(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        var cases = mongo.indexOps(CaseDocument.class);
        cases.createIndex(new Index().on("caseNumber", Sort.Direction.ASC).unique());
        cases.createIndex(new Index().on("department", Sort.Direction.ASC).on("caseNumber", Sort.Direction.DESC));
        cases.createIndex(new Index().on("state", Sort.Direction.ASC).on("art32Deadline", Sort.Direction.ASC));
        cases.createIndex(new Index().on("filedBy", Sort.Direction.ASC));
        cases.createIndex(new Index().on("applicantCode", Sort.Direction.ASC));
        cases.createIndex(new Index().on("linkedNumber", Sort.Direction.ASC).sparse());
        // the orphan-upload sweep asks which cases still name a file
        cases.createIndex(new Index().on("data.materials.fileId", Sort.Direction.ASC));
        mongo.indexOps(CaseQueries.READS)
                .createIndex(new Index().on("caseId", Sort.Direction.ASC).on("at", Sort.Direction.DESC));
    }
}
