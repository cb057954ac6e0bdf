package io.onewindow.supervision.feedback;

import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.aggregate.AggregateMapping;
import io.onewindow.platform.messaging.aggregate.AggregateStore;
import io.onewindow.platform.messaging.aggregate.AggregateStores;
import io.onewindow.supervision.feedback.domain.Rating;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The ratings as stored: each rating and the events it recorded in one document of {@code ratings}. */
@Component
class RatingStore {

    private final AggregateStore<Rating, RatingDocument> ratings;

    RatingStore(AggregateStores stores) {
        this.ratings = stores.of(mapping());
    }

    /**
     * Stores a new rating with its events.
     *
     * @throws DuplicateKeyException when one with its id exists
     */
    Rating add(Rating rating) {
        return ratings.add(rating);
    }

    Rating change(String id, Consumer<Rating> change) {
        return ratings.change(id, change);
    }

    /**
     * Applies {@code change} to the stored rating and saves it only when the change says it changed
     * something (a conditional write, repeated on a fresh read when someone wrote meanwhile).
     *
     * @return whether it was changed; {@code false} also when there is no such rating
     */
    boolean changeIf(String id, Predicate<Rating> change) {
        return ratings.changeIf(id, change);
    }

    Rating get(String id) {
        return ratings.get(id);
    }

    Optional<Rating> find(String id) {
        return ratings.find(id);
    }

    List<Rating> find(Query query) {
        return ratings.findAll(query);
    }

    List<Rating> all() {
        return ratings.findAll(new Query());
    }

    /** How {@link Rating} is stored: its document, id, version and outbox. */
    static AggregateMapping<Rating, RatingDocument> mapping() {
        return AggregateMapping.of(Rating.class, RatingDocument.class, "rating", Topics.SUPERVISION)
                .id(Rating::id)
                .stored(RatingDocument::new, document -> document.rating)
                .versioned(document -> document.version, document -> document.outbox)
                .conflictCode("concurrent-update");
    }
}
