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
            TicketRecalled.class,
            Served.class,
            NoShow.class,
            BookingBanImposed.class,
            BanLifted.class,
            ScheduleChanged.class,
            IdentityConfirmedAtWindow.class);

    /** The registry's events: they name places and windows (a hall's name is not a person's). */
    static final List<Class<? extends DomainEvent>> REGISTRY_EVENTS =
            List.of(ServicePointRecorded.class, StaffAssignmentsRecorded.class);

    @Test
    void everyEventIsAPastTenseVersionedRecordOfTheAppointmentService() {
        for (Class<? extends DomainEvent> event : java.util.stream.Stream.concat(
                        EVENTS.stream(), REGISTRY_EVENTS.stream())
                .toList()) {
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
                TicketRecalled.class,
                Served.class,
                NoShow.class)) {
            RecordComponent[] components = event.getRecordComponents();
            // A ticket's linked parts (一号联办) were appended after it, as it was after the rest.
            // A booking's release and the day's places (how fast a released day fills) were appended after it.
            int trailing = event == TicketIssued.class ? 2 : event == Booked.class ? 3 : 0;
            RecordComponent last = components[components.length - 1 - trailing];
            assertThat(last.getName()).as(event.getSimpleName()).isEqualTo("department");
            assertThat(last.getType()).as(event.getSimpleName()).isEqualTo(String.class);
        }
    }

    @Test
    void aBookingCarriesTheReleaseAndTheDaysPlacesLastAndOlderBookingsReadThemAsNull() {
        RecordComponent[] components = Booked.class.getRecordComponents();
        assertThat(Arrays.stream(components).skip(components.length - 3).map(RecordComponent::getName))
                .containsExactly("releasedAt", "dayPlaces", "dayPlacesLeft");
        Booked old =
                new Booked("b-1", "C", null, "hall", "M", Instant.EPOCH, "h", "m", null, null, null, "f", false, "tax");
        assertThat(old.releasedAt()).isNull();
        assertThat(old.dayPlaces()).isNull();
        assertThat(old.dayPlacesLeft()).isNull();
    }

    @Test
    void aTicketForOneBookingServesNoLinkedParts() {
        var single = new TicketIssued("t-1", "hall", "B001", "M", "b-1", false, "h", "s", "market-regulation");
        var linked = new TicketIssued(
                "t-2",
                "hall",
                "A001",
                "RE-TRANSFER-REG",
                "b-2",
                false,
                "h",
                "s",
                "real-estate-registration",
                "HOUSING-TRANSFER",
                List.of(
                        new TicketIssued.LinkedPart("b-2", "RE-TRANSFER-REG", "real-estate-registration"),
                        new TicketIssued.LinkedPart("b-3", "TAX-HOUSING-DEED", "tax")));

        assertThat(single.linked()).isFalse();
        assertThat(single.linkedParts()).isEmpty();
        assertThat(linked.linked()).isTrue();
        assertThat(linked.linkedParts())
                .extracting(TicketIssued.LinkedPart::department)
                .containsExactly("real-estate-registration", "tax");
    }

    @Test
    void registryEventsAreKeyedByThePointAndTheStaffMember() {
        var point = new ServicePointRecorded(
                "hall-tax",
                3,
                "OFFER_CHANGED",
                "番禺区税务局办税服务厅",
                4,
                null,
                "广州市番禺区市桥街",
                true,
                List.of(new ServicePointRecorded.Window("1", "综合受理窗口", true, null, true)),
                List.of(new ServicePointRecorded.Offer("TX-DJ-001", "tax", "T", 20, 4)),
                null,
                "admin-subject");
        var staff = new StaffAssignmentsRecorded(
                "officer4", 1, "tax", List.of(new StaffAssignmentsRecorded.Post("hall-tax", "1")), "system");

        assertThat(point.aggregateId()).isEqualTo("hall-tax");
        assertThat(point.linkedBusinesses()).isEmpty();
        assertThat(staff.aggregateId()).isEqualTo("officer4");
        // Only staff logins, never an ID number, travel with the assignments.
        assertThat(Arrays.stream(StaffAssignmentsRecorded.class.getRecordComponents())
                        .map(RecordComponent::getName))
                .noneMatch(f ->
                        f.toLowerCase().contains("idnumber") || f.toLowerCase().contains("idhash"));
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
