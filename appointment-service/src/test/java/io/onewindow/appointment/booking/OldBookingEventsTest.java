package io.onewindow.appointment.booking;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.platform.events.appointment.Booked;
import io.onewindow.platform.events.appointment.Cancelled;
import io.onewindow.platform.events.appointment.Rescheduled;
import io.onewindow.platform.messaging.codec.EventCodec;
import org.junit.jupiter.api.Test;

/** Events written before {@code slotProvisional} existed still read, as not provisional. */
class OldBookingEventsTest {

    static final EventCodec CODEC = new EventCodec();

    static String envelope(String type, String data) {
        return """
                {"specversion":"1.0","id":"evt-old-1","source":"/onewindow/appointment-service",
                 "type":"onewindow.appointment.%s.v1","subject":"b-1","time":"2026-11-01T01:00:00Z",
                 "datacontenttype":"application/json","data":%s}""".formatted(type, data);
    }

    @Test
    void readsEventsWithoutTheFieldAsNotProvisional() {
        Booked booked = CODEC.read(envelope("Booked", """
                {"bookingId":"b-1","bookingCode":"CODE234567","servicePointId":"hall","matterCode":"M",
                 "slotStart":"2026-12-02T01:00:00Z","principalIdHash":"h","principalIdMasked":"m",
                 "channel":"PORTAL","fingerprintHash":"fp","department":"market-regulation"}"""), Booked.class).data();
        assertThat(booked.slotProvisional()).isFalse();
        assertThat(booked.department()).isEqualTo("market-regulation");
        Cancelled cancelled =
                CODEC.read(envelope("Cancelled", """
                {"bookingId":"b-1","servicePointId":"hall","matterCode":"M","slotStart":"2026-12-02T01:00:00Z",
                 "principalIdHash":"h","reason":"BY_PERSON","cancelledBySubject":"u-1"}"""), Cancelled.class).data();
        assertThat(cancelled.slotProvisional()).isFalse();
        Rescheduled rescheduled =
                CODEC.read(envelope("Rescheduled", """
                {"bookingId":"b-1","servicePointId":"hall","matterCode":"M",
                 "previousSlotStart":"2026-12-02T01:00:00Z","slotStart":"2026-12-03T01:00:00Z",
                 "principalIdHash":"h"}"""), Rescheduled.class).data();
        assertThat(rescheduled.slotProvisional()).isFalse();
    }

    @Test
    void writesAndReadsTheFieldByName() {
        Booked booked = new Booked(
                "b-2",
                "CODE234567",
                null,
                "hall",
                "M",
                java.time.Instant.parse("2027-01-05T01:00:00Z"),
                "h",
                "m",
                null,
                null,
                io.onewindow.platform.events.appointment.BookingChannel.PORTAL,
                "fp",
                true,
                "market-regulation");
        String json = CODEC.write(io.onewindow.platform.events.EventEnvelope.wrap(
                "/onewindow/appointment-service", booked, java.time.Instant.EPOCH));
        assertThat(json).contains("\"slotProvisional\":true");
        assertThat(CODEC.read(json, Booked.class).data()).isEqualTo(booked);
    }
}
