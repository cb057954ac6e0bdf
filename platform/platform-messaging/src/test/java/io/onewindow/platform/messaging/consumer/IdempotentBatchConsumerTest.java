package io.onewindow.platform.messaging.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventEnvelope;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.messaging.codec.EventFormatException;
import io.onewindow.platform.messaging.codec.EventHeaders;
import io.onewindow.platform.messaging.consumer.IdempotentConsumer.Outcome;
import io.onewindow.platform.messaging.testing.ParcelEvents.ParcelDelivered;
import io.onewindow.platform.messaging.testing.ParcelEvents.ParcelDispatched;
import io.onewindow.platform.messaging.testing.ParcelEvents.ParcelRegistered;
import io.onewindow.platform.test.SharedMongoServer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;

/**
 * {@link IdempotentConsumer#applyBatch} against the MongoDB wire-protocol server, without Kafka: a
 * poll's events end as if applied one by one, with deferred writes once per aggregate.
 */
class IdempotentBatchConsumerTest {

    private static final MongoClient client =
            MongoClients.create(SharedMongoServer.shared().connectionString());
    private static final MongoTemplate mongo = new MongoTemplate(client, "idempotent-batch-consumer-test");

    private final EventCodec codec = new EventCodec();
    private final IdempotentConsumer consumer = new IdempotentConsumer(mongo, codec, Clock.systemUTC());
    private final String name = "parcels-" + UUID.randomUUID();
    private final ParcelLedger ledger = new ParcelLedger();
    private final EventDispatcher handler = EventDispatcher.using(codec)
            .on(
                    ParcelDispatched.class,
                    event -> ledger.step(event.data().parcelId(), event.data().step()))
            .on(ParcelRegistered.class, event -> ledger.registered(event.data().parcelId()));
    private long offset;

    @AfterAll
    static void closeClient() {
        client.close();
    }

    @Test
    void writesEachParcelOnceForSeveralOfItsEventsAndMarksEveryEvent() {
        List<ConsumerRecord<String, String>> poll = List.of(
                record(new ParcelDispatched("p-1", 1)),
                record(new ParcelDispatched("p-2", 1)),
                record(new ParcelDispatched("p-1", 2)),
                record(new ParcelDispatched("p-1", 3)));

        List<Outcome> outcomes = consumer.applyBatch(name, poll, handler, ledger);

        assertThat(outcomes).containsOnly(Outcome.APPLIED);
        assertThat(ledger.stored).containsEntry("p-1", List.of(1, 2, 3)).containsEntry("p-2", List.of(1));
        assertThat(ledger.writes).isEqualTo(2);
        poll.forEach(
                record -> assertThat(consumer.isProcessed(name, id(record))).isTrue());
    }

    @Test
    void skipsEventsProcessedBeforeAndTheSameEventTwiceInOnePoll() {
        ConsumerRecord<String, String> first = record(new ParcelDispatched("p-1", 1));
        consumer.applyBatch(name, List.of(first), handler, ledger);
        ConsumerRecord<String, String> second = record(new ParcelDispatched("p-1", 2));

        List<Outcome> outcomes =
                consumer.applyBatch(name, List.of(again(first), second, again(second), tombstone()), handler, ledger);

        assertThat(outcomes).containsExactly(Outcome.DUPLICATE, Outcome.APPLIED, Outcome.DUPLICATE, Outcome.IGNORED);
        assertThat(ledger.stored).containsEntry("p-1", List.of(1, 2));
    }

    @Test
    void ignoresTypesTheHandlerDoesNotHandleWithoutMarkingThem() {
        ConsumerRecord<String, String> delivered = record(new ParcelDelivered("p-3"));

        assertThat(consumer.applyBatch(name, List.of(delivered), handler, ledger))
                .containsExactly(Outcome.IGNORED);
        assertThat(consumer.isProcessed(name, id(delivered))).isFalse();
    }

    @Test
    void writesWhatCameBeforeAnEventItDoesNotDeferAndHandlesThatOneAtOnce() {
        ConsumerRecord<String, String> step = record(new ParcelDispatched("p-4", 1));
        ConsumerRecord<String, String> registered = record(new ParcelRegistered("p-4", "x", null));
        ConsumerRecord<String, String> later = record(new ParcelDispatched("p-4", 2));

        consumer.applyBatch(name, List.of(step, registered, later), handler, ledger);

        // The registration saw the first step written, and the second step came after it.
        assertThat(ledger.seenByRegistration).containsEntry("p-4", List.of(1));
        assertThat(ledger.stored).containsEntry("p-4", List.of(1, -1, 2));
        assertThat(ledger.writes).isEqualTo(3);
    }

    @Test
    void anUnreadableRecordInTheMiddleFailsAloneAfterTheOnesBeforeItWereWrittenAndMarked() {
        ConsumerRecord<String, String> before = record(new ParcelDispatched("p-5", 1));
        ConsumerRecord<String, String> poison = new ConsumerRecord<>("parcels", 0, offset++, "p-5", "{\"hello\":");
        ConsumerRecord<String, String> after = record(new ParcelDispatched("p-5", 2));

        assertThatThrownBy(() -> consumer.applyBatch(name, List.of(before, poison, after), handler, ledger))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, e -> {
                    assertThat(e.getRecord()).isSameAs(poison);
                    assertThat(e.getCause()).isInstanceOf(EventFormatException.class);
                });

        assertThat(ledger.stored).containsEntry("p-5", List.of(1));
        assertThat(consumer.isProcessed(name, id(before))).isTrue();
        assertThat(consumer.isProcessed(name, id(after))).isFalse();
        // Redelivered from the poison record on (it went to the dead-letter topic), the rest is applied.
        consumer.applyBatch(name, List.of(after), handler, ledger);
        assertThat(ledger.stored).containsEntry("p-5", List.of(1, 2));
    }

    @Test
    void aHandlerFailingInTheMiddleDropsTheRunAndWritesTheEventsBeforeItAgainWithoutIt() {
        ConsumerRecord<String, String> before = record(new ParcelDispatched("p-6", 1));
        ConsumerRecord<String, String> other = record(new ParcelDispatched("p-7", 1));
        ConsumerRecord<String, String> failing = record(new ParcelDispatched("p-6", ParcelLedger.REFUSED_STEP));
        ConsumerRecord<String, String> after = record(new ParcelDispatched("p-7", 2));

        assertThatThrownBy(() -> consumer.applyBatch(name, List.of(before, other, failing, after), handler, ledger))
                .isInstanceOfSatisfying(
                        BatchListenerFailedException.class,
                        e -> assertThat(e.getRecord()).isSameAs(failing));

        assertThat(ledger.discarded).isEqualTo(1);
        assertThat(ledger.stored).containsEntry("p-6", List.of(1)).containsEntry("p-7", List.of(1));
        assertThat(consumer.isProcessed(name, id(before))).isTrue();
        assertThat(consumer.isProcessed(name, id(other))).isTrue();
        assertThat(consumer.isProcessed(name, id(failing))).isFalse();
        assertThat(consumer.isProcessed(name, id(after))).isFalse();
    }

    @Test
    void anEventWhoseAggregateWasWrittenMeanwhileIsAppliedAgainInANewRunOnAFreshRead() {
        ledger.conflicts.put("p-8", 1);
        ConsumerRecord<String, String> first = record(new ParcelDispatched("p-8", 1));
        ConsumerRecord<String, String> second = record(new ParcelDispatched("p-8", 2));
        ConsumerRecord<String, String> unrelated = record(new ParcelDispatched("p-9", 1));

        assertThat(consumer.applyBatch(name, List.of(first, second, unrelated), handler, ledger))
                .containsOnly(Outcome.APPLIED);

        assertThat(ledger.stored).containsEntry("p-8", List.of(1, 2)).containsEntry("p-9", List.of(1));
        assertThat(ledger.runs).isEqualTo(2);
        assertThat(ledger.directly).isEmpty();
    }

    @Test
    void anAggregateWrittenMeanwhileAgainAndAgainHasItsEventsAppliedOneByOneInTheEnd() {
        ledger.conflicts.put("p-12", IdempotentConsumer.BATCH_ROUNDS);
        ConsumerRecord<String, String> first = record(new ParcelDispatched("p-12", 1));
        ConsumerRecord<String, String> second = record(new ParcelDispatched("p-12", 2));

        assertThat(consumer.applyBatch(name, List.of(first, second), handler, ledger))
                .containsOnly(Outcome.APPLIED);

        assertThat(ledger.stored).containsEntry("p-12", List.of(1, 2));
        assertThat(ledger.runs).isEqualTo(IdempotentConsumer.BATCH_ROUNDS);
        assertThat(ledger.directly).containsExactly("p-12:1", "p-12:2");
        assertThat(consumer.isProcessed(name, id(second))).isTrue();
    }

    @Test
    void aFailedFlushMarksNothingOfItsRunAndNamesItsFirstRecord() {
        ledger.failFlush = true;
        ConsumerRecord<String, String> first = record(new ParcelDispatched("p-10", 1));
        ConsumerRecord<String, String> second = record(new ParcelDispatched("p-11", 1));

        assertThatThrownBy(() -> consumer.applyBatch(name, List.of(first, second), handler, ledger))
                .isInstanceOfSatisfying(
                        BatchListenerFailedException.class,
                        e -> assertThat(e.getRecord()).isSameAs(first));

        assertThat(consumer.isProcessed(name, id(first))).isFalse();
        assertThat(consumer.isProcessed(name, id(second))).isFalse();
    }

    private ConsumerRecord<String, String> record(DomainEvent event) {
        String json = codec.write(EventEnvelope.wrap("/onewindow/parcel-service", event, Instant.now()));
        return new ConsumerRecord<>("parcels", 0, offset++, event.aggregateId(), json);
    }

    private ConsumerRecord<String, String> again(ConsumerRecord<String, String> record) {
        return new ConsumerRecord<>("parcels", 0, offset++, record.key(), record.value());
    }

    private ConsumerRecord<String, String> tombstone() {
        return new ConsumerRecord<>("parcels", 0, offset++, "p-x", null);
    }

    private String id(ConsumerRecord<String, String> record) {
        return codec.readHeaders(record.value()).id();
    }

    /**
     * A tiny store of parcels (the steps each went through), written at flush in batch mode and at
     * once otherwise, counting writes; registrations are not deferred.
     */
    static final class ParcelLedger implements EventBatch {

        static final int REFUSED_STEP = 99;

        final Map<String, List<Integer>> stored = new HashMap<>();
        final Map<String, List<Integer>> seenByRegistration = new HashMap<>();
        // Parcels another writer writes meanwhile, and how many more times.
        final Map<String, Integer> conflicts = new HashMap<>();
        final List<String> directly = new ArrayList<>();
        int writes;
        int runs;
        int discarded;
        boolean failFlush;
        private Map<String, List<Integer>> pending;
        private final Map<String, List<String>> touchedBy = new LinkedHashMap<>();
        private String current;

        void step(String parcelId, int step) {
            if (step == REFUSED_STEP) {
                throw new IllegalStateException("step refused");
            }
            if (pending == null) {
                directly.add(parcelId + ":" + step);
                List<Integer> steps = new ArrayList<>(stored.getOrDefault(parcelId, List.of()));
                steps.add(step);
                stored.put(parcelId, steps);
                writes++;
                return;
            }
            pending.computeIfAbsent(parcelId, id -> new ArrayList<>(stored.getOrDefault(id, List.of())))
                    .add(step);
            touchedBy.computeIfAbsent(parcelId, id -> new ArrayList<>()).add(current);
        }

        void registered(String parcelId) {
            assertThat(pending)
                    .as("a registration is handled outside the batch")
                    .isNull();
            seenByRegistration.put(parcelId, List.copyOf(stored.getOrDefault(parcelId, List.of())));
            List<Integer> steps = new ArrayList<>(stored.getOrDefault(parcelId, List.of()));
            steps.add(-1);
            stored.put(parcelId, steps);
            writes++;
        }

        @Override
        public boolean defers(String type) {
            return type.equals("onewindow.test.ParcelDispatched.v1");
        }

        @Override
        public void begin(List<EventHeaders> coming) {
            assertThat(pending).isNull();
            pending = new LinkedHashMap<>();
            touchedBy.clear();
            runs++;
        }

        @Override
        public void handling(String eventId) {
            current = eventId;
        }

        @Override
        public Set<String> flush() {
            Map<String, List<Integer>> written = pending;
            pending = null;
            if (failFlush) {
                throw new IllegalStateException("database unreachable");
            }
            Set<String> again = new HashSet<>();
            written.forEach((parcelId, steps) -> {
                if (conflicts.getOrDefault(parcelId, 0) > 0) {
                    conflicts.merge(parcelId, -1, Integer::sum);
                    again.addAll(touchedBy.get(parcelId));
                } else {
                    stored.put(parcelId, steps);
                    writes++;
                }
            });
            current = null;
            return again;
        }

        @Override
        public void discard() {
            pending = null;
            discarded++;
        }
    }
}
