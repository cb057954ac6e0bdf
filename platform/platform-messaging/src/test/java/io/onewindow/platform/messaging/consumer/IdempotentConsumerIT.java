package io.onewindow.platform.messaging.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventEnvelope;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.messaging.consumer.IdempotentConsumer.Outcome;
import io.onewindow.platform.messaging.testing.ParcelEvents.ParcelDelivered;
import io.onewindow.platform.messaging.testing.ParcelEvents.ParcelDispatched;
import io.onewindow.platform.test.SharedInfrastructure;
import io.onewindow.platform.test.SharedKafkaBroker;
import io.onewindow.platform.test.TopicReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.config.AbstractKafkaListenerContainerFactory;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ContainerProperties.AckMode;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * A {@code @KafkaListener} written the recommended way, against the shared broker and MongoDB
 * server: redeliveries are applied once, poison messages go to the dead-letter topic and do not
 * hold up the records behind them.
 */
@SpringBootTest(
        classes = IdempotentConsumerIT.CountingService.class,
        properties = {
            "spring.application.name=counting-service",
            "spring.mongodb.database=messaging-consumer-it",
            "spring.kafka.consumer.auto-offset-reset=earliest",
            "onewindow.messaging.consumer.backoff=50ms",
            "onewindow.messaging.consumer.max-attempts=3"
        })
@ContextConfiguration(initializers = SharedInfrastructure.class)
@DirtiesContext
class IdempotentConsumerIT {

    static final String TOPIC = "onewindow.test.consumer-it.events";
    static final String CONSUMER = "parcel-dispatch-counter";

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventCodec codec;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    IdempotentConsumer consumer;

    @Autowired
    DispatchCounter counter;

    @Test
    void theListenerFactoryCommitsOncePerPollAndDeadLettersFailures(
            @Autowired AbstractKafkaListenerContainerFactory<?, ?, ?> factory, @Autowired CommonErrorHandler handler) {
        assertThat(factory.getContainerProperties().getAckMode()).isEqualTo(AckMode.BATCH);
        assertThat(handler).isInstanceOf(DeadLetteringErrorHandler.class);
    }

    @Test
    void theSameEventDeliveredTwiceIsAppliedOnce() {
        String dispatched = event(new ParcelDispatched("parcel-1", 1));
        String next = event(new ParcelDispatched("parcel-1", 2));

        send("parcel-1", dispatched);
        send("parcel-1", dispatched);
        send("parcel-1", next);

        await().atMost(Duration.ofSeconds(20)).until(() -> counter.deliveriesOf(next) == 1);
        assertThat(counter.deliveriesOf(dispatched)).isEqualTo(2);
        assertThat(counter.outcomesOf(dispatched)).containsExactly(Outcome.APPLIED, Outcome.DUPLICATE);
        // The handler's $inc is deliberately not idempotent: a second application would show.
        assertThat(dispatches("parcel-1")).isEqualTo(2);
        String id = codec.readHeaders(dispatched).id();
        assertThat(consumer.isProcessed(CONSUMER, id)).isTrue();
        assertThat(mongo.getCollection(IdempotentConsumer.COLLECTION)
                        .find(Filters.eq("_id", CONSUMER + ":" + id))
                        .first())
                .containsEntry("eventId", id)
                .containsEntry("topic", TOPIC)
                .containsKey("processedAt");
    }

    @Test
    void aMessageThatIsNotAnEventGoesToTheDeadLetterTopicAndTheNextOneIsStillConsumed() {
        String poison = "this is not an event " + Instant.now();
        String next = event(new ParcelDispatched("parcel-2", 1));

        send("parcel-2", poison);
        send("parcel-2", next);

        await().atMost(Duration.ofSeconds(20)).until(() -> counter.deliveriesOf(next) == 1);
        assertThat(dispatches("parcel-2")).isEqualTo(1);
        // Unreadable: dead-lettered at the first failure, no retries.
        assertThat(counter.deliveriesOf(poison)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(deadLetters())
                        .filteredOn(record -> poison.equals(record.value()))
                        .singleElement()
                        .satisfies(record -> assertThat(record.key()).isEqualTo("parcel-2")));
    }

    @Test
    void anEventWhoseHandlerKeepsFailingIsRetriedBoundedlyThenDeadLettered() {
        String undeliverable = event(new ParcelDelivered("parcel-3"));
        String next = event(new ParcelDispatched("parcel-3", 1));

        send("parcel-3", undeliverable);
        send("parcel-3", next);

        await().atMost(Duration.ofSeconds(20)).until(() -> counter.deliveriesOf(next) == 1);
        assertThat(counter.deliveriesOf(undeliverable)).isEqualTo(3);
        assertThat(consumer.isProcessed(
                        CONSUMER, codec.readHeaders(undeliverable).id()))
                .isFalse();
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(deadLetters())
                        .filteredOn(record -> undeliverable.equals(record.value()))
                        .singleElement()
                        .satisfies(record -> assertThat(new String(
                                        record.headers()
                                                .lastHeader("kafka_dlt-exception-message")
                                                .value(),
                                        StandardCharsets.UTF_8))
                                .contains("parcel-3 cannot be delivered")));
    }

    private String event(DomainEvent data) {
        return codec.write(EventEnvelope.wrap("/onewindow/parcel-service", data, Instant.now()));
    }

    private void send(String key, String value) {
        kafka.send(TOPIC, key, value).join();
    }

    private long dispatches(String parcelId) {
        Document count = mongo.getCollection("parcel_dispatches")
                .find(Filters.eq("_id", parcelId))
                .first();
        return count == null ? 0 : count.getInteger("dispatches");
    }

    private List<ConsumerRecord<String, String>> deadLetters() {
        return TopicReader.readAll(SharedKafkaBroker.bootstrapServers(), Topics.deadLetterOf(TOPIC));
    }

    /** The service under test: auto-configuration, two topics and one listener. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class CountingService {

        @Bean
        NewTopic events() {
            // One partition: "the records behind the poison message" are all of them.
            return TopicBuilder.name(TOPIC).partitions(1).replicas(1).build();
        }

        @Bean
        NewTopic deadLetters() {
            return TopicBuilder.name(Topics.deadLetterOf(TOPIC))
                    .partitions(1)
                    .replicas(1)
                    .build();
        }

        @Bean
        DispatchCounter dispatchCounter(IdempotentConsumer consumer, EventCodec codec, MongoTemplate mongo) {
            return new DispatchCounter(consumer, codec, mongo);
        }
    }

    /** A listener as a service writes one: parse nothing itself, hand the record to the consumer. */
    static class DispatchCounter {

        private final IdempotentConsumer consumer;
        private final EventDispatcher events;
        private final List<Map.Entry<String, Outcome>> outcomes = new CopyOnWriteArrayList<>();
        private final List<String> deliveries = new CopyOnWriteArrayList<>();

        DispatchCounter(IdempotentConsumer consumer, EventCodec codec, MongoTemplate mongo) {
            this.consumer = consumer;
            this.events = EventDispatcher.using(codec)
                    .on(
                            ParcelDispatched.class,
                            event -> mongo.getCollection("parcel_dispatches")
                                    .updateOne(
                                            Filters.eq("_id", event.subject()),
                                            Updates.inc("dispatches", 1),
                                            new UpdateOptions().upsert(true)))
                    .on(ParcelDelivered.class, event -> {
                        throw new IllegalStateException("Parcel " + event.subject() + " cannot be delivered");
                    });
        }

        @KafkaListener(topics = TOPIC, groupId = CONSUMER)
        void on(ConsumerRecord<String, String> record) {
            deliveries.add(record.value());
            outcomes.add(Map.entry(record.value(), consumer.apply(CONSUMER, record, events)));
        }

        long deliveriesOf(String value) {
            return deliveries.stream().filter(value::equals).count();
        }

        List<Outcome> outcomesOf(String value) {
            return outcomes.stream()
                    .filter(outcome -> outcome.getKey().equals(value))
                    .map(Map.Entry::getValue)
                    .toList();
        }
    }
}
