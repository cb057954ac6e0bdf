package io.onewindow.supervision.visits.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.platform.events.appointment.Booked;
import io.onewindow.platform.events.appointment.BookingChannel;
import io.onewindow.platform.events.appointment.CheckedIn;
import io.onewindow.platform.events.appointment.Served;
import io.onewindow.platform.messaging.codec.EventCodec;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VisitTest {

    private static final Instant SLOT = Instant.parse("2026-03-04T01:00:00Z");

    @Test
    void takesTheDepartmentOfTheBookedMatterFromWhicheverEventComesFirst() {
        Visit checkedInFirst = Visit.open("b-1");
        checkedInFirst.checkedIn(
                "e-2", new CheckedIn("b-1", "sp-1", "TAX-HOUSING-DEED", SLOT, "p", "T001", "u-o", "o", "tax"));
        checkedInFirst.booked("e-1", booked("b-1", "tax"), SLOT.minusSeconds(86_400));

        assertThat(checkedInFirst.department()).isEqualTo("tax");
        assertThat(checkedInFirst.status()).isEqualTo(Visit.Status.CHECKED_IN);
    }

    @Test
    void aBookedEventWithoutDepartmentDoesNotEraseOneAlreadyKnown() {
        Visit visit = Visit.open("b-1");
        visit.served(
                "e-3", new Served("t-1", "sp-1", "T001", "b-1", "TAX-HOUSING-DEED", false, 300, "u-o", "tax"), SLOT);
        visit.booked("e-1", booked("b-1", null), SLOT.minusSeconds(86_400));

        assertThat(visit.department()).isEqualTo("tax");
    }

    @Test
    void readsAnEventWrittenBeforeAppointmentEventsCarriedTheDepartment() {
        String written = """
                {"specversion":"1.0","id":"e-old","source":"/onewindow/appointment-service",
                 "type":"onewindow.appointment.Booked.v1","subject":"b-old","time":"2026-03-01T02:00:00Z",
                 "datacontenttype":"application/json",
                 "data":{"bookingId":"b-old","bookingCode":"CODE","linkCode":null,"servicePointId":"sp-1",
                         "matterCode":"MR-001","slotStart":"2026-03-04T01:00:00Z","principalIdHash":"p",
                         "principalIdMasked":"440113********1235","agentSubject":null,"agentUsername":null,
                         "channel":"PORTAL","fingerprintHash":"fp"}}""";

        Booked old = new EventCodec().read(written, Booked.class).data();
        Visit visit = Visit.open("b-old");
        visit.booked("e-old", old, Instant.parse("2026-03-01T02:00:00Z"));

        assertThat(old.department()).isNull();
        assertThat(visit.department()).isNull();
        assertThat(visit.matterCode()).isEqualTo("MR-001");
    }

    private static Booked booked(String id, String department) {
        return new Booked(
                id,
                "CODE",
                null,
                "sp-1",
                "TAX-HOUSING-DEED",
                SLOT,
                "p",
                "440113********1235",
                null,
                null,
                BookingChannel.PORTAL,
                "fp",
                department);
    }
}
