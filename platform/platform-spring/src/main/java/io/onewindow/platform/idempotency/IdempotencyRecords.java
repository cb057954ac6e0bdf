package io.onewindow.platform.idempotency;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The claims and stored answers of {@code Idempotency-Key} requests, in the service's collection
 * {@value #COLLECTION}: one document per key scope (unique {@code _id}), removed by a TTL index on
 * {@code expiresAt}; an expired record is also treated as absent when read, since the TTL monitor
 * runs only once a minute.
 */
public class IdempotencyRecords {

    public static final String COLLECTION = "idempotency_records";

    private static final Logger log = LoggerFactory.getLogger(IdempotencyRecords.class);

    private final MongoTemplate mongo;
    private final Clock clock;
    private final IdempotencyProperties properties;
    private volatile boolean indexed;

    public IdempotencyRecords(MongoTemplate mongo, Clock clock, IdempotencyProperties properties) {
        this.mongo = mongo;
        this.clock = clock;
        this.properties = properties;
    }

    /** A stored answer of a finished request. */
    public record StoredResponse(int status, String contentType, String location, String etag, byte[] body) {}

    /** What a claim found: nothing (this request is the first), a request still running, or a finished one. */
    public sealed interface Claim {}

    public record Claimed() implements Claim {}

    public record InFlight(String fingerprint) implements Claim {}

    public record Finished(String fingerprint, StoredResponse response) implements Claim {}

    /** Claims {@code id} for a request with {@code fingerprint}, or tells what holds it. */
    public Claim claim(String id, String fingerprint, Scope scope) {
        ensureIndex();
        MongoCollection<Document> records = records();
        for (int attempt = 0; attempt < 3; attempt++) {
            Instant now = clock.instant();
            try {
                records.insertOne(new Document("_id", id)
                        .append("service", scope.service())
                        .append("subject", scope.subject())
                        .append("method", scope.method())
                        .append("path", scope.path())
                        .append("fingerprint", fingerprint)
                        .append("state", "in-flight")
                        .append("createdAt", Date.from(now))
                        .append("expiresAt", Date.from(now.plus(properties.inFlightTimeout()))));
                return new Claimed();
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
            Document existing = records.find(Filters.eq("_id", id)).first();
            if (existing == null) {
                continue; // finished and removed in between: claim again
            }
            if (!existing.getDate("expiresAt").toInstant().isAfter(now)) {
                records.deleteOne(Filters.and(Filters.eq("_id", id), Filters.lte("expiresAt", Date.from(now))));
                continue;
            }
            String storedFingerprint = existing.getString("fingerprint");
            if (!"done".equals(existing.getString("state"))) {
                return new InFlight(storedFingerprint);
            }
            Binary body = existing.get("body", Binary.class);
            return new Finished(
                    storedFingerprint,
                    new StoredResponse(
                            existing.getInteger("status"),
                            existing.getString("contentType"),
                            existing.getString("location"),
                            existing.getString("etag"),
                            body == null ? new byte[0] : body.getData()));
        }
        throw new IllegalStateException("idempotency record " + id + " kept changing while it was claimed");
    }

    /** The first request finished: its answer is kept for the retention period. */
    public void complete(String id, StoredResponse response) {
        Instant now = clock.instant();
        records()
                .updateOne(
                        Filters.and(Filters.eq("_id", id), Filters.eq("state", "in-flight")),
                        Updates.combine(
                                Updates.set("state", "done"),
                                Updates.set("status", response.status()),
                                Updates.set("contentType", response.contentType()),
                                Updates.set("location", response.location()),
                                Updates.set("etag", response.etag()),
                                Updates.set("body", new Binary(response.body())),
                                Updates.set("completedAt", Date.from(now)),
                                Updates.set("expiresAt", Date.from(now.plus(properties.retention())))));
    }

    /** The first request failed (5xx or an exception): a retry runs again. */
    public void abandon(String id) {
        records().deleteOne(Filters.and(Filters.eq("_id", id), Filters.eq("state", "in-flight")));
    }

    private MongoCollection<Document> records() {
        return mongo.getCollection(COLLECTION);
    }

    private void ensureIndex() {
        if (indexed) {
            return;
        }
        try {
            records()
                    .createIndex(
                            Indexes.ascending("expiresAt"),
                            new IndexOptions().name("expiresAt_ttl").expireAfter(0L, TimeUnit.SECONDS));
            indexed = true;
        } catch (MongoException e) {
            // Expired records are still ignored on read; the index is tried again next time.
            log.warn("could not create the TTL index of {}: {}", COLLECTION, e.getMessage());
        }
    }

    /** The parts of a key's scope, stored beside the hashed id for operators. */
    public record Scope(String service, String subject, String method, String path, String key) {

        /** A bounded id for any key: SHA-256 of the length-prefixed parts. */
        public String id() {
            StringBuilder text = new StringBuilder();
            for (String part : new String[] {service, subject, method, path, key}) {
                text.append(part.length()).append(':').append(part).append('|');
            }
            return RequestFingerprint.sha256Hex(text.toString());
        }
    }
}
