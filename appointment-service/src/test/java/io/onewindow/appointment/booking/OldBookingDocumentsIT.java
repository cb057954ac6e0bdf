package io.onewindow.appointment.booking;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.appointment.booking.domain.Booking;
import io.onewindow.appointment.booking.domain.BookingStatus;
import io.onewindow.appointment.support.AppointmentIntegrationTest;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Bookings an agent stored before mandates, with a free-text {@code authorizationRef} and no
 * mandate: they still read, and an inspector can still cancel them.
 */
@AppointmentIntegrationTest
class OldBookingDocumentsIT {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    BookingStore bookings;

    @Autowired
    BookingOversight oversight;

    @Test
    void anOldAgentBookingWithAFreeTextAuthorizationStillReadsAndCanBeCancelled() {
        String id = "01d00000-0000-0000-0000-000000000001";
        mongo.getCollection("bookings")
                .insertOne(new Document("_id", id)
                        .append("code", "OLD2345678")
                        .append("servicePointId", "old-hall")
                        .append("matterCode", "MR-ENT-REG")
                        .append("department", "market-regulation")
                        .append("slotId", "old-hall|MR-ENT-REG|2026-12-09T09:00")
                        .append("day", "2026-12-09")
                        .append("slotStart", Date.from(Instant.parse("2026-12-09T01:00:00Z")))
                        .append("slotEnd", Date.from(Instant.parse("2026-12-09T01:20:00Z")))
                        .append("principalIdHash", "old-principal-hash")
                        .append("principalIdMasked", "440113********0001")
                        .append("bookedBySubject", "u-agent1")
                        .append("bookedByUsername", "agent1")
                        .append("bookedByAgent", true)
                        .append("channel", "PORTAL")
                        .append("fingerprintHash", "fp")
                        .append("authorizationRef", "x")
                        .append("guardKeys", List.of())
                        .append("bookedAt", Date.from(Instant.parse("2026-11-20T01:00:00Z")))
                        .append("status", "BOOKED")
                        .append("version", 3L)
                        .append("outbox", List.of()));

        Booking old = bookings.find(id).orElseThrow();
        assertThat(old.bookedBy().agent()).isTrue();
        assertThat(old.mandateId()).isNull();
        assertThat(old.intermediaryCode()).isNull();

        assertThat(oversight.cancelScalped(id, "booked before mandates, resold", "u-inspector1"))
                .extracting(Booking::status)
                .containsExactly(BookingStatus.CANCELLED);
        assertThat(bookings.find(id).orElseThrow().cancelReason()).isEqualTo(Booking.SCALPING);
    }
}
