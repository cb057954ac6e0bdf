package io.onewindow.notification.inbox;

import io.onewindow.notification.inbox.domain.Notice;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.aggregate.AggregateMapping;
import io.onewindow.platform.messaging.aggregate.AggregateStore;
import io.onewindow.platform.messaging.aggregate.AggregateStores;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;

/**
 * The notices in {@code notices}, one document each, and the service's notice counter in
 * {@code sequences} (one document, {@code _id} {@code notices}): every notice takes the next number,
 * which orders the inboxes and the live streams.
 */
@Component
class NoticeStore {

    /** Newest first; the sequence is unique. */
    static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "sequence");

    private static final String SEQUENCES = "sequences";

    private final AggregateStore<Notice, NoticeDocument> notices;
    private final MongoTemplate mongo;

    NoticeStore(AggregateStores stores, MongoTemplate mongo) {
        this.notices = stores.of(mapping());
        this.mongo = mongo;
    }

    /** The next notice number (1, 2, …); a number taken by a notice that turned out a duplicate stays unused. */
    long nextSequence() {
        Document counter = mongo.findAndModify(
                Query.query(Criteria.where("_id").is(NoticeDocument.COLLECTION)),
                new Update().inc("value", 1L),
                FindAndModifyOptions.options().returnNew(true).upsert(true),
                Document.class,
                SEQUENCES);
        return ((Number) counter.get("value")).longValue();
    }

    /** The highest notice number given so far (0 before the first). */
    long lastSequence() {
        Document counter = mongo.findById(NoticeDocument.COLLECTION, Document.class, SEQUENCES);
        return counter == null ? 0 : ((Number) counter.get("value")).longValue();
    }

    /** Stores the notice with its {@code NoticeCreated}; false when it was stored before (the same event again). */
    boolean addIfNew(Notice notice) {
        try {
            notices.add(notice);
            return true;
        } catch (DuplicateKeyException again) {
            return false;
        }
    }

    Optional<Notice> find(String id) {
        return notices.find(id);
    }

    Notice change(String id, Consumer<Notice> change) {
        return notices.change(id, change);
    }

    /** One page of the notices of these recipients, with the total. */
    Page<Notice> of(Collection<String> recipients, Pageable page) {
        Query filter = Query.query(Criteria.where("notice.recipient").in(recipients));
        List<Notice> content = notices.findAll(Query.of(filter).with(page));
        return PageableExecutionUtils.getPage(
                content, page, () -> mongo.count(Query.of(filter).limit(-1).skip(-1), NoticeDocument.class));
    }

    /** The notices of these recipients numbered after {@code sequence}, oldest first, at most {@code limit}. */
    List<Notice> after(Collection<String> recipients, long sequence, int limit) {
        return notices.findAll(Query.query(Criteria.where("notice.recipient")
                        .in(recipients)
                        .and("sequence")
                        .gt(sequence))
                .with(Sort.by("sequence"))
                .limit(limit));
    }

    /** Every notice numbered after {@code sequence}, oldest first, at most {@code limit} (for the live streams). */
    List<Notice> after(long sequence, int limit) {
        return notices.findAll(Query.query(Criteria.where("sequence").gt(sequence))
                .with(Sort.by("sequence"))
                .limit(limit));
    }

    /** Marks every unread notice of these recipients read; how many were. */
    long markAllRead(Collection<String> recipients, Instant at) {
        return mongo.updateMulti(
                        Query.query(Criteria.where("notice.recipient")
                                .in(recipients)
                                .and("notice.readAt")
                                .is(null)),
                        new Update().set("notice.readAt", at),
                        NoticeDocument.class)
                .getModifiedCount();
    }

    static AggregateMapping<Notice, NoticeDocument> mapping() {
        return AggregateMapping.of(Notice.class, NoticeDocument.class, "notice", Topics.NOTIFICATION)
                .id(Notice::id)
                .stored(NoticeDocument::new, document -> document.notice)
                .versioned(document -> document.version, document -> document.outbox);
    }
}
