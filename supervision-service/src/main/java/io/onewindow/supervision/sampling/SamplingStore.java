package io.onewindow.supervision.sampling;

import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.aggregate.AggregateMapping;
import io.onewindow.platform.messaging.aggregate.AggregateStore;
import io.onewindow.platform.messaging.aggregate.AggregateStores;
import io.onewindow.supervision.sampling.domain.Sampling;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The samplings as stored: each period's sampling and the events it recorded in one document of {@code samplings}. */
@Component
class SamplingStore {

    private final AggregateStore<Sampling, SamplingDocument> samplings;

    SamplingStore(AggregateStores stores) {
        this.samplings = stores.of(mapping());
    }

    /**
     * Stores a new sampling.
     *
     * @throws DuplicateKeyException when one with its id exists
     */
    Sampling add(Sampling sampling) {
        return samplings.add(sampling);
    }

    Sampling change(String samplingId, Consumer<Sampling> change) {
        return samplings.change(samplingId, change);
    }

    <R> R changeReturning(String samplingId, Function<Sampling, R> change) {
        return samplings.changeReturning(samplingId, change);
    }

    Optional<Sampling> find(String samplingId) {
        return samplings.find(samplingId);
    }

    Sampling get(String samplingId) {
        return samplings.get(samplingId);
    }

    /** Every sampling, newest period first. */
    List<Sampling> all() {
        return samplings.findAll(new Query().with(Sort.by(Sort.Direction.DESC, "sampling.periodFrom")));
    }

    /** The sampling that drew {@code caseId} (a decided case falls into one period only). */
    Optional<Sampling> drawing(String caseId) {
        return samplings
                .findAll(Query.query(Criteria.where("sampling.sampled.caseId").is(caseId)))
                .stream()
                .findFirst();
    }

    /** The samplings with a case assigned to {@code reviewer}, or, for inspectors, to no one. */
    List<Sampling> assignedTo(String reviewer, boolean inspector) {
        Criteria assigned = Criteria.where("sampling.sampled.reviewer").is(reviewer);
        Criteria criteria = inspector
                ? new Criteria()
                        .orOperator(
                                assigned,
                                Criteria.where("sampling.sampled.reviewer").is(null))
                : assigned;
        return samplings.findAll(Query.query(criteria.and("sampling.drawnAt").ne(null))
                .with(Sort.by(Sort.Direction.DESC, "sampling.periodFrom")));
    }

    /** The samplings that drew a case of {@code department}. */
    List<Sampling> ofDepartment(String department) {
        return samplings.findAll(
                Query.query(Criteria.where("sampling.sampled.department").is(department))
                        .with(Sort.by(Sort.Direction.DESC, "sampling.periodFrom")));
    }

    /** How {@link Sampling} is stored: its document, id, version and outbox. */
    static AggregateMapping<Sampling, SamplingDocument> mapping() {
        return AggregateMapping.of(Sampling.class, SamplingDocument.class, "sampling", Topics.SUPERVISION)
                .id(Sampling::id)
                .stored(SamplingDocument::new, document -> document.sampling)
                .versioned(document -> document.version, document -> document.outbox)
                .conflictCode("concurrent-update");
    }
}
