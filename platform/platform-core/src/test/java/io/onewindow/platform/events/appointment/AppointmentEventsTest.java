package io.onewindow.platform.events.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventTypes;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppointmentEventsTest {

    static final List<Class<? extends DomainEvent>> EVENTS = List.of(
            Booked.class,
            Cancelled.class,
            Rescheduled.class,
            CheckedIn.class,
            CheckInRefused.class,
            TicketIssued.class,
            TicketCalled.class,
            Served.class,
            NoShow.class,
            BookingBanImposed.class,
            BanLifted.class,
            ScheduleChanged.class);

    @Test
    void everyEventIsAPastTenseVersionedRecordOfTheAppointmentService() {
        for (Class<? extends DomainEvent> event : EVENTS) {
            assertThat(event.isRecord()).as(event.getSimpleName()).isTrue();
            assertThat(event.getSimpleName()).doesNotEndWith("Event");
            String type = event.getAnnotation(io.onewindow.platform.events.EventType.class)
                    .value();
            assertThat(type).isEqualTo("onewindow.appointment." + event.getSimpleName() + ".v1");
        }
    }

    @Test
    void noEventCarriesAFullIdNumberOrAName() {
        for (Class<? extends DomainEvent> event : EVENTS) {
            List<String> fields = Arrays.stream(event.getRecordComponents())
                    .map(RecordComponent::getName)
                    .toList();
            assertThat(fields)
                    .as(event.getSimpleName())
                    .noneMatch(f -> f.equalsIgnoreCase("idNumber")
                            || f.toLowerCase().endsWith("idnumber")
                            // usernames are logins of staff and agents, not people's names
                            || (f.toLowerCase().endsWith("name") && !f.endsWith("Username")));
        }
    }

    @Test
    void everyEventAboutABookingOrTicketNamesTheResponsibleDepartmentLast() {
        // Appended, so older events (without it) still read, as null, by name.
        for (Class<? extends DomainEvent> event : List.of(
                Booked.class,
                Cancelled.class,
                Rescheduled.class,
                CheckedIn.class,
                CheckInRefused.class,
                TicketIssued.class,
                TicketCalled.class,
                Served.class,
                NoShow.class)) {
            RecordComponent[] components = event.getRecordComponents();
            RecordComponent last = components[components.length - 1];
            assertThat(last.getName()).as(event.getSimpleName()).isEqualTo("department");
            assertThat(last.getType()).as(event.getSimpleName()).isEqualTo(String.class);
        }
    }

    @Test
    void isKeyedByItsAggregate() {
        Booked booked = new Booked(
                "b-1",
                "CODE",
                null,
                "hall",
                "M",
                Instant.EPOCH,
                "h",
                "440113********1235",
                null,
                null,
                BookingChannel.PORTAL,
                "fp",
                "market-regulation");
        assertThat(booked.aggregateId()).isEqualTo("b-1");
        assertThat(EventTypes.typeOf(booked)).isEqualTo("onewindow.appointment.Booked.v1");
        ScheduleChanged changed = new ScheduleChanged("hall", "DAY_CLOSED", List.of(LocalDate.EPOCH), "r", 0, "admin");
        assertThat(changed.aggregateId()).isEqualTo("hall");
        assertThat(new BookingBanImposed("ban-1", "h", "m", "NO_SHOWS", 2, Instant.EPOCH).aggregateId())
                .isEqualTo("ban-1");
    }
}
