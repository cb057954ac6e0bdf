package io.onewindow.platform.events;

/** Reads the wire type of an event record. */
public final class EventTypes {

    private EventTypes() {}

    /** The {@link EventType} of the event's class; refuses an event without one. */
    public static String typeOf(DomainEvent event) {
        EventType type = event.getClass().getAnnotation(EventType.class);
        if (type == null) {
            throw new IllegalArgumentException(
                    event.getClass().getName() + " has no @EventType: every event needs a versioned wire type");
        }
        return type.value();
    }
}
