package io.onewindow.appointment.draw;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.onewindow.appointment.draw.domain.Draw;
import io.onewindow.appointment.draw.domain.DrawStatus;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.aggregate.AggregateMapping;
import io.onewindow.platform.messaging.aggregate.AggregateStore;
import io.onewindow.platform.messaging.aggregate.AggregateStores;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The draws, one document per scarce slot (id = the slot's id), written through the platform's
 * aggregate store: the claim of a draw is its conditional write, so of two instances exactly one
 * claims it.
 */
@Component
class DrawStore {

    private final MongoTemplate mongo;
    private final AggregateStore<Draw, DrawDocument> draws;

    DrawStore(AggregateStores stores, MongoTemplate mongo) {
        this.mongo = mongo;
        this.draws = stores.of(mapping());
    }

    Optional<Draw> find(String slotId) {
        return draws.find(slotId);
    }

    /** Stores a new draw; when one exists for the slot already (another instance, a marker), answers that one. */
    Draw addOrFind(Draw draw) {
        try {
            return draws.add(draw);
        } catch (DuplicateKeyException e) {
            return draws.get(draw.slotId());
        }
    }

    <R> R changeReturning(String slotId, Function<Draw, R> change) {
        return draws.changeReturning(slotId, change);
    }

    /** Draws still to hold whose window closed at or before {@code now}, oldest first. */
    List<String> dueBy(Instant now, int limit) {
        return mongo
                .find(
                        query(where("status")
                                        .in(DrawStatus.COMMITTED.name(), DrawStatus.HOLDING.name())
                                        .and("closesAt")
                                        .lte(now))
                                .limit(limit),
                        DrawDocument.class)
                .stream()
                .sorted(java.util.Comparator.comparing(DrawDocument::closesAt))
                .map(DrawDocument::id)
                .toList();
    }

    /** The ids of the draws that exist among {@code slotIds}. */
    Set<String> existing(Collection<String> slotIds) {
        if (slotIds.isEmpty()) {
            return Set.of();
        }
        return mongo
                .getCollection(draws.collection())
                .find(new org.bson.Document("_id", new org.bson.Document("$in", List.copyOf(slotIds))))
                .projection(new org.bson.Document("_id", 1))
                .map(d -> d.getString("_id"))
                .into(new java.util.ArrayList<>())
                .stream()
                .collect(Collectors.toSet());
    }

    static AggregateMapping<Draw, DrawDocument> mapping() {
        return AggregateMapping.of(Draw.class, DrawDocument.class, "draw", Topics.APPOINTMENT)
                .id(Draw::slotId)
                .stored(DrawDocument::of, DrawDocument::toDomain)
                .versioned(DrawDocument::version, DrawDocument::outbox);
    }
}
