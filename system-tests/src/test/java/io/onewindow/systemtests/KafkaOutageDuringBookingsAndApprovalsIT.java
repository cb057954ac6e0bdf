package io.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.test.SharedKafkaBroker;
import io.onewindow.platform.test.TopicReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Fault of issue 8: the Kafka broker is down while people book and file. Every request still
 * succeeds (the events wait in the aggregates' outboxes, written with the state change); once
 * the broker is back every event is published exactly once and supervision applies each exactly
 * once, which this test checks by comparing the event ids on the topics with the ones the
 * projections recorded.
 */
class KafkaOutageDuringBookingsAndApprovalsIT {

    private static final String POINT = "panyu-district-center";
    private static final String BOOKED_MATTER = "MR-ENT-REG";

    private static RunningPlatform platform;
    private static Gateway gateway;
    private static MongoClient mongo;

    @BeforeAll
    static void platform() {
        platform = RunningPlatform.shared();
        gateway = new Gateway(platform);
        mongo = MongoClients.create(platform.mongoUri());
    }

    @AfterAll
    static void brokerBack() {
        platform.startKafka();
        mongo.close();
    }

    @Test
    void bookingsAndApprovalsSucceedWhileKafkaIsDownAndEveryEventIsAppliedOnceAfterItReturns() {
        String company = gateway.tokenOf("enterprise1");
        String officer = gateway.tokenOf("officer1");
        String inspector = gateway.tokenOf("inspector1");
        List<LocalDateTime> open = Appointments.openSlots(gateway, POINT, BOOKED_MATTER);
        assertThat(open).as("open slots of " + BOOKED_MATTER).hasSizeGreaterThanOrEqualTo(2);

        platform.stopKafka();

        // A booking, its rescheduling and its cancellation: three events in one aggregate.
        JsonNode booking = Appointments.bookEarliestOpen(
                gateway,
                "/api/appointments",
                company,
                POINT,
                BOOKED_MATTER,
                day -> true,
                start -> Map.of("servicePointId", POINT, "matterCode", BOOKED_MATTER, "start", start.toString()),
                Map.of("Idempotency-Key", "kafka-outage-booking"));
        String bookingId = booking.path("id").asString();
        LocalDateTime bookedStart = Instant.parse(booking.path("slotStart").asString())
                .atZone(Gateway.SERVICE_ZONE)
                .toLocalDateTime();
        LocalDateTime moved = Appointments.openSlots(gateway, POINT, BOOKED_MATTER).stream()
                .filter(start -> !start.equals(bookedStart))
                .findFirst()
                .orElseThrow();
        gateway.post("/api/appointments/" + bookingId + "/reschedule", company, Map.of("start", moved.toString()))
                .expect(200);
        gateway.post("/api/appointments/" + bookingId + "/cancel", company, null)
                .expect(200);

        // A case filed online and accepted at the window.
        String caseId = Filings.completeFoodLicense(gateway, company, "番禺区市桥街光明北路3号");
        gateway.post("/api/approvals/cases/" + caseId + "/acceptance", officer, null)
                .expect(200);

        // Nothing has left the services: the events wait in the outboxes.
        assertThat(pendingOutbox("onewindow_appointment", "bookings", bookingId))
                .as("booking events waiting")
                .isEqualTo(3);
        assertThat(pendingOutbox("onewindow_approval", "cases", caseId))
                .as("case events waiting")
                .isGreaterThanOrEqualTo(2);

        platform.startKafka();

        await("the outboxes drained after the broker's return")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> pendingOutbox("onewindow_appointment", "bookings", bookingId) == 0
                        && pendingOutbox("onewindow_approval", "cases", caseId) == 0);
        List<String> bookingEvents = eventIdsOnTopic(Topics.APPOINTMENT, bookingId);
        List<String> caseEvents = eventIdsOnTopic(Topics.APPROVAL, caseId);
        assertThat(bookingEvents).as("booking events on the topic").hasSize(3).doesNotHaveDuplicates();
        assertThat(caseEvents)
                .as("case events on the topic")
                .hasSizeGreaterThanOrEqualTo(2)
                .doesNotHaveDuplicates();

        // supervision applies each once: its visit and case timeline list exactly the published ids.
        AtomicReference<Document> visit = new AtomicReference<>();
        await("supervision's visit " + bookingId)
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    visit.set(mongo.getDatabase("onewindow_supervision")
                            .getCollection("visits")
                            .find(Filters.eq("_id", bookingId))
                            .first());
                    return visit.get() != null
                            && visit.get().getList("eventIds", String.class).size() >= 3;
                });
        assertThat(visit.get().getList("eventIds", String.class)).containsExactlyInAnyOrderElementsOf(bookingEvents);
        assertThat(visit.get().getString("status")).isEqualTo("CANCELLED");

        AtomicReference<JsonNode> timeline = new AtomicReference<>();
        await("supervision's timeline of case " + caseId)
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    Gateway.Answer answer = gateway.get("/api/supervision/inspections/cases/" + caseId, inspector);
                    timeline.set(answer.status() == 200 ? answer.json() : null);
                    return timeline.get() != null
                            && timeline.get().path("timeline").size() >= caseEvents.size();
                });
        List<String> applied = new ArrayList<>();
        timeline.get()
                .path("timeline")
                .forEach(entry -> applied.add(entry.path("eventId").asString()));
        assertThat(applied).containsExactlyInAnyOrderElementsOf(caseEvents);
        assertThat(timeline.get().path("state").asString()).isEqualTo("ACCEPTED");
    }

    /** The outbox entries an aggregate still holds: events not yet acknowledged by Kafka. */
    private static int pendingOutbox(String database, String collection, String id) {
        Document aggregate = mongo.getDatabase(database)
                .getCollection(collection)
                .find(Filters.eq("_id", id))
                .first();
        assertThat(aggregate).as(database + "." + collection + " " + id).isNotNull();
        List<?> outbox = aggregate.getList("outbox", Object.class);
        return outbox == null ? 0 : outbox.size();
    }

    private static List<String> eventIdsOnTopic(String topic, String key) {
        List<ConsumerRecord<String, String>> records = TopicReader.readAll(SharedKafkaBroker.bootstrapServers(), topic);
        return records.stream()
                .filter(record -> key.equals(record.key()))
                .map(record -> Gateway.JSON.readTree(record.value()).path("id").asString())
                .collect(Collectors.toCollection(ArrayList::new));
    }
}
