package io.onewindow.platform.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.model.Filters;
import io.micrometer.core.instrument.MeterRegistry;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.messaging.testing.Parcel;
import io.onewindow.platform.messaging.testing.ParcelEvents.ParcelDelivered;
import io.onewindow.platform.messaging.testing.ParcelEvents.ParcelDispatched;
import io.onewindow.platform.messaging.testing.ParcelEvents.ParcelRegistered;
import io.onewindow.platform.messaging.testing.ParcelService;
import io.onewindow.platform.test.SharedInfrastructure;
import io.onewindow.platform.test.SharedKafkaBroker;
import io.onewindow.platform.test.TopicReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * The auto-configured relay of a service against the real parts of this test JVM: the
 * MongoDB wire-protocol server and the KRaft broker.
 */
@SpringBootTest(
        classes = ParcelService.class,
        properties = {
            "spring.application.name=parcel-service",
            "spring.mongodb.database=messaging-it",
            "parcels.collection=" + OutboxRelayIT.COLLECTION,
            "parcels.topic=" + OutboxRelayIT.TOPIC,
            "onewindow.messaging.outbox.poll-interval=100ms"
        })
@ContextConfiguration(initializers = SharedInfrastructure.class)
@DirtiesContext
class OutboxRelayIT {

    static final String COLLECTION = "parcels_relay_it";
    static final String TOPIC = "onewindow.test.relay-it.events";

    @Autowired
    MongoTemplate mongo;

    @Autowired
    EventRecorder recorder;

    @Autowired
    OutboxRelay relay;

    @Autowired
    EventCodec codec;

    @Autowired
    MeterRegistry meters;

    @Test
    void everyEventArrivesOnceInOrderPerAggregateAndTheOutboxEmpties() {
        Map<String, List<String>> recorded = new LinkedHashMap<>();
        for (int i = 0; i < 10; i++) {
            Parcel parcel = registeredParcel("parcel-" + i);
            for (int step = 1; step <= 3; step++) {
                parcel.outbox().add(recorder.record(TOPIC, new ParcelDispatched(parcel.id(), step)));
            }
            parcel.outbox().add(recorder.record(TOPIC, new ParcelDelivered(parcel.id())));
            // The state change and its events: one single-document write.
            mongo.save(parcel, COLLECTION);
            relay.wakeUp();
            assertThat(parcel.outbox()).hasSize(5);
            recorded.put(
                    parcel.id(),
                    parcel.outbox().stream().map(OutboxEntry::eventId).toList());
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> pendingDocuments() == 0);

        List<ConsumerRecord<String, String>> records = TopicReader.readAll(SharedKafkaBroker.bootstrapServers(), TOPIC);
        Map<String, Long> copies = records.stream()
                .map(record -> codec.readHeaders(record.value()).id())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        List<String> allRecorded =
                recorded.values().stream().flatMap(List::stream).toList();
        assertThat(copies).containsOnlyKeys(allRecorded);
        assertThat(copies.values()).allMatch(count -> count == 1);

        Map<String, List<String>> arrivedByKey = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            assertThat(codec.readHeaders(record.value()).subject()).isEqualTo(record.key());
            arrivedByKey
                    .computeIfAbsent(record.key(), key -> new ArrayList<>())
                    .add(codec.readHeaders(record.value()).id());
        }
        assertThat(arrivedByKey).isEqualTo(recorded);

        ConsumerRecord<String, String> any = records.get(0);
        assertThat(new String(any.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                .startsWith("application/cloudevents+json");
        assertThat(codec.readHeaders(any.value()).source()).isEqualTo("/onewindow/parcel-service");
        assertThat(meters.get("onewindow.outbox.published")
                        .tag("collection", COLLECTION)
                        .counter()
                        .count())
                .isEqualTo(allRecorded.size());
    }

    private Parcel registeredParcel(String id) {
        Parcel parcel = new Parcel(id, "REGISTERED");
        parcel.outbox().add(recorder.record(TOPIC, new ParcelRegistered(id, "王五", LocalDate.of(2025, 7, 1))));
        return parcel;
    }

    private long pendingDocuments() {
        return mongo.getCollection(COLLECTION).countDocuments(Filters.exists("outbox.0"));
    }
}
