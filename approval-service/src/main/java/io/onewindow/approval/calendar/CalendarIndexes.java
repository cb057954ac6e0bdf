package io.onewindow.approval.calendar;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/** The unique open key that lets a year have one waiting or published entry at a time. */
@Component
class CalendarIndexes implements InitializingBean {

    private final MongoOperations mongo;

    CalendarIndexes(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        var proposals = mongo.indexOps(OfficialYearDocument.class);
        proposals.createIndex(new Index().on("openKey", Sort.Direction.ASC).unique());
        proposals.createIndex(new Index().on("status", Sort.Direction.ASC));
    }
}
