package io.onewindow.elicense.license;

import io.onewindow.elicense.license.domain.DigitisationRequest;
import io.onewindow.elicense.license.domain.DigitisationStatus;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.aggregate.AggregateMapping;
import io.onewindow.platform.messaging.aggregate.AggregateStore;
import io.onewindow.platform.messaging.aggregate.AggregateStores;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The requests to digitise paper licenses, written through the platform's aggregate store. */
@Component
class DigitisationRequestStore {

    private final AggregateStore<DigitisationRequest, DigitisationRequestDocument> requests;

    DigitisationRequestStore(AggregateStores stores, MongoTemplate mongo) {
        this.requests = stores.of(mapping());
        mongo.indexOps(DigitisationRequestDocument.class)
                .createIndex(new Index("department", Sort.Direction.ASC)
                        .on("status", Sort.Direction.ASC)
                        .named("department_status"));
    }

    DigitisationRequest add(DigitisationRequest request) {
        return requests.add(request);
    }

    DigitisationRequest get(String id) {
        return requests.get(id);
    }

    DigitisationRequest change(String id, Consumer<DigitisationRequest> change) {
        return requests.change(id, change);
    }

    /** The department's pending requests not yet expired at {@code now}, oldest first. */
    List<DigitisationRequest> pending(String department, Instant now) {
        return requests.findAll(Query.query(Criteria.where("department")
                        .is(department)
                        .and("status")
                        .is(DigitisationStatus.PENDING.name())
                        .and("expiresAt")
                        .gt(now))
                .with(Sort.by("requestedAt").ascending().and(Sort.by("_id")))
                .limit(500));
    }

    static AggregateMapping<DigitisationRequest, DigitisationRequestDocument> mapping() {
        return AggregateMapping.of(
                        DigitisationRequest.class,
                        DigitisationRequestDocument.class,
                        "digitisation request",
                        Topics.LICENSE)
                .id(DigitisationRequest::id)
                .stored(DigitisationRequestDocument::of, DigitisationRequestDocument::toDomain)
                .versioned(DigitisationRequestDocument::version, DigitisationRequestDocument::outbox);
    }
}
