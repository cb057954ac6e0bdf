package io.onewindow.platform.messaging.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClients;
import io.onewindow.platform.domain.AggregateRoot;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.messaging.outbox.EventRecorder;
import io.onewindow.platform.messaging.outbox.OutboxEntry;
import io.onewindow.platform.messaging.outbox.OutboxHeaders;
import io.onewindow.platform.messaging.testing.ParcelEvents.ParcelDispatched;
import io.onewindow.platform.messaging.testing.ParcelEvents.ParcelRegistered;
import io.onewindow.platform.test.SharedMongoServer;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** The aggregate store against the MongoDB wire-protocol server of this test JVM. */
class AggregateStoreIT {

    static final String TOPIC = "onewindow.test.aggregate-store";

    MongoTemplate mongo;
    List<String> wakeUps = new java.util.concurrent.CopyOnWriteArrayList<>();
    List<String> stale = new ArrayList<>();
    List<String> conflicts = new ArrayList<>();
    AggregateStore<Crate, CrateDocument> crates;

    @BeforeEach
    void store() {
        mongo = new MongoTemplate(MongoClients.create(SharedMongoServer.shared().connectionString()), "aggregate_it");
        mongo.remove(new Query(), CrateDocument.class);
        AggregateMetrics metrics = new AggregateMetrics() {
            @Override
            public void staleRead(String collection) {
                stale.add(collection);
            }

            @Override
            public void conflict(String collection) {
                conflicts.add(collection);
            }
        };
        EventRecorder recorder =
                new EventRecorder("/onewindow/test", Clock.systemUTC(), new EventCodec(), OutboxHeaders.NONE);
        crates = new AggregateStores(
                        mongo,
                        recorder,
                        (String collection) -> wakeUps.add(collection),
                        new AggregateSettings(3, Duration.ZERO),
                        metrics)
                .of(new CrateMapping());
    }

    @Test
    void addingStoresStateAndTheRecordedEventsInOneDocumentAndWakesTheRelay() {
        Crate crate = Crate.register("c-" + UUID.randomUUID());

        crates.add(crate);

        CrateDocument stored = mongo.findById(crate.id, CrateDocument.class);
        assertThat(stored.version).isZero();
        assertThat(stored.outbox).extracting(OutboxEntry::type).containsExactly("onewindow.test.ParcelRegistered.v1");
        assertThat(stored.outbox).extracting(OutboxEntry::topic).containsExactly(TOPIC);
        assertThat(crate.pendingEvents()).isEmpty();
        // The relay is told which collection was written, so it claims from that one only.
        assertThat(wakeUps).containsExactly(crates.collection());
    }

    @Test
    void aChangeAppendsItsEventsToTheWaitingOnesAndRaisesTheVersion() {
        Crate crate = crates.add(Crate.register("c-" + UUID.randomUUID()));

        Crate moved = crates.change(crate.id, c -> c.dispatch());

        assertThat(moved.steps).isEqualTo(1);
        CrateDocument stored = mongo.findById(crate.id, CrateDocument.class);
        assertThat(stored.version).isEqualTo(1);
        assertThat(stored.steps).isEqualTo(1);
        assertThat(stored.outbox)
                .extracting(OutboxEntry::type)
                .containsExactly("onewindow.test.ParcelRegistered.v1", "onewindow.test.ParcelDispatched.v1");
        assertThat(wakeUps).containsExactly(crates.collection(), crates.collection());
    }

    @Test
    void aChangeThatMeetsANewerVersionIsAppliedAgainOnAFreshRead() {
        Crate crate = crates.add(Crate.register("c-" + UUID.randomUUID()));
        AtomicInteger runs = new AtomicInteger();

        crates.change(crate.id, c -> {
            if (runs.incrementAndGet() == 1) {
                // Another writer (or the relay removing published entries) gets there first.
                mongo.updateFirst(
                        Query.query(Criteria.where("_id").is(crate.id)),
                        new Update().inc("version", 1).inc("steps", 10).set("outbox", List.of()),
                        CrateDocument.class);
            }
            c.dispatch();
        });

        CrateDocument stored = mongo.findById(crate.id, CrateDocument.class);
        assertThat(runs).hasValue(2);
        assertThat(stored.steps)
                .as("the second run judged the other writer's state")
                .isEqualTo(11);
        assertThat(stored.version).isEqualTo(2);
        assertThat(stored.outbox)
                .as("published entries the other writer removed are not written back")
                .extracting(OutboxEntry::type)
                .containsExactly("onewindow.test.ParcelDispatched.v1");
        assertThat(stale).containsExactly("aggregate_crates");
    }

    @Test
    void aChangeThatAlwaysMeetsANewerVersionEndsAsAConflictAfterTheConfiguredAttempts() {
        Crate crate = crates.add(Crate.register("c-" + UUID.randomUUID()));
        AtomicInteger runs = new AtomicInteger();

        assertThatThrownBy(() -> crates.change(crate.id, c -> {
                    runs.incrementAndGet();
                    mongo.updateFirst(
                            Query.query(Criteria.where("_id").is(crate.id)),
                            new Update().inc("version", 1),
                            CrateDocument.class);
                    c.dispatch();
                }))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.code()).isEqualTo("crate.changed-meanwhile"));
        assertThat(runs).hasValue(3);
        assertThat(stale).hasSize(2);
        assertThat(conflicts).containsExactly("aggregate_crates");
        assertThat(mongo.findById(crate.id, CrateDocument.class).steps).isZero();
    }

    @Test
    void writeAllWritesEveryAggregateInOneBulkAndRefusesOnlyThoseWrittenOrCreatedMeanwhile() {
        Crate fresh = Crate.register("c-" + UUID.randomUUID());
        Crate kept = crates.add(Crate.register("c-" + UUID.randomUUID()));
        Crate overtaken = crates.add(Crate.register("c-" + UUID.randomUUID()));
        Crate raced = Crate.register("c-" + UUID.randomUUID());
        CrateDocument keptRead = mongo.findById(kept.id, CrateDocument.class);
        CrateDocument overtakenRead = mongo.findById(overtaken.id, CrateDocument.class);
        Crate keptNow = crates.toAggregate(keptRead);
        Crate overtakenNow = crates.toAggregate(overtakenRead);
        keptNow.dispatch();
        overtakenNow.dispatch();
        // Other writers: one saves the second crate after it was read, one creates the last crate first.
        mongo.updateFirst(
                Query.query(Criteria.where("_id").is(overtaken.id)),
                new Update().inc("version", 1).inc("steps", 10),
                CrateDocument.class);
        crates.add(Crate.register(raced.id));
        wakeUps.clear();

        var refused = crates.writeAll(List.of(
                new AggregateStore.Write<>(fresh, null),
                new AggregateStore.Write<>(keptNow, keptRead),
                new AggregateStore.Write<>(overtakenNow, overtakenRead),
                new AggregateStore.Write<>(raced, null)));

        assertThat(refused).containsExactlyInAnyOrder(overtaken.id, raced.id);
        CrateDocument inserted = mongo.findById(fresh.id, CrateDocument.class);
        assertThat(inserted.version).isZero();
        assertThat(inserted.outbox).extracting(OutboxEntry::type).containsExactly("onewindow.test.ParcelRegistered.v1");
        CrateDocument replaced = mongo.findById(kept.id, CrateDocument.class);
        assertThat(replaced.version).isEqualTo(1);
        assertThat(replaced.steps).isEqualTo(1);
        assertThat(replaced.outbox)
                .extracting(OutboxEntry::type)
                .containsExactly("onewindow.test.ParcelRegistered.v1", "onewindow.test.ParcelDispatched.v1");
        CrateDocument untouched = mongo.findById(overtaken.id, CrateDocument.class);
        assertThat(untouched.steps).as("the other writer's state stays").isEqualTo(10);
        assertThat(untouched.version).isEqualTo(1);
        assertThat(mongo.getCollection("aggregate_crates").countDocuments(new Document("_id", raced.id)))
                .isEqualTo(1);
        assertThat(mongo.findById(raced.id, CrateDocument.class).outbox).hasSize(1);
        assertThat(wakeUps).as("one wake-up for the whole bulk").containsExactly(crates.collection());
        assertThat(crates.writeAll(List.of())).isEmpty();
    }

    @Test
    void aRefusedChangeWritesNothingAndPassesTheRefusalOn() {
        Crate crate = crates.add(Crate.register("c-" + UUID.randomUUID()));

        assertThatThrownBy(() -> crates.change(crate.id, c -> {
                    c.dispatch();
                    throw new InvalidValueException("crate.refused", "steps", "no");
                }))
                .isInstanceOf(InvalidValueException.class);

        CrateDocument stored = mongo.findById(crate.id, CrateDocument.class);
        assertThat(stored.version).isZero();
        assertThat(stored.outbox).hasSize(1);
    }

    @Test
    void changingAnUnknownIdIsNotFound() {
        assertThatThrownBy(() -> crates.change("nope", Crate::dispatch))
                .isInstanceOfSatisfying(
                        NotFoundException.class, e -> assertThat(e.resource()).isEqualTo("crate"));
        assertThat(crates.find("nope")).isEmpty();
    }

    @Test
    void upsertCreatesOnceAndChangesAfterwards() {
        String id = "c-" + UUID.randomUUID();

        crates.upsert(id, () -> Crate.register(id), Crate::dispatch);
        crates.upsert(id, () -> Crate.register(id), Crate::dispatch);

        CrateDocument stored = mongo.findById(id, CrateDocument.class);
        assertThat(stored.steps).isEqualTo(2);
        assertThat(stored.outbox).hasSize(3);
        assertThat(mongo.getCollection("aggregate_crates").countDocuments(new Document("_id", id)))
                .isEqualTo(1);
    }

    @Test
    void changeIfWritesOnlyWhenTheChangeSaysItChangedSomething() {
        Crate crate = crates.add(Crate.register("c-" + UUID.randomUUID()));

        assertThat(crates.changeIf(crate.id, c -> false)).isFalse();
        assertThat(mongo.findById(crate.id, CrateDocument.class).version).isZero();

        assertThat(crates.changeIf(crate.id, c -> {
                    c.dispatch();
                    return true;
                }))
                .isTrue();
        CrateDocument stored = mongo.findById(crate.id, CrateDocument.class);
        assertThat(stored.version).isEqualTo(1);
        assertThat(stored.steps).isEqualTo(1);
        assertThat(crates.changeIf("nope", c -> true)).isFalse();
        assertThat(crates.findAll(Query.query(Criteria.where("steps").is(1))))
                .extracting(c -> c.id)
                .contains(crate.id);
    }

    @Test
    void aChangeWithoutEventsDoesNotWakeTheRelay() {
        Crate crate = crates.add(Crate.register("c-" + UUID.randomUUID()));

        crates.change(crate.id, c -> c.steps = 5);

        assertThat(wakeUps).hasSize(1);
        assertThat(mongo.findById(crate.id, CrateDocument.class).steps).isEqualTo(5);
    }

    static final class Crate extends AggregateRoot {
        final String id;
        int steps;

        Crate(String id, int steps) {
            this.id = id;
            this.steps = steps;
        }

        static Crate register(String id) {
            Crate crate = new Crate(id, 0);
            crate.record(new ParcelRegistered(id, "someone", LocalDate.of(2026, 12, 1)));
            return crate;
        }

        void dispatch() {
            steps++;
            record(new ParcelDispatched(id, steps));
        }
    }

    @org.springframework.data.mongodb.core.mapping.Document("aggregate_crates")
    static final class CrateDocument {
        @Id
        String id;

        Long version;
        int steps;
        List<OutboxEntry> outbox = new ArrayList<>();
    }

    static final class CrateMapping implements AggregateMapping<Crate, CrateDocument> {

        @Override
        public Class<CrateDocument> documentType() {
            return CrateDocument.class;
        }

        @Override
        public String id(Crate aggregate) {
            return aggregate.id;
        }

        @Override
        public CrateDocument toDocument(Crate aggregate, long version, List<OutboxEntry> outbox) {
            CrateDocument document = new CrateDocument();
            document.id = aggregate.id;
            document.version = version;
            document.steps = aggregate.steps;
            document.outbox = outbox;
            return document;
        }

        @Override
        public Crate toAggregate(CrateDocument document) {
            return new Crate(document.id, document.steps);
        }

        @Override
        public Long version(CrateDocument document) {
            return document.version;
        }

        @Override
        public List<OutboxEntry> outbox(CrateDocument document) {
            return document.outbox;
        }

        @Override
        public String topic() {
            return TOPIC;
        }

        @Override
        public String kind() {
            return "crate";
        }

        @Override
        public String conflictCode() {
            return "crate.changed-meanwhile";
        }
    }
}
