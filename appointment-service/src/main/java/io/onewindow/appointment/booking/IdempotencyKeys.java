package io.onewindow.appointment.booking;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.idempotency.IdempotencyKeyReusedException;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code Idempotency-Key} of booking requests, per account: the first request claims the key
 * (unique id) before it books; a retry finds the claim and gets the first result. Keys are kept
 * (no TTL: the MongoDB test server would not enforce one anyway) — they are small.
 */
@Component
class IdempotencyKeys {

    private final MongoCollection<Document> keys;

    IdempotencyKeys(MongoTemplate mongo) {
        this.keys = mongo.getCollection("idempotency_keys");
    }

    /**
     * Claims {@code key} for {@code subject}'s request {@code requestHash}.
     *
     * @return the booking code of the first request when this is a retry of it; empty when this
     *     request is the first and should book
     * @throws IdempotencyKeyReusedException for another request under the same key (422)
     * @throws ConflictException {@code idempotency-key-in-flight} while the first is still being
     *     processed
     */
    Optional<String> begin(String subject, String key, String requestHash) {
        String id = subject + ":" + key;
        try {
            keys.insertOne(
                    new Document("_id", id).append("request", requestHash).append("at", new Date()));
            return Optional.empty();
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        Document first = keys.find(Filters.eq("_id", id)).first();
        if (first == null) {
            throw new ConflictException(
                    "idempotency-key-in-flight", "the first request with this key is still running");
        }
        if (!requestHash.equals(first.getString("request"))) {
            throw new IdempotencyKeyReusedException();
        }
        String code = first.getString("bookingCode");
        if (code == null) {
            throw new ConflictException(
                    "idempotency-key-in-flight", "the first request with this key is still running");
        }
        return Optional.of(code);
    }

    void complete(String subject, String key, String bookingCode) {
        keys.updateOne(Filters.eq("_id", subject + ":" + key), Updates.set("bookingCode", bookingCode));
    }

    /** The first request failed: a retry may try again. */
    void abandon(String subject, String key) {
        keys.deleteOne(Filters.and(Filters.eq("_id", subject + ":" + key), Filters.exists("bookingCode", false)));
    }
}
