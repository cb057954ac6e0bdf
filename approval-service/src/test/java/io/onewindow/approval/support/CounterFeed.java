package io.onewindow.approval.support;

import static org.awaitility.Awaitility.await;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventEnvelope;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.events.appointment.StaffAssignmentsRecorded;
import io.onewindow.platform.events.appointment.TicketIssued;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.test.SharedKafkaBroker;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Plays appointment-service at the hall counter: writes {@code StaffAssignmentsRecorded} (where an
 * officer is posted) and {@code TicketIssued} (a visitor's queue ticket) onto the real appointment topic,
 * in the codec's envelope keyed as appointment's relay keys them, and waits until approval's counter
 * listener has taken them.
 */
public final class CounterFeed {

    private static final String SOURCE = "/onewindow/appointment-service";
    private static final EventCodec CODEC = new EventCodec();

    private final MongoTemplate mongo;

    public CounterFeed(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Posts {@code username} at {@code windows} of {@code servicePointId} (all his posts), as version {@code version}. */
    public void posted(String username, String department, long version, String servicePointId, String... windows) {
        String eventId = send(
                username,
                new StaffAssignmentsRecorded(
                        username,
                        version,
                        department,
                        Arrays.stream(windows)
                                .map(w -> new StaffAssignmentsRecorded.Post(servicePointId, w))
                                .toList(),
                        "system"));
        awaitProcessed(eventId);
    }

    /** A queue ticket for {@code matterCode} at {@code servicePointId}, of the visitor with this ID-number pseudonym. */
    public String ticket(String servicePointId, String matterCode, String department, String visitorIdHash) {
        String ticketId = UUID.randomUUID().toString();
        String eventId = send(
                ticketId,
                new TicketIssued(
                        ticketId,
                        servicePointId,
                        "K001",
                        matterCode,
                        null,
                        false,
                        visitorIdHash,
                        "officer-sub",
                        department));
        awaitProcessed(eventId);
        return ticketId;
    }

    /**
     * One queue ticket for every part of a linked booking ({@code business}) at {@code servicePointId}, as a
     * comprehensive window issues it: {@code parts} alternate matter code and department, in visiting order.
     */
    public String linkedTicket(String servicePointId, String business, String visitorIdHash, String... parts) {
        String ticketId = UUID.randomUUID().toString();
        List<TicketIssued.LinkedPart> linked = new java.util.ArrayList<>();
        for (int i = 0; i < parts.length; i += 2) {
            linked.add(new TicketIssued.LinkedPart(UUID.randomUUID().toString(), parts[i], parts[i + 1]));
        }
        String eventId = send(
                ticketId,
                new TicketIssued(
                        ticketId,
                        servicePointId,
                        "A001",
                        linked.get(0).matterCode(),
                        linked.get(0).bookingId(),
                        false,
                        visitorIdHash,
                        "officer-sub",
                        linked.get(0).department(),
                        business,
                        linked));
        awaitProcessed(eventId);
        return ticketId;
    }

    private void awaitProcessed(String eventId) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> mongo.findById("approval-counter:" + eventId, Document.class, "processed_events") != null);
    }

    private static String send(String key, DomainEvent event) {
        EventEnvelope<DomainEvent> envelope = EventEnvelope.wrap(SOURCE, event, Instant.now());
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafkaBroker.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(Topics.APPOINTMENT, key, CODEC.write(envelope)))
                    .get();
            return envelope.id();
        } catch (Exception e) {
            throw new IllegalStateException("could not write " + event + " to " + Topics.APPOINTMENT, e);
        }
    }
}
