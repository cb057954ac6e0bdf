package io.onewindow.platform.messaging.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.onewindow.platform.events.EventEnvelope;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.messaging.codec.EventFormatException;
import io.onewindow.platform.messaging.consumer.IdempotentConsumer.Outcome;
import io.onewindow.platform.messaging.testing.ParcelEvents.ParcelDelivered;
import io.onewindow.platform.messaging.testing.ParcelEvents.ParcelDispatched;
import io.onewindow.platform.test.SharedMongoServer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The marker logic against the MongoDB wire-protocol server, without Kafka. */
class IdempotentConsumerTest {

    private static final MongoClient client =
            MongoClients.create(SharedMongoServer.shared().connectionString());
    private static final MongoTemplate mongo = new MongoTemplate(client, "idempotent-consumer-test");

    private final EventCodec codec = new EventCodec();
    private final IdempotentConsumer consumer = new IdempotentConsumer(mongo, codec, Clock.systemUTC());
    private final String name = "timeline-" + UUID.randomUUID();
    private final List<String> applied = new ArrayList<>();
    private final EventDispatcher handler =
            EventDispatcher.using(codec).on(ParcelDispatched.class, event -> applied.add(event.id()));

    @AfterAll
    static void closeClient() {
        client.close();
    }

    @Test
    void appliesAnEventOnceHoweverOftenItIsDelivered() {
        String event = event(new ParcelDispatched("p-1", 1));

        assertThat(consumer.apply(name, event, handler)).isEqualTo(Outcome.APPLIED);
        assertThat(consumer.apply(name, event, handler)).isEqualTo(Outcome.DUPLICATE);
        assertThat(consumer.apply(name, event, handler)).isEqualTo(Outcome.DUPLICATE);

        assertThat(applied).containsExactly(codec.readHeaders(event).id());
    }

    @Test
    void anotherConsumerOfTheSameEventAppliesItToo() {
        String event = event(new ParcelDispatched("p-1", 1));
        consumer.apply(name, event, handler);

        assertThat(consumer.apply(name + "-statistics", event, handler)).isEqualTo(Outcome.APPLIED);
        assertThat(applied).hasSize(2);
    }

    @Test
    void marksTheEventOnlyAfterTheHandlersWriteSucceeded() {
        String event = event(new ParcelDispatched("p-2", 1));
        String id = codec.readHeaders(event).id();
        EventHandler failing = received -> {
            assertThat(consumer.isProcessed(name, received.id())).isFalse();
            throw new IllegalStateException("database write failed");
        };

        assertThatThrownBy(() -> consumer.apply(name, event, failing)).isInstanceOf(IllegalStateException.class);
        assertThat(consumer.isProcessed(name, id)).isFalse();

        // The redelivery after the failure applies it.
        assertThat(consumer.apply(name, event, handler)).isEqualTo(Outcome.APPLIED);
        assertThat(consumer.isProcessed(name, id)).isTrue();
    }

    @Test
    void ignoresTypesTheHandlerDoesNotHandleWithoutMarkingThem() {
        String event = event(new ParcelDelivered("p-3"));

        assertThat(consumer.apply(name, event, handler)).isEqualTo(Outcome.IGNORED);
        assertThat(consumer.isProcessed(name, codec.readHeaders(event).id())).isFalse();
        assertThat(applied).isEmpty();
    }

    @Test
    void ignoresATombstone() {
        assertThat(consumer.apply(name, (String) null, handler)).isEqualTo(Outcome.IGNORED);
    }

    @Test
    void refusesAMessageThatIsNotAnEvent() {
        assertThatThrownBy(() -> consumer.apply(name, "{\"hello\":", handler)).isInstanceOf(EventFormatException.class);
    }

    @Test
    void refusesABlankConsumerName() {
        assertThatThrownBy(() -> consumer.apply(" ", event(new ParcelDispatched("p", 1)), handler))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private String event(io.onewindow.platform.events.DomainEvent data) {
        return codec.write(EventEnvelope.wrap("/onewindow/parcel-service", data, Instant.now()));
    }
}
