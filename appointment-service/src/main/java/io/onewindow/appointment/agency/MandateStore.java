package io.onewindow.appointment.agency;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.onewindow.appointment.agency.domain.Mandate;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.aggregate.AggregateMapping;
import io.onewindow.platform.messaging.aggregate.AggregateStore;
import io.onewindow.platform.messaging.aggregate.AggregateStores;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/** Mandates, one document each, written through the aggregate store. */
@Component
class MandateStore {

    private static final int LIST_LIMIT = 200;

    private final AggregateStore<Mandate, MandateDocument> mandates;

    MandateStore(AggregateStores stores, MongoTemplate mongo) {
        this.mandates = stores.of(mapping());
        mongo.indexOps(MandateDocument.class).createIndex(new Index().on("principalPseudonym", Sort.Direction.ASC));
        mongo.indexOps(MandateDocument.class).createIndex(new Index().on("agentPseudonym", Sort.Direction.ASC));
    }

    void add(Mandate mandate) {
        mandates.add(mandate);
    }

    Optional<Mandate> find(String id) {
        return mandates.find(id);
    }

    Mandate change(String id, Consumer<Mandate> change) {
        return mandates.change(id, change);
    }

    /** The mandates this principal gave, newest first. */
    List<Mandate> givenBy(String principalPseudonym) {
        return mandates.findAll(query(where("principalPseudonym").is(principalPseudonym))
                .with(Sort.by(Sort.Direction.DESC, "grantedAt").and(Sort.by("_id")))
                .limit(LIST_LIMIT));
    }

    /** The mandates given to the agent with this ID pseudonym, newest first. */
    List<Mandate> givenTo(String agentPseudonym) {
        return mandates.findAll(query(where("agentPseudonym").is(agentPseudonym))
                .with(Sort.by(Sort.Direction.DESC, "grantedAt").and(Sort.by("_id")))
                .limit(LIST_LIMIT));
    }

    /** The mandates this principal gave this agent (any state). */
    List<Mandate> between(String principalPseudonym, String agentPseudonym) {
        return mandates.findAll(query(where("principalPseudonym")
                .is(principalPseudonym)
                .and("agentPseudonym")
                .is(agentPseudonym)));
    }

    /** How {@link Mandate} is stored: its document, id, version and outbox. */
    static AggregateMapping<Mandate, MandateDocument> mapping() {
        return AggregateMapping.of(Mandate.class, MandateDocument.class, "mandate", Topics.APPOINTMENT)
                .id(Mandate::id)
                .stored(MandateDocument::of, MandateDocument::toDomain)
                .versioned(MandateDocument::version, MandateDocument::outbox);
    }
}
