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
import io.onewindow.platform.test.SharedKafkaBroker;
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
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Two instances of the same service, each with its own relay, over the same collection: the
 * claims split the documents between them, so each event is published once.
 */
@Timeout(90)
class OutboxRelayInstancesIT {

    private static final String COLLECTION = "parcels_instances_it";
    private static final String TOPIC = "onewindow.test.instances-it.events";

    private static ConfigurableApplicationContext instanceA;
    private static ConfigurableApplicationContext instanceB;

    @BeforeAll
    static void startTwoInstances() {
        instanceA = start("parcel-service-a");
        instanceB = start("parcel-service-b");
    }

    @AfterAll
    static void stopInstances() {
        if (instanceA != null) {
            instanceA.close();
        }
        if (instanceB != null) {
            instanceB.close();
        }
    }

    @Test
    void eachEventIsPublishedOnceWhileTwoInstancesRelayTheSameCollection() {
        MongoTemplate mongo = instanceA.getBean(MongoTemplate.class);
        EventRecorder recorder = instanceA.getBean(EventRecorder.class);
        OutboxRelay relayA = instanceA.getBean(OutboxRelay.class);
        OutboxRelay relayB = instanceB.getBean(OutboxRelay.class);
        assertThat(relayA.instanceId()).isNotEqualTo(relayB.instanceId());

        Map<String, List<String>> recorded = new LinkedHashMap<>();
        for (int i = 0; i < 40; i++) {
            String id = "parcel-" + i;
            Parcel parcel = new Parcel(id, "DELIVERED");
            parcel.outbox().add(recorder.record(TOPIC, new ParcelRegistered(id, "钱七", LocalDate.of(2025, 9, 1))));
            parcel.outbox().add(recorder.record(TOPIC, new ParcelDispatched(id, 1)));
            parcel.outbox().add(recorder.record(TOPIC, new ParcelDelivered(id)));
            mongo.save(parcel, COLLECTION);
            // Both instances are nudged at once, as when the writes reach both.
            relayA.wakeUp();
            relayB.wakeUp();
            recorded.put(id, parcel.outbox().stream().map(OutboxEntry::eventId).toList());
        }

        await().atMost(Duration.ofSeconds(30))
                .until(() -> mongo.getCollection(COLLECTION).countDocuments(Filters.exists("outbox.0")) == 0);

        List<ConsumerRecord<String, String>> records = TopicReader.readAll(SharedKafkaBroker.bootstrapServers(), TOPIC);
        EventCodec codec = instanceA.getBean(EventCodec.class);
        Map<String, Long> copies = records.stream()
                .map(record -> codec.readHeaders(record.value()).id())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        List<String> allRecorded =
                recorded.values().stream().flatMap(List::stream).toList();
        assertThat(copies).containsOnlyKeys(allRecorded);
        assertThat(copies.values()).as("copies of each event").allMatch(count -> count == 1);
        Map<String, List<String>> arrivedByKey = new LinkedHashMap<>();
        records.forEach(record -> arrivedByKey
                .computeIfAbsent(record.key(), key -> new ArrayList<>())
                .add(codec.readHeaders(record.value()).id()));
        assertThat(arrivedByKey).isEqualTo(recorded);
        assertThat(published(instanceA) + published(instanceB)).isEqualTo(allRecorded.size());
    }

    private static ConfigurableApplicationContext start(String instanceId) {
        return new SpringApplicationBuilder(ParcelService.class)
                .web(WebApplicationType.NONE)
                .properties(
                        "spring.application.name=parcel-service",
                        "spring.mongodb.uri=" + SharedMongoServer.shared().connectionString(),
                        "spring.mongodb.database=messaging-instances-it",
                        "spring.kafka.bootstrap-servers=" + SharedKafkaBroker.bootstrapServers(),
                        "parcels.collection=" + COLLECTION,
                        "parcels.topic=" + TOPIC,
                        "onewindow.messaging.outbox.poll-interval=50ms",
                        // Small batches, so both instances are busy claiming at the same time.
                        "onewindow.messaging.outbox.batch-size=3",
                        "onewindow.messaging.outbox.instance-id=" + instanceId)
                .run();
    }

    private static double published(ConfigurableApplicationContext instance) {
        Counter counter = instance.getBean(MeterRegistry.class)
                .find("onewindow.outbox.published")
                .tag("collection", COLLECTION)
                .counter();
        return counter == null ? 0 : counter.count();
    }
}
