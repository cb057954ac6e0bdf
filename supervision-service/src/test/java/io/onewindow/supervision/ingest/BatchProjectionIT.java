package io.onewindow.supervision.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventEnvelope;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.messaging.codec.EventHeaders;
import io.onewindow.platform.messaging.consumer.EventBatch;
import io.onewindow.platform.messaging.consumer.IdempotentConsumer;
import io.onewindow.platform.messaging.consumer.IdempotentConsumer.Outcome;
import io.onewindow.platform.test.MutableClock;
import io.onewindow.platform.test.SharedKafkaBroker;
import io.onewindow.platform.test.TopicReader;
import io.onewindow.supervision.CaseStory;
import io.onewindow.supervision.alerts.AlertBook;
import io.onewindow.supervision.cases.CaseSupervision;
import io.onewindow.supervision.catalog.MatterCatalog;
import io.onewindow.supervision.majorprojects.MajorProjects;
import io.onewindow.supervision.support.EventFeed;
import io.onewindow.supervision.support.SupervisionIntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;

/**
 * The approval events of a poll applied as a batch ({@link CaseEventBatch}) end exactly as the
 * same events applied one by one: the stored timeline (entries, card, clock, corrections), the
 * alerts with their evidence, and the card changes published. Each comparison applies the very
 * same events (same ids) both ways, one after the other, clearing the case in between.
 */
@SupervisionIntegrationTest
class BatchProjectionIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    IdempotentConsumer consumer;

    @Autowired
    SupervisionEvents events;

    @Autowired
    CaseEventBatch batch;

    @Autowired
    CaseSupervision cases;

    @Autowired
    AlertBook alerts;

    @Autowired
    MatterCatalog catalog;

    @Autowired
    MajorProjects majorProjects;

    @Autowired
    EventCodec codec;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    MutableClock clock;

    private long offset;

    @BeforeEach
    void startOnMonday() {
        clock.set(SupervisionIntegrationTest.START);
    }

    /** Late notice (rule 2), a second notice with new items (rule 3), an extra step (rule 5), overdue (rule 1). */
    private static CaseStory troubled(String caseId) {
        return CaseStory.of(caseId)
                .submitted("2026-03-02T09:00")
                .correction(1, "2026-03-10T10:00", null, "id-card")
                .correction(2, "2026-03-11T10:00", null, "id-card", "lease")
                .accepted("2026-03-12T10:00", "2026-03-16", "2026-03-30", "officer1")
                .step("extra-check", "2026-03-13T10:00", false, 2, 1)
                .approved("2026-03-20T10:00")
                .completed("2026-03-20T11:00", "2026-03-12T10:00", "2026-03-16", 6);
    }

    @Test
    void severalEventsOfOneCaseInOnePollEndAsOneByOne() {
        String caseId = "batch-many-" + UUID.randomUUID();
        List<ConsumerRecord<String, String>> poll = records(troubled(caseId).events());

        Outcome[] expected = poll.stream().map(r -> Outcome.APPLIED).toArray(Outcome[]::new);
        Projection oneByOne = oneByOne(caseId, poll);
        clear(caseId);
        assertThat(consumer.applyBatch(name(), poll, events.approval(), batch)).containsExactly(expected);
        Projection batched = projection(caseId, oneByOne.cardChanges().size());

        assertThat(oneByOne.alerts()).isNotEmpty();
        assertThat(oneByOne.cardChanges()).isNotEmpty();
        assertThat(batched).isEqualTo(oneByOne);
    }

    @Test
    void aRedeliveredEventInAPollAndAPollDeliveredAgainChangeNothing() {
        String caseId = "batch-again-" + UUID.randomUUID();
        List<ConsumerRecord<String, String>> poll = records(troubled(caseId).events());
        Projection oneByOne = oneByOne(caseId, poll);
        clear(caseId);

        String name = name();
        List<ConsumerRecord<String, String>> withRepeat = new ArrayList<>(poll.subList(0, 3));
        withRepeat.add(again(poll.get(1)));
        withRepeat.addAll(poll.subList(3, poll.size()));
        List<Outcome> outcomes = consumer.applyBatch(name, withRepeat, events.approval(), batch);
        assertThat(outcomes.get(3)).isEqualTo(Outcome.DUPLICATE);
        // The whole poll again, as after a rebalance before the commit.
        assertThat(consumer.applyBatch(name, poll.stream().map(this::again).toList(), events.approval(), batch))
                .containsOnly(Outcome.DUPLICATE);

        assertThat(projection(caseId, oneByOne.cardChanges().size())).isEqualTo(oneByOne);
    }

    @Test
    void aPoisonEventInTheMiddleFailsAloneAndTheOthersEndAsOneByOne() {
        String caseId = "batch-poison-" + UUID.randomUUID();
        List<ConsumerRecord<String, String>> poll = records(troubled(caseId).events());
        Projection oneByOne = oneByOne(caseId, poll);
        clear(caseId);

        ConsumerRecord<String, String> poison = new ConsumerRecord<>(Topics.APPROVAL, 0, offset++, caseId, "{\"id\":");
        List<ConsumerRecord<String, String>> withPoison = new ArrayList<>(poll.subList(0, 3));
        withPoison.add(poison);
        withPoison.addAll(poll.subList(3, poll.size()));
        String name = name();
        assertThatThrownBy(() -> consumer.applyBatch(name, withPoison, events.approval(), batch))
                .isInstanceOfSatisfying(
                        BatchListenerFailedException.class,
                        e -> assertThat(e.getRecord()).isSameAs(poison));
        poll.subList(0, 3)
                .forEach(r -> assertThat(consumer.isProcessed(name, id(r))).isTrue());
        // The container dead-letters the poison record and delivers the ones after it again.
        consumer.applyBatch(name, poll.subList(3, poll.size()), events.approval(), batch);

        assertThat(projection(caseId, oneByOne.cardChanges().size())).isEqualTo(oneByOne);
    }

    @Test
    void aCrashBetweenTheTimelineWriteAndTheAlertsIsRepairedByTheReplay() {
        String caseId = "batch-crash-" + UUID.randomUUID();
        List<ConsumerRecord<String, String>> poll = records(troubled(caseId).events());
        Projection oneByOne = oneByOne(caseId, poll);
        clear(caseId);

        String name = name();
        assertThatThrownBy(() -> consumer.applyBatch(name, poll, events.approval(), new CrashAfterTimelines()))
                .isInstanceOf(BatchListenerFailedException.class);
        assertThat(cases.findIfKnown(caseId)).isPresent();
        assertThat(alerts.aboutCase(caseId)).isEmpty();
        poll.forEach(r -> assertThat(consumer.isProcessed(name, id(r))).isFalse());

        // The poll comes again: the timeline knows its events, the alerts are found again.
        consumer.applyBatch(name, poll, events.approval(), batch);

        assertThat(projection(caseId, oneByOne.cardChanges().size())).isEqualTo(oneByOne);
    }

    @Test
    void aStreamOfManyCasesInPollsEndsAsOneByOne() {
        // As the bench and a busy day send them: stage by stage over the cases, polls cutting across cases.
        List<String> caseIds = new ArrayList<>();
        List<List<ConsumerRecord<String, String>>> stories = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            String caseId = "batch-stream-" + c + "-" + UUID.randomUUID();
            caseIds.add(caseId);
            stories.add(records(troubled(caseId).events()));
        }
        List<ConsumerRecord<String, String>> stream = new ArrayList<>();
        for (int stage = 0; stage < stories.get(0).size(); stage++) {
            for (List<ConsumerRecord<String, String>> story : stories) {
                stream.add(story.get(stage));
            }
        }
        String oneByOneName = name();
        stream.forEach(r ->
                assertThat(consumer.apply(oneByOneName, r, events.approval())).isEqualTo(Outcome.APPLIED));
        List<Projection> oneByOne =
                caseIds.stream().map(caseId -> projection(caseId, 0)).toList();
        caseIds.forEach(this::clear);

        String name = name();
        for (int from = 0; from < stream.size(); from += 5) {
            List<ConsumerRecord<String, String>> poll = stream.subList(from, Math.min(from + 5, stream.size()));
            assertThat(consumer.applyBatch(name, poll, events.approval(), batch))
                    .containsOnly(Outcome.APPLIED);
        }

        for (int c = 0; c < caseIds.size(); c++) {
            assertThat(oneByOne.get(c).alerts()).isNotEmpty();
            assertThat(projection(caseIds.get(c), oneByOne.get(c).cardChanges().size()))
                    .isEqualTo(oneByOne.get(c));
        }
    }

    @Test
    void aTimelineAnotherWriterWroteDuringThePollIsAppliedAgainAndTheOthersAreWritten() {
        String overtaken = "batch-overtaken-" + UUID.randomUUID();
        String other = "batch-beside-" + UUID.randomUUID();
        List<ConsumerRecord<String, String>> first = records(troubled(overtaken).events());
        List<ConsumerRecord<String, String>> second = records(troubled(other).events());
        Projection overtakenOneByOne = oneByOne(overtaken, first);
        Projection otherOneByOne = oneByOne(other, second);
        clear(overtaken);
        clear(other);

        String name = name();
        consumer.applyBatch(name, first.subList(0, 3), events.approval(), batch);
        consumer.applyBatch(name, second.subList(0, 3), events.approval(), batch);
        List<ConsumerRecord<String, String>> poll = new ArrayList<>(first.subList(3, first.size()));
        poll.addAll(second.subList(3, second.size()));
        OvertakenAtFlush overtaking = new OvertakenAtFlush(overtaken);
        assertThat(consumer.applyBatch(name, poll, events.approval(), overtaking))
                .containsOnly(Outcome.APPLIED);

        assertThat(overtaking.flushes)
                .as("the overtaken case's events applied again")
                .isGreaterThan(1);
        assertThat(projection(overtaken, overtakenOneByOne.cardChanges().size()))
                .isEqualTo(overtakenOneByOne);
        assertThat(projection(other, otherOneByOne.cardChanges().size())).isEqualTo(otherOneByOne);
    }

    @Test
    void theLiveListenerDeadLettersAPoisonRecordAndAppliesTheRecordsAroundIt() {
        String caseId = "batch-live-" + UUID.randomUUID();
        EventFeed feed = new EventFeed(kafka, codec);
        List<EventEnvelope<DomainEvent>> story = troubled(caseId).events();
        feed.sendAll(Topics.APPROVAL, story.subList(0, 3));
        String poison = "{\"not\":\"an event " + caseId + "\"}";
        feed.sendRaw(Topics.APPROVAL, caseId, poison);
        feed.sendAll(Topics.APPROVAL, story.subList(3, story.size()));

        await().atMost(PATIENCE)
                .until(() -> cases.findIfKnown(caseId)
                        .map(t -> t.completedAt() != null)
                        .orElse(false));
        await().atMost(PATIENCE)
                .until(() ->
                        TopicReader.readAll(SharedKafkaBroker.bootstrapServers(), Topics.deadLetterOf(Topics.APPROVAL))
                                .stream()
                                .anyMatch(r -> poison.equals(r.value())));
        assertThat(cases.find(caseId).eventIdsOf("CorrectionRequested")).hasSize(2);
    }

    // ---------------------------------------------------------------------------------------------

    /** What the events left: the stored timeline, the alerts about the case, the card changes published. */
    record Projection(String timeline, List<String> alerts, List<String> cardChanges) {}

    private Projection oneByOne(String caseId, List<ConsumerRecord<String, String>> poll) {
        String name = name();
        poll.forEach(r -> assertThat(consumer.apply(name, r, events.approval())).isEqualTo(Outcome.APPLIED));
        return projection(caseId, 0);
    }

    /**
     * The case as stored, once its card changes are published; {@code before}: card changes of
     * the case published by an earlier run, which this run's follow.
     */
    private Projection projection(String caseId, int before) {
        await().atMost(PATIENCE).until(() -> {
            Document stored = mongo.findById(caseId, Document.class, "case_timelines");
            return stored != null
                    && stored.getList("outbox", Object.class, List.of()).isEmpty();
        });
        List<String> changes = cardChanges(caseId);
        Document stored = mongo.findById(caseId, Document.class, "case_timelines");
        List<String> alertsAbout =
                mongo.find(Query.query(Criteria.where("alert.caseId").is(caseId)), Document.class, "alerts").stream()
                        .sorted(Comparator.comparing(d -> d.getString("_id")))
                        .map(d -> d.get("alert", Document.class).toJson())
                        .toList();
        return new Projection(
                stored.get("timeline", Document.class).toJson(), alertsAbout, changes.subList(before, changes.size()));
    }

    /**
     * The data of the case's {@code CaseCardChanged} events on the supervision topic, in order of
     * first publication. The outbox relay publishes at least once (an event in flight while its
     * timeline is saved again may go out twice), so a repeat of an event id is one event.
     */
    private List<String> cardChanges(String caseId) {
        Set<String> seen = new HashSet<>();
        return TopicReader.readAll(SharedKafkaBroker.bootstrapServers(), Topics.SUPERVISION).stream()
                .filter(r -> caseId.equals(r.key()))
                .map(r -> codec.read(r.value()))
                .filter(e -> e.type().contains("CaseCardChanged"))
                .filter(e -> seen.add(e.id()))
                .map(e -> e.data().toString())
                .toList();
    }

    private void clear(String caseId) {
        mongo.remove(Query.query(Criteria.where("_id").is(caseId)), "case_timelines");
        mongo.remove(Query.query(Criteria.where("alert.caseId").is(caseId)), "alerts");
    }

    private List<ConsumerRecord<String, String>> records(List<EventEnvelope<DomainEvent>> envelopes) {
        return envelopes.stream()
                .map(e -> new ConsumerRecord<>(Topics.APPROVAL, 0, offset++, e.subject(), codec.write(e)))
                .toList();
    }

    private ConsumerRecord<String, String> again(ConsumerRecord<String, String> record) {
        return new ConsumerRecord<>(record.topic(), record.partition(), offset++, record.key(), record.value());
    }

    private String id(ConsumerRecord<String, String> record) {
        return codec.readHeaders(record.value()).id();
    }

    private static String name() {
        return "batch-it-" + UUID.randomUUID();
    }

    /** The batch as it is; a wrapper overrides the step it changes. */
    private class DelegatingBatch implements EventBatch {

        @Override
        public boolean defers(String type) {
            return batch.defers(type);
        }

        @Override
        public void begin(List<EventHeaders> coming) {
            batch.begin(coming);
        }

        @Override
        public void handling(String eventId) {
            batch.handling(eventId);
        }

        @Override
        public Set<String> flush() {
            return batch.flush();
        }

        @Override
        public void discard() {
            batch.discard();
        }
    }

    /**
     * The batch, with another writer (the outbox relay settling, the sweep) writing one case's
     * timeline between the poll's read and its write, the first time only.
     */
    private final class OvertakenAtFlush extends DelegatingBatch {

        private final String caseId;
        int flushes;

        OvertakenAtFlush(String caseId) {
            this.caseId = caseId;
        }

        @Override
        public Set<String> flush() {
            if (flushes++ == 0) {
                mongo.updateFirst(
                        Query.query(Criteria.where("_id").is(caseId)),
                        new Update().inc("version", 1),
                        "case_timelines");
            }
            return super.flush();
        }
    }

    /** The batch, crashing after the timelines were written and before the alerts and markers. */
    private final class CrashAfterTimelines extends DelegatingBatch {

        @Override
        public Set<String> flush() {
            cases.flushBatch();
            alerts.discardBatch();
            catalog.endBatch();
            majorProjects.endBatch();
            throw new IllegalStateException("the process died here");
        }
    }
}
