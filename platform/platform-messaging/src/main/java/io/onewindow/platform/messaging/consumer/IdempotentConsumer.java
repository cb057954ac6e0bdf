package io.onewindow.platform.messaging.consumer;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import io.onewindow.platform.events.EventEnvelope;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.messaging.codec.EventFormatException;
import io.onewindow.platform.messaging.codec.EventHeaders;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoOperations;
import tools.jackson.databind.JsonNode;

/**
 * Applies each event once per consumer, even when Kafka delivers it again (after a rebalance,
 * a crash before the offset commit, or a replay), by remembering processed event ids in the
 * {@value #COLLECTION} collection under {@code _id = "<consumerName>:<eventId>"}; {@code _id} is
 * unique, so the marker is written once.
 *
 * <pre>{@code
 * @KafkaListener(topics = Topics.APPROVAL, groupId = "supervision-timeline")
 * void on(ConsumerRecord<String, String> record) {
 *     consumer.apply("supervision-timeline", record, events);   // events: an EventDispatcher
 * }
 * }</pre>
 *
 * <p><b>Order of writes.</b> The handler's write happens first and the marker second. The other
 * way round, a crash between the two would leave an event marked as processed that was never
 * applied: lost. This way a crash in between replays the event once more, which is why handlers
 * should also be naturally idempotent (upsert by id, conditional update, {@code $addToSet})
 * where they can; the marker then only saves work. Two deliveries racing each other (a
 * rebalance in the middle of a record) can likewise both run the handler.
 *
 * <p><b>Offsets.</b> The listener returns only after both writes, and the container commits
 * the offsets of a poll once all its listeners returned ({@code AckMode.BATCH}; per record with
 * {@code onewindow.messaging.consumer.commit-per-record=true}), so an offset is never committed
 * before the write, and a crash replays at most one poll's records, which the markers skip. An exception from the handler goes to the
 * auto-configured dead-letter error handler: bounded retries, then {@code <topic>.DLT}.
 * Unreadable records ({@link EventFormatException}) go there without retries.
 */
public final class IdempotentConsumer {

    /** The collection of processed-event markers. */
    public static final String COLLECTION = "processed_events";

    private static final Logger log = LoggerFactory.getLogger(IdempotentConsumer.class);

    /** How long markers are kept unless told otherwise. */
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(30);

    private final MongoOperations mongo;
    private final EventCodec codec;
    private final Clock clock;
    private final Duration retention;
    private final AtomicBoolean indexed = new AtomicBoolean();

    /** A consumer keeping markers for {@link #DEFAULT_RETENTION}. */
    public IdempotentConsumer(MongoOperations mongo, EventCodec codec, Clock clock) {
        this(mongo, codec, clock, DEFAULT_RETENTION);
    }

    /**
     * @param mongo the service's database, which holds the markers next to the handlers' data
     * @param codec reads the CloudEvents JSON
     * @param clock stamps {@code processedAt}
     * @param retention how long markers are kept (TTL index); must exceed how far back Kafka can
     *     redeliver
     */
    public IdempotentConsumer(MongoOperations mongo, EventCodec codec, Clock clock, Duration retention) {
        this.mongo = Objects.requireNonNull(mongo, "mongo");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.retention = Objects.requireNonNull(retention, "retention");
    }

    /** What {@code apply} did with a record. */
    public enum Outcome {
        /** The handler ran and the event is now marked as processed. */
        APPLIED,
        /** The event had been processed by this consumer before; the handler did not run. */
        DUPLICATE,
        /** The handler does not handle this type, or the record has no value (tombstone). */
        IGNORED
    }

    /**
     * Applies the CloudEvent in {@code record}'s value with {@code handler}, unless
     * {@code consumerName} has processed it already.
     *
     * @param consumerName stable name of the consuming use case, e.g. the listener's group id;
     *     two consumers of the same event in one service need different names
     * @throws EventFormatException if the value is not a OneWindow CloudEvent (not retried)
     */
    public Outcome apply(String consumerName, ConsumerRecord<String, String> record, EventHandler handler) {
        Objects.requireNonNull(record, "record");
        return apply(
                consumerName,
                record.value(),
                handler,
                new Document("topic", record.topic())
                        .append("partition", record.partition())
                        .append("offset", record.offset()));
    }

    /**
     * Applies a CloudEvent given as JSON with {@code handler}, unless {@code consumerName} has
     * processed it already; for events that did not come straight from a Kafka record.
     *
     * @throws EventFormatException if the text is not a OneWindow CloudEvent
     */
    public Outcome apply(String consumerName, String eventJson, EventHandler handler) {
        return apply(consumerName, eventJson, handler, new Document());
    }

    /** Whether {@code consumerName} has processed the event with id {@code eventId}. */
    public boolean isProcessed(String consumerName, String eventId) {
        return markers()
                        .find(Filters.eq("_id", markerId(consumerName, eventId)))
                        .projection(Projections.include("_id"))
                        .first()
                != null;
    }

    /**
     * Creates the marker collection's TTL index on {@code processedAt}, so markers go once no
     * redelivery can reach back that far (Kafka's retention is far shorter). Runs on first use
     * rather than at start-up, so a service does not wait on the database to start; a failure is
     * only logged, because deduplication rests on the unique {@code _id}, not on this index. The
     * MongoDB test server accepts but does not enforce TTL; nothing here relies on expiry.
     */
    private void ensureIndexOnce() {
        if (!indexed.compareAndSet(false, true)) {
            return;
        }
        try {
            markers()
                    .createIndex(
                            Indexes.ascending("processedAt"),
                            new IndexOptions()
                                    .name("processedAt_ttl")
                                    .expireAfter(retention.toSeconds(), TimeUnit.SECONDS));
        } catch (RuntimeException e) {
            log.warn("Could not create the TTL index of {}: {}", COLLECTION, e.toString());
        }
    }

    private Outcome apply(String consumerName, String eventJson, EventHandler handler, Document delivery) {
        requireName(consumerName);
        Objects.requireNonNull(handler, "handler");
        if (eventJson == null) {
            // A tombstone is not an event; there is nothing to apply or to dead-letter.
            log.debug("{}: record without value ignored {}", consumerName, delivery.toJson());
            return Outcome.IGNORED;
        }
        // Headers first: cheap, and enough to skip types this consumer does not handle.
        EventHeaders headers = codec.readHeaders(eventJson);
        if (!handler.handles(headers.type())) {
            return Outcome.IGNORED;
        }
        ensureIndexOnce();
        String markerId = markerId(consumerName, headers.id());
        if (isProcessed(consumerName, headers.id())) {
            log.debug("{}: event {} ({}) already processed, skipped", consumerName, headers.id(), headers.type());
            return Outcome.DUPLICATE;
        }
        EventEnvelope<JsonNode> event = codec.read(eventJson);
        handler.handle(event);
        Document marker = new Document("_id", markerId)
                .append("consumer", consumerName)
                .append("eventId", headers.id())
                .append("type", headers.type())
                .append("subject", headers.subject())
                .append("processedAt", Date.from(clock.instant()));
        marker.putAll(delivery);
        try {
            markers().insertOne(marker);
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // Another delivery of the same event finished first (rebalance race): the handler
            // ran twice, which its natural idempotence has to absorb. Nothing more to do.
            log.warn(
                    "{}: event {} ({}) was applied concurrently by another delivery",
                    consumerName,
                    headers.id(),
                    headers.type());
        }
        return Outcome.APPLIED;
    }

    private MongoCollection<Document> markers() {
        return mongo.getCollection(COLLECTION);
    }

    private static String markerId(String consumerName, String eventId) {
        return requireName(consumerName) + ":" + Objects.requireNonNull(eventId, "eventId");
    }

    private static String requireName(String consumerName) {
        if (consumerName == null || consumerName.isBlank()) {
            throw new IllegalArgumentException("A consumer name is needed to remember processed events");
        }
        return consumerName;
    }
}
