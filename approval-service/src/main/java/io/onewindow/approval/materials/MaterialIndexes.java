package io.onewindow.approval.materials;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * The indexes the upload limits and the orphan sweep read by, on the GridFS file records, created at
 * start-up (idempotently).
 */
@Component
class MaterialIndexes implements InitializingBean {

    private final MongoOperations mongo;

    MaterialIndexes(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        var files = mongo.indexOps(MaterialFiles.FILES);
        files.createIndex(
                new Index().on("metadata.owner", Sort.Direction.ASC).on("metadata.uploadedAt", Sort.Direction.DESC));
        files.createIndex(
                new Index().on("metadata.attached", Sort.Direction.ASC).on("metadata.uploadedAt", Sort.Direction.ASC));
    }
}
