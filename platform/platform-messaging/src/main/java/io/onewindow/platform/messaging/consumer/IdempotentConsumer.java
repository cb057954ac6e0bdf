package io.onewindow.platform.messaging.consumer;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import io.onewindow.platform.events.EventEnvelope;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.messaging.codec.EventFormatException;
import io.onewindow.platform.messaging.codec.EventHeaders;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.kafka.listener.BatchListenerFailedException;
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
        return apply(consumerName, record.value(), handler, delivery(record));
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
        if (isProcessed(consumerName, headers.id())) {
            log.debug("{}: event {} ({}) already processed, skipped", consumerName, headers.id(), headers.type());
            return Outcome.DUPLICATE;
        }
        EventEnvelope<JsonNode> event = codec.read(eventJson);
        handler.handle(event);
        Document marker = marker(consumerName, headers, delivery);
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

    private Document marker(String consumerName, EventHeaders headers, Document delivery) {
        Document marker = new Document("_id", markerId(consumerName, headers.id()))
                .append("consumer", consumerName)
                .append("eventId", headers.id())
                .append("type", headers.type())
                .append("subject", headers.subject())
                .append("processedAt", Date.from(clock.instant()));
        marker.putAll(delivery);
        return marker;
    }

    private static Document delivery(ConsumerRecord<String, String> record) {
        return new Document("topic", record.topic())
                .append("partition", record.partition())
                .append("offset", record.offset());
    }

    /**
     * Applies the CloudEvents of one poll ({@code records}, in partition order, as a batch
     * {@code @KafkaListener} receives them) with {@code handler}, each unless {@code consumerName}
     * has processed it already, with the same outcome per event as {@link #apply(String,
     * ConsumerRecord, EventHandler)} one record after the other, in fewer round trips: the markers
     * of the whole poll are looked up in one query and written in one unordered insert, and the
     * events {@code batch} {@linkplain EventBatch#defers defers} are applied to aggregates held in
     * memory and written once per aggregate ({@link EventBatch}). Events it does not defer are
     * handled one by one, after what came before them was written.
     *
     * <p><b>Order of writes</b> as for one record: the handler's writes first, the markers after
     * them; a crash in between replays the poll, which the markers and the aggregates' own event
     * ids absorb.
     *
     * <p><b>Failures.</b> When an event cannot be read or its handler throws, the events before it
     * are written and marked, and a {@link BatchListenerFailedException} names its record: the
     * container's error handler (the platform's dead-lettering one) commits the offsets before it,
     * retries it with back-off and finally dead-letters it, and the records after it are delivered
     * again; a poison event in the middle of a poll is thus dead-lettered as today and the others
     * are applied.
     *
     * @return what was done with each record, in the order given
     * @throws BatchListenerFailedException naming the first record that failed
     */
    public List<Outcome> applyBatch(
            String consumerName, List<ConsumerRecord<String, String>> records, EventHandler handler, EventBatch batch) {
        requireName(consumerName);
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(batch, "batch");
        List<Outcome> outcomes = new ArrayList<>(Collections.nCopies(records.size(), Outcome.IGNORED));
        // Headers first: cheap, and enough to skip types this consumer does not handle.
        List<Item> handled = new ArrayList<>();
        Item unreadable = null;
        for (int i = 0; i < records.size() && unreadable == null; i++) {
            ConsumerRecord<String, String> record = records.get(i);
            if (record.value() == null) {
                continue;
            }
            try {
                EventHeaders headers = codec.readHeaders(record.value());
                if (handler.handles(headers.type())) {
                    handled.add(new Item(i, record, headers, null));
                }
            } catch (EventFormatException e) {
                unreadable = new Item(i, record, null, e);
            }
        }
        Run run = new Run(consumerName, handler, batch, outcomes);
        if (!handled.isEmpty()) {
            ensureIndexOnce();
            Set<String> processed = processed(consumerName, handled);
            Set<String> seen = new HashSet<>();
            for (Item item : handled) {
                if (processed.contains(item.headers().id())
                        || !seen.add(item.headers().id())) {
                    outcomes.set(item.index(), Outcome.DUPLICATE);
                    continue;
                }
                if (batch.defers(item.headers().type())) {
                    run.defer(item);
                } else {
                    run.write();
                    run.direct(item);
                }
            }
            run.write();
            run.mark();
        }
        if (unreadable != null) {
            throw failed(consumerName, unreadable, unreadable.failure());
        }
        return outcomes;
    }

    private Set<String> processed(String consumerName, List<Item> items) {
        List<String> ids = items.stream()
                .map(item -> markerId(consumerName, item.headers().id()))
                .distinct()
                .toList();
        Set<String> processed = new HashSet<>();
        String prefix = consumerName + ":";
        for (Document marker : markers().find(Filters.in("_id", ids)).projection(Projections.include("_id"))) {
            processed.add(marker.getString("_id").substring(prefix.length()));
        }
        return processed;
    }

    private BatchListenerFailedException failed(String consumerName, Item item, Throwable cause) {
        return new BatchListenerFailedException(
                consumerName + ": record " + item.record().topic() + "-"
                        + item.record().partition() + "@" + item.record().offset() + " failed",
                cause,
                item.record());
    }

    /** How often events whose aggregate was written meanwhile are applied again as a batch before one by one. */
    static final int BATCH_ROUNDS = 3;

    /** A record of a batch that this consumer handles. */
    private record Item(int index, ConsumerRecord<String, String> record, EventHeaders headers, Throwable failure) {}

    /** The events of one poll on their way: a run of deferred ones, and the markers due. */
    private final class Run {

        private final String consumerName;
        private final EventHandler handler;
        private final EventBatch batch;
        private final List<Outcome> outcomes;
        private final List<Item> deferred = new ArrayList<>();
        private final List<Item> applied = new ArrayList<>();

        Run(String consumerName, EventHandler handler, EventBatch batch, List<Outcome> outcomes) {
            this.consumerName = consumerName;
            this.handler = handler;
            this.batch = batch;
            this.outcomes = outcomes;
        }

        void defer(Item item) {
            deferred.add(item);
        }

        /** Handles one event at once, outside the batch, as {@code apply} does. */
        void direct(Item item) {
            try {
                handler.handle(codec.read(item.record().value()));
            } catch (RuntimeException e) {
                throw failure(item, e);
            }
            applied.add(item);
        }

        /** Applies the deferred events in memory and writes them; see {@link EventBatch}. */
        void write() {
            if (deferred.isEmpty()) {
                return;
            }
            List<Item> items = List.copyOf(deferred);
            deferred.clear();
            write(items, 1);
        }

        private void write(List<Item> items, int round) {
            batch.begin(items.stream().map(Item::headers).toList());
            for (int k = 0; k < items.size(); k++) {
                Item item = items.get(k);
                try {
                    batch.handling(item.headers().id());
                    handler.handle(codec.read(item.record().value()));
                } catch (RuntimeException e) {
                    batch.discard();
                    // The events before the failing one are applied and written without it.
                    if (k > 0) {
                        write(items.subList(0, k), round);
                    }
                    throw failure(item, e);
                }
            }
            Set<String> again;
            try {
                again = batch.flush();
            } catch (RuntimeException e) {
                throw failure(items.get(0), e);
            }
            List<Item> stale = new ArrayList<>();
            for (Item item : items) {
                if (again.contains(item.headers().id())) {
                    stale.add(item);
                } else {
                    applied.add(item);
                }
            }
            if (stale.isEmpty()) {
                return;
            }
            log.debug("{}: {} events met a newer version, applied again (round {})", consumerName, stale.size(), round);
            if (round < BATCH_ROUNDS) {
                // On fresh reads, still together: another writer (the outbox relay) rarely meets them twice.
                write(stale, round + 1);
            } else {
                stale.forEach(this::direct);
            }
        }

        /** Writes the markers of everything applied so far. */
        void mark() {
            if (applied.isEmpty()) {
                return;
            }
            List<Document> documents = new ArrayList<>(applied.size());
            for (Item item : applied) {
                documents.add(marker(consumerName, item.headers(), delivery(item.record())));
            }
            try {
                markers().insertMany(documents, new InsertManyOptions().ordered(false));
            } catch (MongoBulkWriteException e) {
                boolean onlyDuplicates = e.getWriteErrors().stream()
                        .allMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY);
                if (!onlyDuplicates) {
                    throw failed(consumerName, applied.get(0), e);
                }
                // Other deliveries of some of these events finished first (rebalance race).
                log.warn(
                        "{}: {} events were applied concurrently by another delivery",
                        consumerName,
                        e.getWriteErrors().size());
            }
            applied.forEach(item -> outcomes.set(item.index(), Outcome.APPLIED));
            applied.clear();
        }

        // What was applied before the failing event is marked, so only it and what follows it come again.
        private BatchListenerFailedException failure(Item item, RuntimeException cause) {
            mark();
            return failed(consumerName, item, cause);
        }
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
