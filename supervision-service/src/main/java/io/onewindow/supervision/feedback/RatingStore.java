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
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The ratings as stored: each rating and the events it recorded in one document of {@code ratings}. */
@Component
class RatingStore {

    private final AggregateStore<Rating, RatingDocument> ratings;
    private final MongoTemplate mongo;

    RatingStore(AggregateStores stores, MongoTemplate mongo) {
        this.ratings = stores.of(mapping());
        this.mongo = mongo;
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
        return ratings.retrying(() -> {
            RatingDocument read = mongo.findById(id, RatingDocument.class);
            if (read == null) {
                return false;
            }
            Rating rating = ratings.toAggregate(read);
            if (!change.test(rating)) {
                return false;
            }
            ratings.save(rating, read);
            return true;
        });
    }

    Rating get(String id) {
        return ratings.get(id);
    }

    Optional<Rating> find(String id) {
        return ratings.find(id);
    }

    List<Rating> find(Query query) {
        return mongo.find(query, RatingDocument.class).stream()
                .map(d -> d.rating)
                .toList();
    }

    List<Rating> all() {
        return mongo.findAll(RatingDocument.class).stream().map(d -> d.rating).toList();
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
