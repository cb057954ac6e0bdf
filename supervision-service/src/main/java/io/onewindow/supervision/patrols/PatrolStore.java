package io.onewindow.supervision.patrols;

import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.aggregate.AggregateMapping;
import io.onewindow.platform.messaging.aggregate.AggregateStore;
import io.onewindow.platform.messaging.aggregate.AggregateStores;
import io.onewindow.supervision.patrols.domain.Patrol;
import io.onewindow.supervision.patrols.domain.PatrolCategory;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;

/** The patrol observations as stored: each with its event in one document of {@code patrols}. */
@Component
class PatrolStore {

    static final Sort NEWEST_FIRST =
            Sort.by(Sort.Direction.DESC, "patrol.observedAt").and(Sort.by(Sort.Direction.DESC, "_id"));

    private final AggregateStore<Patrol, PatrolDocument> patrols;
    private final MongoOperations mongo;

    PatrolStore(AggregateStores stores, MongoOperations mongo) {
        this.patrols = stores.of(mapping());
        this.mongo = mongo;
    }

    /**
     * Stores a new observation with its event.
     *
     * @throws DuplicateKeyException when one with its id exists (a retry under the same key)
     */
    Patrol add(Patrol patrol) {
        return patrols.add(patrol);
    }

    Optional<Patrol> find(String patrolId) {
        return patrols.find(patrolId);
    }

    /** One volunteer's observations, a page at a time, counted with the same filter. */
    Page<Patrol> recordedBy(String volunteer, Pageable page) {
        return paged(Query.query(Criteria.where("patrol.volunteer").is(volunteer)), page);
    }

    /** The observations at a hall and of a category (each may be {@code null}), newest first, a page at a time. */
    Page<Patrol> search(String servicePointId, PatrolCategory category, Pageable page) {
        Query query = new Query();
        if (servicePointId != null) {
            query.addCriteria(Criteria.where("patrol.servicePointId").is(servicePointId));
        }
        if (category != null) {
            query.addCriteria(Criteria.where("patrol.category").is(category.name()));
        }
        return paged(query, page);
    }

    /** Every observation (for the figures and to raise their alerts again after a rebuild). */
    List<Patrol> all() {
        return patrols.findAll(new Query().with(NEWEST_FIRST));
    }

    private Page<Patrol> paged(Query filter, Pageable page) {
        List<Patrol> content = patrols.findAll(Query.of(filter).with(page));
        return PageableExecutionUtils.getPage(content, page, () -> mongo.count(filter, PatrolDocument.class));
    }

    /** How {@link Patrol} is stored: its document, id, version and outbox. */
    static AggregateMapping<Patrol, PatrolDocument> mapping() {
        return AggregateMapping.of(Patrol.class, PatrolDocument.class, "patrol", Topics.SUPERVISION)
                .id(Patrol::id)
                .stored(PatrolDocument::new, document -> document.patrol)
                .versioned(document -> document.version, document -> document.outbox)
                .conflictCode("concurrent-update");
    }
}
