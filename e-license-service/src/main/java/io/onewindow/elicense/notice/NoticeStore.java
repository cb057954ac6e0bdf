package io.onewindow.elicense.notice;

import io.onewindow.elicense.notice.domain.Notice;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.aggregate.AggregateMapping;
import io.onewindow.platform.messaging.aggregate.AggregateStore;
import io.onewindow.platform.messaging.aggregate.AggregateStores;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The written notices, written through the platform's aggregate store. */
@Component
class NoticeStore {

    /** More notices than a case can have (acceptance, a few corrections, the decision). */
    static final int MAX_PER_CASE = 200;

    private final AggregateStore<Notice, NoticeDocument> notices;

    NoticeStore(AggregateStores stores, MongoTemplate mongo) {
        this.notices = stores.of(mapping());
        mongo.indexOps(NoticeDocument.class)
                .createIndex(new Index("caseId", Sort.Direction.ASC)
                        .on("issuedAt", Sort.Direction.ASC)
                        .named("case_issued"));
    }

    /**
     * Stores a new notice with its {@code NoticeIssued}.
     *
     * @throws org.springframework.dao.DuplicateKeyException when a notice with its id exists
     */
    Notice add(Notice notice) {
        return notices.add(notice);
    }

    Optional<Notice> find(String id) {
        return notices.find(id);
    }

    boolean changeIf(String id, Predicate<Notice> change) {
        return notices.changeIf(id, change);
    }

    /** The case's notices, oldest first. */
    List<Notice> ofCase(String caseId) {
        return notices.findAll(Query.query(Criteria.where("caseId").is(caseId))
                .with(Sort.by("issuedAt").ascending().and(Sort.by("_id")))
                .limit(MAX_PER_CASE));
    }

    static AggregateMapping<Notice, NoticeDocument> mapping() {
        return AggregateMapping.of(Notice.class, NoticeDocument.class, "notice", Topics.LICENSE)
                .id(Notice::id)
                .stored(NoticeDocument::of, NoticeDocument::toDomain)
                .versioned(NoticeDocument::version, NoticeDocument::outbox);
    }
}
