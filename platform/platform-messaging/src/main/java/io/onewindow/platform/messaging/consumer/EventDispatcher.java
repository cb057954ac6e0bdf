package io.onewindow.platform.messaging.consumer;

import io.onewindow.platform.events.EventEnvelope;
import io.onewindow.platform.events.EventType;
import io.onewindow.platform.messaging.codec.EventCodec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * An {@link EventHandler} that routes each event by its CloudEvents {@code type} to a typed
 * handler and ignores types it was not told about:
 *
 * <pre>{@code
 * private final EventDispatcher events = EventDispatcher.using(codec)
 *         .on(ApplicationAccepted.class, event -> timeline.accepted(event.data(), event.time()))
 *         .on(ApplicationDecided.class, event -> timeline.decided(event.data(), event.time()));
 * }</pre>
 *
 * Immutable: {@link #on} returns a new dispatcher, so one may be shared by listener threads.
 */
public final class EventDispatcher implements EventHandler {

    private final EventCodec codec;
    private final Map<String, Route<?>> routes;

    private EventDispatcher(EventCodec codec, Map<String, Route<?>> routes) {
        this.codec = codec;
        this.routes = routes;
    }

    /** A dispatcher with no routes yet, converting data with {@code codec}. */
    public static EventDispatcher using(EventCodec codec) {
        return new EventDispatcher(Objects.requireNonNull(codec, "codec"), Map.of());
    }

    /** Routes events of the {@link EventType} declared on {@code eventClass} to {@code handler}. */
    public <T> EventDispatcher on(Class<T> eventClass, Consumer<EventEnvelope<T>> handler) {
        EventType type = eventClass.getAnnotation(EventType.class);
        if (type == null) {
            throw new IllegalArgumentException(eventClass.getName() + " has no @EventType");
        }
        return on(type.value(), eventClass, handler);
    }

    /** Routes events of wire type {@code type}, with data read as {@code dataType}, to {@code handler}. */
    public <T> EventDispatcher on(String type, Class<T> dataType, Consumer<EventEnvelope<T>> handler) {
        Objects.requireNonNull(type, "type");
        Map<String, Route<?>> copy = new LinkedHashMap<>(routes);
        if (copy.putIfAbsent(type, new Route<>(dataType, Objects.requireNonNull(handler, "handler"))) != null) {
            throw new IllegalArgumentException("Two handlers for event type " + type);
        }
        return new EventDispatcher(codec, Map.copyOf(copy));
    }

    @Override
    public boolean handles(String type) {
        return routes.containsKey(type);
    }

    @Override
    public void handle(EventEnvelope<JsonNode> event) {
        Route<?> route = routes.get(event.type());
        if (route != null) {
            route.apply(codec, event);
        }
    }

    private record Route<T>(Class<T> dataType, Consumer<EventEnvelope<T>> handler) {

        void apply(EventCodec codec, EventEnvelope<JsonNode> event) {
            handler.accept(codec.dataAs(event, dataType));
        }
    }
}
