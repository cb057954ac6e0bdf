package io.onewindow.platform.messaging.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.platform.events.EventEnvelope;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.messaging.testing.ParcelEvents.ParcelDelivered;
import io.onewindow.platform.messaging.testing.ParcelEvents.ParcelDispatched;
import io.onewindow.platform.messaging.testing.ParcelEvents.Untyped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventDispatcherTest {

    private final EventCodec codec = new EventCodec();

    @Test
    void routesEachEventByTypeToItsTypedHandler() {
        List<Object> received = new ArrayList<>();
        EventDispatcher dispatcher = EventDispatcher.using(codec)
                .on(ParcelDispatched.class, event -> received.add(event.data()))
                .on(ParcelDelivered.class, event -> received.add(event.data()));

        dispatcher.handle(codec.read(json(new ParcelDelivered("p-1"))));
        dispatcher.handle(codec.read(json(new ParcelDispatched("p-1", 4))));

        assertThat(received).containsExactly(new ParcelDelivered("p-1"), new ParcelDispatched("p-1", 4));
        assertThat(dispatcher.handles("onewindow.test.ParcelDelivered.v1")).isTrue();
        assertThat(dispatcher.handles("onewindow.test.ParcelRegistered.v1")).isFalse();
    }

    @Test
    void addingARouteLeavesTheOriginalUnchanged() {
        EventDispatcher empty = EventDispatcher.using(codec);
        empty.on(ParcelDelivered.class, event -> {});

        assertThat(empty.handles("onewindow.test.ParcelDelivered.v1")).isFalse();
    }

    @Test
    void refusesTwoHandlersForOneTypeAndAClassWithoutWireType() {
        EventDispatcher dispatcher = EventDispatcher.using(codec).on(ParcelDelivered.class, event -> {});

        assertThatThrownBy(() -> dispatcher.on(ParcelDelivered.class, event -> {}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> dispatcher.on(Untyped.class, event -> {}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private String json(io.onewindow.platform.events.DomainEvent event) {
        return codec.write(EventEnvelope.wrap("/onewindow/parcel-service", event, Instant.now()));
    }
}
