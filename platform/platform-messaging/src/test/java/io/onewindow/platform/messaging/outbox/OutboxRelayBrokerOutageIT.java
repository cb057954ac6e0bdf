package io.onewindow.platform.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.model.Filters;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.messaging.testing.Parcel;
import io.onewindow.platform.messaging.testing.ParcelEvents.ParcelDelivered;
import io.onewindow.platform.messaging.testing.ParcelEvents.ParcelDispatched;
import io.onewindow.platform.messaging.testing.ParcelEvents.ParcelRegistered;
import io.onewindow.platform.messaging.testing.ParcelService;
import io.onewindow.platform.test.SharedMongoServer;
import io.onewindow.platform.test.TopicReader;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kafka.server.BrokerServer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The outbox test: stop the broker, write, restart it, and every event arrives once.
 *
 * <p>The per-JVM shared broker must stay up for other tests, so this class runs a KRaft broker
 * of its own and stops and restarts its broker process (same node, same port, same log
 * directories: a real broker restart) while the service keeps running with the same producer.
 */
@Timeout(120)
class OutboxRelayBrokerOutageIT {

    private static final String COLLECTION = "parcels_outage_it";
    private static final String TOPIC = "onewindow.test.outage-it.events";

    private static EmbeddedKafkaKraftBroker kafka;
    private static ConfigurableApplicationContext service;

    @BeforeAll
    static void startBrokerAndService() {
        kafka = new EmbeddedKafkaKraftBroker(1, 3, TOPIC);
        // Let a restarted broker be fenced and registered again within a second or two.
        kafka.brokerProperty("broker.heartbeat.interval.ms", "200");
        kafka.brokerProperty("broker.session.timeout.ms", "1500");
        kafka.afterPropertiesSet();
        service = new SpringApplicationBuilder(ParcelService.class)
                .web(WebApplicationType.NONE)
                .properties(
                        "spring.application.name=parcel-service",
                        "spring.mongodb.uri=" + SharedMongoServer.shared().connectionString(),
                        "spring.mongodb.database=messaging-outage-it",
                        "spring.kafka.bootstrap-servers=" + kafka.getBrokersAsString(),
                        "parcels.collection=" + COLLECTION,
                        "parcels.topic=" + TOPIC,
                        "onewindow.messaging.outbox.poll-interval=100ms",
                        // Fail fast while the broker is down, so the relay goes round its retries.
                        "onewindow.messaging.outbox.send-timeout=2s",
                        "onewindow.messaging.outbox.claim-duration=10s",
                        "onewindow.messaging.outbox.retry-backoff=200ms",
                        "onewindow.messaging.outbox.max-retry-backoff=1s",
                        "spring.kafka.producer.properties.reconnect.backoff.max.ms=500")
                .run();
    }

    @AfterAll
    static void stopServiceThenBroker() {
        // The service first: its producer must not wait on a broker that is gone.
        if (service != null) {
            service.close();
        }
        if (kafka != null) {
            kafka.destroy();
        }
    }

    @Test
    void everyEventWrittenWhileTheBrokerIsDownArrivesExactlyOnceAfterItRestarts() throws Exception {
        MongoTemplate mongo = service.getBean(MongoTemplate.class);
        EventRecorder recorder = service.getBean(EventRecorder.class);
        OutboxRelay relay = service.getBean(OutboxRelay.class);
        Map<String, List<String>> recorded = new LinkedHashMap<>();

        // While the broker is up: the producer is connected and knows the topic.
        recorded.put("parcel-0", save(mongo, recorder, "parcel-0"));
        await().atMost(Duration.ofSeconds(15)).until(() -> pendingDocuments(mongo) == 0);

        stopBroker();
        for (int i = 1; i <= 5; i++) {
            // The use case's writes succeed: the events wait in the aggregates' outboxes.
            recorded.put("parcel-" + i, save(mongo, recorder, "parcel-" + i));
            relay.wakeUp();
        }
        // At least two failed rounds: entries survive retries, not only a first attempt.
        await().atMost(Duration.ofSeconds(20)).until(() -> failedPublications() >= 30);
        assertThat(pendingEventIds(mongo))
                .containsExactlyInAnyOrderElementsOf(recorded.entrySet().stream()
                        .filter(parcel -> !parcel.getKey().equals("parcel-0"))
                        .flatMap(parcel -> parcel.getValue().stream())
                        .toList());

        restartBroker();
        await().atMost(Duration.ofSeconds(30)).until(() -> pendingDocuments(mongo) == 0);

        List<ConsumerRecord<String, String>> records = TopicReader.readAll(kafka.getBrokersAsString(), TOPIC);
        EventCodec codec = service.getBean(EventCodec.class);
        Map<String, Long> copies = records.stream()
                .map(record -> codec.readHeaders(record.value()).id())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        List<String> allRecorded =
                recorded.values().stream().flatMap(List::stream).toList();
        assertThat(allRecorded).hasSize(18);
        assertThat(copies).as("event id -> copies on the topic").containsOnlyKeys(allRecorded);
        assertThat(copies.values()).as("copies of each event").allMatch(count -> count == 1);
        Map<String, List<String>> arrivedByKey = new LinkedHashMap<>();
        records.forEach(record -> arrivedByKey
                .computeIfAbsent(record.key(), key -> new ArrayList<>())
                .add(codec.readHeaders(record.value()).id()));
        assertThat(arrivedByKey).isEqualTo(recorded);
    }

    private static List<String> save(MongoTemplate mongo, EventRecorder recorder, String id) {
        Parcel parcel = new Parcel(id, "DELIVERED");
        parcel.outbox().add(recorder.record(TOPIC, new ParcelRegistered(id, "赵六", LocalDate.of(2025, 8, 1))));
        parcel.outbox().add(recorder.record(TOPIC, new ParcelDispatched(id, 1)));
        parcel.outbox().add(recorder.record(TOPIC, new ParcelDelivered(id)));
        mongo.save(parcel, COLLECTION);
        return parcel.outbox().stream().map(OutboxEntry::eventId).toList();
    }

    private static void stopBroker() {
        kafka.getCluster().brokers().values().forEach(BrokerServer::shutdown);
    }

    private static void restartBroker() throws Exception {
        kafka.getCluster().brokers().values().forEach(BrokerServer::startup);
        kafka.getCluster().waitForReadyBrokers();
    }

    private static double failedPublications() {
        Counter failed = service.getBean(MeterRegistry.class)
                .find("onewindow.outbox.failed")
                .tag("collection", COLLECTION)
                .counter();
        return failed == null ? 0 : failed.count();
    }

    private static long pendingDocuments(MongoTemplate mongo) {
        return mongo.getCollection(COLLECTION).countDocuments(Filters.exists("outbox.0"));
    }

    private static List<String> pendingEventIds(MongoTemplate mongo) {
        List<String> ids = new ArrayList<>();
        for (Document parcel : mongo.getCollection(COLLECTION).find()) {
            parcel.getList("outbox", Document.class).forEach(entry -> ids.add(entry.getString("eventId")));
        }
        return ids;
    }
}
