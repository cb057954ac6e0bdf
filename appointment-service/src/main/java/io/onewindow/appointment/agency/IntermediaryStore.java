package io.onewindow.appointment.agency;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.onewindow.appointment.agency.domain.Intermediary;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.aggregate.AggregateMapping;
import io.onewindow.platform.messaging.aggregate.AggregateStore;
import io.onewindow.platform.messaging.aggregate.AggregateStores;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/** The register of intermediaries, one document per credit code, written through the aggregate store. */
@Component
class IntermediaryStore {

    private final AggregateStore<Intermediary, IntermediaryDocument> intermediaries;

    IntermediaryStore(AggregateStores stores, MongoTemplate mongo) {
        this.intermediaries = stores.of(mapping());
        mongo.indexOps(IntermediaryDocument.class).createIndex(new Index().on("agents.username", Sort.Direction.ASC));
        mongo.indexOps(IntermediaryDocument.class)
                .createIndex(new Index().on("agents.idPseudonym", Sort.Direction.ASC));
    }

    /**
     * Stores a newly registered intermediary.
     *
     * @throws ConflictException {@code agency.intermediary-registered} when the code is registered
     */
    void add(Intermediary intermediary) {
        try {
            intermediaries.add(intermediary);
        } catch (DuplicateKeyException e) {
            throw new ConflictException(
                    "agency.intermediary-registered", "an intermediary with this credit code is registered");
        }
    }

    Optional<Intermediary> find(String creditCode) {
        return intermediaries.find(creditCode);
    }

    Intermediary change(String creditCode, Consumer<Intermediary> change) {
        return intermediaries.change(creditCode, change);
    }

    /** The intermediary the account is enrolled under, if any. */
    Optional<Intermediary> ofAgent(String username) {
        return intermediaries.findAll(query(where("agents.username").is(username))).stream()
                .findFirst();
    }

    /** The intermediary an agent with this ID pseudonym is enrolled under, if any. */
    Optional<Intermediary> ofAgentId(String idPseudonym) {
        return intermediaries.findAll(query(where("agents.idPseudonym").is(idPseudonym))).stream()
                .findFirst();
    }

    List<Intermediary> all() {
        return intermediaries.findAll(query(where("_id").exists(true)).with(Sort.by("_id")));
    }

    /** How {@link Intermediary} is stored: its document, id, version and outbox. */
    static AggregateMapping<Intermediary, IntermediaryDocument> mapping() {
        return AggregateMapping.of(Intermediary.class, IntermediaryDocument.class, "intermediary", Topics.APPOINTMENT)
                .id(Intermediary::creditCode)
                .stored(IntermediaryDocument::of, IntermediaryDocument::toDomain)
                .versioned(IntermediaryDocument::version, IntermediaryDocument::outbox);
    }
}
