package io.onewindow.platform.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.messaging.testing.Parcel;
import io.onewindow.platform.messaging.testing.ParcelEvents.ParcelDelivered;
import io.onewindow.platform.messaging.testing.ParcelEvents.ParcelDispatched;
import io.onewindow.platform.messaging.testing.ParcelEvents.ParcelRegistered;
import io.onewindow.platform.test.MutableClock;
import io.onewindow.platform.test.SharedMongoServer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The relay's claim / publish / remove logic against the MongoDB wire-protocol server, with a
 * stand-in for the broker so failures can be staged exactly.
 */
class OutboxRelayTest {

    private static final String TOPIC = "onewindow.test.events";
    private static final MongoClient client =
            MongoClients.create(SharedMongoServer.shared().connectionString());
    private static final MongoTemplate mongo = new MongoTemplate(client, "outbox-relay-test");

    private final MutableClock clock = new MutableClock(Instant.parse("2025-06-02T08:00:00Z"));
    private final EventRecorder recorder =
            new EventRecorder("/onewindow/test-service", clock, new EventCodec(), OutboxHeaders.NONE);
    private final FakePublisher broker = new FakePublisher();
    private final OutboxSettings settings = new OutboxSettings(
            true,
            Duration.ofMillis(100),
            Duration.ofSeconds(30),
            100,
            Duration.ofSeconds(2),
            Duration.ofMillis(500),
            Duration.ofSeconds(4),
            "relay-a",
            Duration.ZERO);

    private String collection;
    private OutboxSource source;

    @BeforeEach
    void freshCollection() {
        collection = "parcels_" + UUID.randomUUID().toString().replace("-", "");
        source = OutboxSource.of(collection, TOPIC);
    }

    @AfterAll
    static void closeClient() {
        client.close();
    }

    @Test
    void publishesEachAggregatesEventsInOrderKeyedByItsIdAndEmptiesTheOutbox() {
        Parcel first = parcelWithEvents("parcel-1", 3);
        Parcel second = parcelWithEvents("parcel-2", 2);

        OutboxRelay.Round round = relay("relay-a", broker).relayOnce();

        assertThat(round.published()).isEqualTo(5);
        assertThat(broker.attempts())
                .extracting(PendingEvent::eventId)
                .containsSubsequence(ids(first))
                .containsSubsequence(ids(second))
                .hasSize(5);
        assertThat(broker.attempts())
                .allSatisfy(event -> assertThat(event.key()).isEqualTo(event.documentId()))
                .allSatisfy(event -> assertThat(event.topic()).isEqualTo(TOPIC));
        assertThat(stored("parcel-1").getList("outbox", Document.class)).isEmpty();
        assertThat(stored("parcel-2").getList("outbox", Document.class)).isEmpty();
        assertThat(stored("parcel-1")).doesNotContainKey(OutboxRelay.CLAIM);
    }

    @Test
    void keepsEventsWhileTheBrokerIsUnreachableAndPublishesThemOnceItIsBack() {
        Parcel parcel = parcelWithEvents("parcel-1", 3);
        OutboxRelay relay = relay("relay-a", broker);
        broker.mode(FakePublisher.Mode.UNREACHABLE);

        OutboxRelay.Round failed = relay.relayOnce();

        assertThat(failed.published()).isZero();
        assertThat(failed.failed()).isEqualTo(3);
        // One attempt only: the others would each block for max.block.ms just to fail as well.
        assertThat(broker.attempts()).hasSize(1);
        assertThat(outboxIds("parcel-1")).containsExactlyElementsOf(ids(parcel));

        // Retried after the back-off, not before.
        relay.relayOnce();
        assertThat(broker.attempts()).hasSize(1);

        broker.mode(FakePublisher.Mode.ACKNOWLEDGE);
        clock.advance(Duration.ofSeconds(1));
        OutboxRelay.Round recovered = relay.relayOnce();

        assertThat(recovered.published()).isEqualTo(3);
        assertThat(broker.acknowledgedIds()).containsExactlyElementsOf(ids(parcel));
        assertThat(outboxIds("parcel-1")).isEmpty();
    }

    @Test
    void removesOnlyTheEventsTheBrokerAcknowledged() {
        Parcel parcel = parcelWithEvents("parcel-1", 3);
        String unacknowledged = ids(parcel).get(1);
        broker.failing(Set.of(unacknowledged));
        OutboxRelay relay = relay("relay-a", broker);

        relay.relayOnce();

        assertThat(outboxIds("parcel-1")).containsExactly(unacknowledged);

        broker.failing(Set.of());
        clock.advance(Duration.ofSeconds(1));
        relay.relayOnce();

        assertThat(outboxIds("parcel-1")).isEmpty();
        assertThat(broker.acknowledgedIds()).containsExactlyInAnyOrderElementsOf(ids(parcel));
    }

    @Test
    void leavesADocumentClaimedByAnotherInstanceAloneUntilTheClaimExpires() {
        parcelWithEvents("parcel-1", 2);
        mongo.getCollection(collection)
                .updateOne(
                        Filters.eq("_id", "parcel-1"),
                        Updates.set(
                                OutboxRelay.CLAIM,
                                new Document("owner", "relay-b")
                                        .append(
                                                "until",
                                                Date.from(clock.instant().plusSeconds(30)))));
        OutboxRelay relay = relay("relay-a", broker);

        relay.relayOnce();
        assertThat(broker.attempts()).isEmpty();

        // relay-b died holding the claim: after expiry relay-a takes over and nothing is lost.
        clock.advance(Duration.ofSeconds(31));
        relay.relayOnce();
        assertThat(broker.acknowledgedIds()).hasSize(2);
        assertThat(outboxIds("parcel-1")).isEmpty();
    }

    @Test
    void twoInstancesRunningAtTheSameTimeClaimDifferentDocuments() {
        List<Parcel> parcels = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            parcels.add(parcelWithEvents("parcel-" + i, 2));
        }
        OutboxSettings smallBatches = new OutboxSettings(
                true,
                Duration.ofMillis(100),
                Duration.ofSeconds(30),
                2,
                Duration.ofSeconds(2),
                Duration.ofMillis(500),
                Duration.ofSeconds(4),
                null,
                Duration.ZERO);
        FakePublisher brokerOfB = new FakePublisher();
        OutboxRelay relayB = new OutboxRelay(mongo, List.of(source), brokerOfB, smallBatches, clock, null);
        OutboxRelay relayA = new OutboxRelay(mongo, List.of(source), broker, smallBatches, clock, null);
        // While A holds its claims and waits for the broker, B runs a whole round.
        broker.onSend(event -> {
            if (brokerOfB.attempts().isEmpty()) {
                relayB.relayOnce();
            }
        });

        relayA.relayOnce();

        List<String> all = parcels.stream().flatMap(p -> ids(p).stream()).toList();
        assertThat(broker.acknowledgedIds()).hasSize(4);
        assertThat(brokerOfB.acknowledgedIds()).hasSize(4);
        List<String> published = new ArrayList<>(broker.acknowledgedIds());
        published.addAll(brokerOfB.acknowledgedIds());
        assertThat(published).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void aWholeDocumentSaveFromAStaleReadFailsInsteadOfRestoringPublishedEvents() {
        parcelWithEvents("parcel-1", 2);
        Parcel stale = mongo.findById("parcel-1", Parcel.class, collection);

        relay("relay-a", broker).relayOnce();
        stale.status("DELIVERED");

        assertThatThrownBy(() -> mongo.save(stale, collection)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(outboxIds("parcel-1")).isEmpty();
    }

    @Test
    void keepsEventsAddedWhileEarlierOnesWereBeingPublished() {
        parcelWithEvents("parcel-1", 1);
        OutboxEntry later = recorder.record(TOPIC, new ParcelDelivered("parcel-1"));
        broker.onSend(event -> mongo.getCollection(collection)
                .updateOne(Filters.eq("_id", "parcel-1"), Updates.push("outbox", asDocument(later))));
        OutboxRelay relay = relay("relay-a", broker);

        relay.relayOnce();

        assertThat(outboxIds("parcel-1")).containsExactly(later.eventId());
        broker.onSend(event -> {});
        relay.relayOnce();
        assertThat(outboxIds("parcel-1")).isEmpty();
        assertThat(broker.acknowledgedIds()).endsWith(later.eventId()).doesNotHaveDuplicates();
    }

    @Test
    void removesPublishedEventsEvenWhenASaveDroppedTheClaimMeanwhile() {
        List<String> published = ids(parcelWithEvents("parcel-1", 2));
        OutboxEntry later = recorder.record(TOPIC, new ParcelDelivered("parcel-1"));
        broker.onSend(event -> {
            if (broker.attempts().size() == 1) {
                // A use case reads the current state and saves the whole document (no claim field).
                Parcel current = mongo.findById("parcel-1", Parcel.class, collection);
                current.outbox().add(later);
                mongo.save(current, collection);
            }
        });

        relay("relay-a", broker).relayOnce();

        assertThat(broker.acknowledgedIds()).containsExactlyElementsOf(published);
        assertThat(outboxIds("parcel-1")).containsExactly(later.eventId());
    }

    @Test
    void wakeUpPublishesRightAwayInsteadOfAtTheNextPoll() {
        OutboxSettings slowPoll = new OutboxSettings(
                true,
                Duration.ofMinutes(10),
                Duration.ofSeconds(30),
                100,
                Duration.ofSeconds(2),
                Duration.ofMillis(500),
                Duration.ofSeconds(4),
                null,
                Duration.ZERO);
        OutboxRelay relay = new OutboxRelay(mongo, List.of(source), broker, slowPoll, clock, null);
        Parcel first = parcelWithEvents("parcel-0", 1);
        relay.start();
        try {
            // The round at start publishes the first parcel; the next poll is 10 minutes away.
            await().atMost(Duration.ofSeconds(5))
                    .untilAsserted(() -> assertThat(broker.acknowledgedIds()).containsExactlyElementsOf(ids(first)));
            Parcel parcel = parcelWithEvents("parcel-1", 2);

            relay.wakeUp();

            await().atMost(Duration.ofSeconds(5))
                    .untilAsserted(() -> assertThat(broker.acknowledgedIds())
                            .endsWith(ids(parcel).toArray(String[]::new)));
            await().atMost(Duration.ofSeconds(5))
                    .untilAsserted(() -> assertThat(outboxIds("parcel-1")).isEmpty());
        } finally {
            relay.stop();
        }
        assertThat(relay.isRunning()).isFalse();
    }

    @Test
    void aStreamOfWakeUpsIsServedByOneRoundPerGapAndEveryEventStillGoesOut() throws Exception {
        OutboxSettings gapped = new OutboxSettings(
                true,
                Duration.ofMinutes(10),
                Duration.ofSeconds(30),
                100,
                Duration.ofSeconds(2),
                Duration.ofMillis(500),
                Duration.ofSeconds(4),
                null,
                Duration.ofMillis(200));
        OutboxRelay relay = new OutboxRelay(mongo, List.of(source), broker, gapped, clock, null);
        relay.start();
        try {
            await().atMost(Duration.ofSeconds(5)).until(() -> relay.rounds() >= 1);
            long before = relay.rounds();
            List<String> sent = new ArrayList<>();
            long started = System.nanoTime();
            for (int i = 0; i < 40; i++) {
                sent.addAll(ids(parcelWithEvents("burst-" + i, 1)));
                relay.wakeUp();
                Thread.sleep(10);
            }
            Duration burst = Duration.ofNanos(System.nanoTime() - started);

            await().atMost(Duration.ofSeconds(5))
                    .untilAsserted(() -> assertThat(broker.acknowledgedIds()).containsAll(sent));
            // 40 saves in about 0.4 s: one round per 200 ms, not one per save.
            long allowed = burst.toMillis() / 200 + 3;
            assertThat(relay.rounds() - before).isBetween(1L, allowed);
        } finally {
            relay.stop();
        }
    }

    @Test
    void aWakeUpRightAfterARoundThePollStartedIsServedAtOnceNotAfterTheGap() throws Exception {
        OutboxSettings gapped = new OutboxSettings(
                true,
                Duration.ofMinutes(10),
                Duration.ofSeconds(30),
                100,
                Duration.ofSeconds(2),
                Duration.ofMillis(500),
                Duration.ofSeconds(4),
                null,
                Duration.ofSeconds(5));
        OutboxRelay relay = new OutboxRelay(mongo, List.of(source), broker, gapped, clock, null);
        relay.start();
        try {
            // The round at start is not one a wake-up asked for.
            await().atMost(Duration.ofSeconds(5)).until(() -> relay.rounds() >= 1);
            Thread.sleep(50);
            List<String> sent = ids(parcelWithEvents("after-poll", 1));
            long woken = System.nanoTime();
            relay.wakeUp();
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(broker.acknowledgedIds()).containsAll(sent));
            assertThat(Duration.ofNanos(System.nanoTime() - woken)).isLessThan(Duration.ofMillis(2500));
        } finally {
            relay.stop();
        }
    }

    @Test
    void twoRelaysRacingOverOneCollectionPublishEveryEventOnce() throws Exception {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            all.addAll(ids(parcelWithEvents("parcel-" + i, 2)));
        }
        OutboxSettings smallBatches = new OutboxSettings(
                true,
                Duration.ofMillis(100),
                Duration.ofSeconds(30),
                5,
                Duration.ofSeconds(2),
                Duration.ofMillis(500),
                Duration.ofSeconds(4),
                null,
                Duration.ZERO);
        FakePublisher brokerOfB = new FakePublisher();
        OutboxRelay relayA = new OutboxRelay(mongo, List.of(source), broker, smallBatches, clock, null);
        OutboxRelay relayB = new OutboxRelay(mongo, List.of(source), brokerOfB, smallBatches, clock, null);
        // A broker that takes a little time per record, so both relays are at work at once.
        broker.onSend(event -> pauseBriefly());
        brokerOfB.onSend(event -> pauseBriefly());
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<?>> runs = new ArrayList<>();
            for (OutboxRelay relay : List.of(relayA, relayB)) {
                runs.add(threads.submit(() -> {
                    go.await();
                    while (pendingDocuments() > 0) {
                        relay.relayOnce();
                    }
                    return null;
                }));
            }
            go.countDown();
            for (java.util.concurrent.Future<?> run : runs) {
                run.get(30, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        List<String> published = new ArrayList<>(broker.acknowledgedIds());
        published.addAll(brokerOfB.acknowledgedIds());
        // Each claim went to one relay only: no event was sent twice, none was left out.
        assertThat(published).containsExactlyInAnyOrderElementsOf(all);
        assertThat(broker.acknowledgedIds()).isNotEmpty();
        assertThat(brokerOfB.acknowledgedIds()).isNotEmpty();
    }

    @Test
    void aRelayThatDiesBetweenPublishingAndSettlingHasItsEventsPublishedAgainOnceItsClaimExpires() {
        List<String> events = ids(parcelWithEvents("parcel-1", 2));
        OutboxPublisher diesAfterTheBrokerAcknowledged = event -> {
            CompletableFuture<?> ack = broker.publish(event);
            if (broker.acknowledgedIds().size() == events.size()) {
                throw new ProcessDied();
            }
            return ack;
        };
        OutboxRelay dying =
                new OutboxRelay(mongo, List.of(source), diesAfterTheBrokerAcknowledged, settings, clock, null);
        assertThatThrownBy(dying::relayOnce).isInstanceOf(ProcessDied.class);
        assertThat(outboxIds("parcel-1")).containsExactlyElementsOf(events);

        FakePublisher brokerOfB = new FakePublisher();
        OutboxRelay survivor = relay("relay-b", brokerOfB);
        clock.advance(Duration.ofSeconds(29));
        survivor.relayOnce();
        // The dead relay's claim still holds: not published a second time yet.
        assertThat(brokerOfB.attempts()).isEmpty();

        clock.advance(Duration.ofSeconds(2));
        survivor.relayOnce();

        // At-least-once: the events go out again, and the outbox empties.
        assertThat(brokerOfB.acknowledgedIds()).containsExactlyElementsOf(events);
        assertThat(outboxIds("parcel-1")).isEmpty();
        assertThat(stored("parcel-1")).doesNotContainKey(OutboxRelay.CLAIM);
    }

    @Test
    void aRoundClaimsAtMostABatchAndTheNextRoundTakesTheRest() {
        OutboxSettings batchesOfTwo = new OutboxSettings(
                true,
                Duration.ofMillis(100),
                Duration.ofSeconds(30),
                2,
                Duration.ofSeconds(2),
                Duration.ofMillis(500),
                Duration.ofSeconds(4),
                "relay-a",
                Duration.ZERO);
        for (int i = 0; i < 3; i++) {
            parcelWithEvents("parcel-" + i, 1);
        }
        OutboxRelay relay = new OutboxRelay(mongo, List.of(source), broker, batchesOfTwo, clock, null);

        OutboxRelay.Round first = relay.relayOnce();
        OutboxRelay.Round second = relay.relayOnce();

        assertThat(first.published()).isEqualTo(2);
        assertThat(first.fullBatch()).isTrue();
        assertThat(second.published()).isEqualTo(1);
        assertThat(second.fullBatch()).isFalse();
        assertThat(pendingDocuments()).isZero();
    }

    @Test
    void readsTheClaimedBatchByItsIdsSoMongoDbUsesTheIdIndexInsteadOfScanningForTheToken() {
        for (int i = 0; i < 3; i++) {
            parcelWithEvents("parcel-" + i, 1);
        }
        List<BsonDocument> finds = new CopyOnWriteArrayList<>();
        CommandListener recorder = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                if (event.getCommandName().equals("find")) {
                    finds.add(event.getCommand().clone());
                }
            }
        };
        try (MongoClient listened = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(
                        new ConnectionString(SharedMongoServer.shared().connectionString()))
                .addCommandListener(recorder)
                .build())) {
            OutboxRelay relay = new OutboxRelay(
                    new MongoTemplate(listened, "outbox-relay-test"), List.of(source), broker, settings, clock, null);

            OutboxRelay.Round round = relay.relayOnce();

            assertThat(round.published()).isEqualTo(3);
        }
        List<BsonDocument> byToken = finds.stream()
                .map(find -> find.getDocument("filter", new BsonDocument()))
                .filter(filter -> filter.toJson().contains(OutboxRelay.CLAIM_TOKEN))
                .toList();
        assertThat(byToken).as("the read of the claimed batch").hasSize(1);
        BsonDocument filter = byToken.get(0);
        assertThat(filter.keySet())
                .as("the claimed batch's read must name its ids: %s", filter.toJson())
                .contains("$and");
        List<String> idsAsked = filter.getArray("$and").getValues().stream()
                .map(BsonValue::asDocument)
                .filter(clause -> clause.containsKey("_id"))
                .flatMap(clause -> clause.getDocument("_id").getArray("$in").stream())
                .map(id -> id.asString().getValue())
                .toList();
        assertThat(idsAsked).containsExactlyInAnyOrder("parcel-0", "parcel-1", "parcel-2");
        assertThat(pendingDocuments()).isZero();
    }

    @Test
    void aSaveThatDroppedOneClaimDoesNotMakeTheOtherDocumentsOfTheRoundBumpTheirVersionTwice() {
        parcelWithEvents("parcel-1", 2);
        List<String> second = ids(parcelWithEvents("parcel-2", 2));
        long secondVersion = stored("parcel-2").getLong("version");
        OutboxEntry later = recorder.record(TOPIC, new ParcelDelivered("parcel-1"));
        broker.onSend(event -> {
            if (broker.attempts().size() == 1) {
                Parcel current = mongo.findById("parcel-1", Parcel.class, collection);
                current.outbox().add(later);
                mongo.save(current, collection);
            }
        });

        relay("relay-a", broker).relayOnce();

        assertThat(outboxIds("parcel-1")).containsExactly(later.eventId());
        assertThat(outboxIds("parcel-2")).isEmpty();
        assertThat(broker.acknowledgedIds()).containsAll(second);
        assertThat(stored("parcel-2").getLong("version")).isEqualTo(secondVersion + 1);
        assertThat(stored("parcel-2")).doesNotContainKey(OutboxRelay.CLAIM);
    }

    @Test
    void aWakeUpNamingOneCollectionClaimsThereOnlyUntilTheNextRoundOverAll() throws Exception {
        OutboxSource other = OutboxSource.of(collection + "_other", TOPIC);
        OutboxSettings slowPoll = new OutboxSettings(
                true,
                Duration.ofMinutes(10),
                Duration.ofSeconds(30),
                100,
                Duration.ofSeconds(2),
                Duration.ofMillis(500),
                Duration.ofSeconds(4),
                null,
                Duration.ZERO);
        OutboxRelay relay = new OutboxRelay(mongo, List.of(source, other), broker, slowPoll, clock, null);
        // Published by the round at start once it has looked at the last collection: after that,
        // only wake-ups start rounds (the next poll is 10 minutes away).
        List<String> first = ids(parcelWithEvents("parcel-first", 1, other.collection()));
        relay.start();
        try {
            await().atMost(Duration.ofSeconds(5))
                    .untilAsserted(() -> assertThat(broker.acknowledgedIds()).containsAll(first));
            List<String> elsewhere = ids(parcelWithEvents("parcel-elsewhere", 1, other.collection()));
            List<String> here = ids(parcelWithEvents("parcel-here", 1));

            relay.wakeUp(collection);

            await().atMost(Duration.ofSeconds(5))
                    .untilAsserted(() -> assertThat(broker.acknowledgedIds()).containsAll(here));
            // Time for a round over all collections to reach the other one, were it one.
            Thread.sleep(300);
            assertThat(broker.acknowledgedIds()).doesNotContainAnyElementsOf(elsewhere);

            relay.wakeUp();

            await().atMost(Duration.ofSeconds(5))
                    .untilAsserted(() -> assertThat(broker.acknowledgedIds()).containsAll(elsewhere));
        } finally {
            relay.stop();
        }
    }

    @Test
    void aStreamOfWakeUpsForOneCollectionStillLetsThePeriodicRoundPublishTheOthers() throws Exception {
        OutboxSource other = OutboxSource.of(collection + "_other", TOPIC);
        OutboxSettings poll = new OutboxSettings(
                true,
                Duration.ofMillis(300),
                Duration.ofSeconds(30),
                100,
                Duration.ofSeconds(2),
                Duration.ofMillis(500),
                Duration.ofSeconds(4),
                null,
                Duration.ZERO);
        OutboxRelay relay = new OutboxRelay(mongo, List.of(source, other), broker, poll, clock, null);
        relay.start();
        try {
            await().atMost(Duration.ofSeconds(5)).until(() -> relay.rounds() >= 1);
            // Written without a wake-up, as a store outside the aggregate stores may do.
            List<String> elsewhere = ids(parcelWithEvents("parcel-elsewhere", 1, other.collection()));
            long started = System.nanoTime();
            // Wake-ups every 10 ms, far more often than the poll interval.
            while (!broker.acknowledgedIds().containsAll(elsewhere)
                    && System.nanoTime() - started < Duration.ofSeconds(5).toNanos()) {
                parcelWithEvents("busy-" + UUID.randomUUID(), 1);
                relay.wakeUp(collection);
                Thread.sleep(10);
            }

            assertThat(broker.acknowledgedIds()).containsAll(elsewhere);
        } finally {
            relay.stop();
        }
    }

    @Test
    void aWakeUpNamingACollectionThatIsNoSourceLooksAtEverySource() {
        OutboxSettings slowPoll = new OutboxSettings(
                true,
                Duration.ofMinutes(10),
                Duration.ofSeconds(30),
                100,
                Duration.ofSeconds(2),
                Duration.ofMillis(500),
                Duration.ofSeconds(4),
                null,
                Duration.ZERO);
        OutboxRelay relay = new OutboxRelay(mongo, List.of(source), broker, slowPoll, clock, null);
        List<String> first = ids(parcelWithEvents("parcel-first", 1));
        relay.start();
        try {
            await().atMost(Duration.ofSeconds(5))
                    .untilAsserted(() -> assertThat(broker.acknowledgedIds()).containsAll(first));
            List<String> here = ids(parcelWithEvents("parcel-here", 1));

            relay.wakeUp("not_an_outbox_source");

            await().atMost(Duration.ofSeconds(5))
                    .untilAsserted(() -> assertThat(broker.acknowledgedIds()).containsAll(here));
        } finally {
            relay.stop();
        }
    }

    @Test
    void refusesTheSameCollectionRegisteredTwice() {
        assertThatThrownBy(() -> relay("relay-a", broker, List.of(source, OutboxSource.of(collection, "other"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private OutboxRelay relay(String owner, FakePublisher publisher) {
        return relay(owner, publisher, List.of(source));
    }

    private OutboxRelay relay(String owner, FakePublisher publisher, List<OutboxSource> sources) {
        OutboxSettings own = new OutboxSettings(
                settings.enabled(),
                settings.pollInterval(),
                settings.claimDuration(),
                settings.batchSize(),
                settings.sendTimeout(),
                settings.retryBackoff(),
                settings.maxRetryBackoff(),
                owner,
                settings.wakeUpGap());
        return new OutboxRelay(mongo, sources, publisher, own, clock, null);
    }

    private Parcel parcelWithEvents(String id, int events) {
        return parcelWithEvents(id, events, collection);
    }

    private Parcel parcelWithEvents(String id, int events, String collection) {
        Parcel parcel = new Parcel(id, "REGISTERED");
        parcel.outbox().add(recorder.record(TOPIC, new ParcelRegistered(id, "李四", LocalDate.of(2025, 6, 9))));
        for (int step = 1; step < events; step++) {
            parcel.outbox().add(recorder.record(TOPIC, new ParcelDispatched(id, step)));
        }
        mongo.save(parcel, collection);
        return parcel;
    }

    private long pendingDocuments() {
        return mongo.getCollection(collection).countDocuments(Filters.exists("outbox.0"));
    }

    private static void pauseBriefly() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stands for the process ending abruptly: nothing after it runs. */
    private static final class ProcessDied extends Error {}

    private static List<String> ids(Parcel parcel) {
        return parcel.outbox().stream().map(OutboxEntry::eventId).toList();
    }

    private Document stored(String id) {
        return mongo.getCollection(collection).find(Filters.eq("_id", id)).first();
    }

    private List<String> outboxIds(String id) {
        return stored(id).getList("outbox", Document.class).stream()
                .map(entry -> entry.getString("eventId"))
                .toList();
    }

    private Document asDocument(OutboxEntry entry) {
        Document document = new Document();
        mongo.getConverter().write(entry, document);
        return document;
    }
}
