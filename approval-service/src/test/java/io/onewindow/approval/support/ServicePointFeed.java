package io.onewindow.approval.support;

import static org.awaitility.Awaitility.await;

import io.onewindow.platform.events.EventEnvelope;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.events.appointment.ServicePointRecorded;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.test.SharedKafkaBroker;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Plays appointment-service's service point registry: writes {@code ServicePointRecorded}, in the
 * codec's CloudEvents envelope keyed by the point's id as appointment's outbox relay does, straight
 * onto the real appointment topic, and waits until approval's listener has taken it.
 */
public final class ServicePointFeed {

    /** The halls of appointment-service's demo data that the demo catalog and the tests name. */
    public static final List<String> DEMO_HALLS = List.of(
            "panyu-district-center", "town-shiqiao", "hall-tax", "hall-real-estate-trading", "hall-real-estate");

    private static final String SOURCE = "/onewindow/appointment-service";
    private static final EventCodec CODEC = new EventCodec();

    private final MongoTemplate mongo;

    public ServicePointFeed(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A fresh point id, so tests sharing the broker do not meet. */
    public static String freshPoint() {
        return "it-hall-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Makes the demo halls known (version 1, open), as appointment-service does at its start; a hall
     * known already at any version stays as it is.
     */
    public void demoHallsKnown() {
        for (String hall : DEMO_HALLS) {
            if (mongo.findById(hall, Document.class, "known_service_points") == null) {
                send(point(hall, 1, "CREATED", true));
            }
        }
        DEMO_HALLS.forEach(hall -> awaitVersion(hall, 1));
    }

    /** An open hall with one comprehensive and one department window, offering {@code matters}. */
    public static ServicePointRecorded point(String id, long version, String change, boolean open, String... matters) {
        return new ServicePointRecorded(
                id,
                version,
                change,
                "测试服务大厅 v" + version,
                4,
                null,
                "番禺区市桥街道清河东路1号",
                open,
                List.of(
                        new ServicePointRecorded.Window("1", "综合受理窗口", true, null, true),
                        new ServicePointRecorded.Window("2", "市场监管窗口", false, "market-regulation", false)),
                java.util.Arrays.stream(matters)
                        .map(m -> new ServicePointRecorded.Offer(m, "market-regulation", "A", 15, 2))
                        .toList(),
                List.of(),
                "system");
    }

    /** Writes the event onto the appointment topic and returns its CloudEvents id once it is sent. */
    public static String send(ServicePointRecorded event) {
        EventEnvelope<ServicePointRecorded> envelope = EventEnvelope.wrap(SOURCE, event, Instant.now());
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafkaBroker.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(Topics.APPOINTMENT, event.servicePointId(), CODEC.write(envelope)))
                    .get();
            return envelope.id();
        } catch (Exception e) {
            throw new IllegalStateException("could not write " + event + " to " + Topics.APPOINTMENT, e);
        }
    }

    /** Waits until approval's listener has processed the event with this id (taken or ignored). */
    public void awaitProcessed(String eventId) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() ->
                        mongo.findById("approval-known-service-points:" + eventId, Document.class, "processed_events")
                                != null);
    }

    /** Waits until approval knows the point at {@code version} or a newer one. */
    public void awaitVersion(String id, long version) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    Document d = mongo.findOne(
                            Query.query(Criteria.where("_id").is(id)), Document.class, "known_service_points");
                    return d != null && ((Number) d.get("version")).longValue() >= version;
                });
    }
}
