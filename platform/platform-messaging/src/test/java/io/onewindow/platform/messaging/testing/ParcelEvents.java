package io.onewindow.platform.messaging.testing;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.LocalDate;

/** Test events of a small "parcel" aggregate: past tense, ids only, versioned wire types. */
public final class ParcelEvents {

    private ParcelEvents() {}

    @EventType("onewindow.test.ParcelRegistered.v1")
    public record ParcelRegistered(String parcelId, String recipient, LocalDate dueOn) implements DomainEvent {

        @Override
        public String aggregateId() {
            return parcelId;
        }
    }

    @EventType("onewindow.test.ParcelDispatched.v1")
    public record ParcelDispatched(String parcelId, int step) implements DomainEvent {

        @Override
        public String aggregateId() {
            return parcelId;
        }
    }

    @EventType("onewindow.test.ParcelDelivered.v1")
    public record ParcelDelivered(String parcelId) implements DomainEvent {

        @Override
        public String aggregateId() {
            return parcelId;
        }
    }

    /** An event without a wire type: refused. */
    public record Untyped(String parcelId) implements DomainEvent {

        @Override
        public String aggregateId() {
            return parcelId;
        }
    }
}
