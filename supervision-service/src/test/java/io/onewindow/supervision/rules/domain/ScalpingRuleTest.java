package io.onewindow.supervision.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.platform.events.appointment.Booked;
import io.onewindow.platform.events.appointment.BookingChannel;
import io.onewindow.platform.events.appointment.Cancelled;
import io.onewindow.platform.events.appointment.CheckInRefused;
import io.onewindow.platform.events.appointment.NoShow;
import io.onewindow.supervision.visits.domain.Visit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScalpingRuleTest {

    private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");
    private final ScalpingRule rule = new ScalpingRule(true, Duration.ofHours(24), 3, 3, 10, 30);

    static Visit booked(String id, String principal, String agent, String device, Instant at) {
        return booked(id, principal, agent, device, at, "market-regulation");
    }

    static Visit booked(String id, String principal, String agent, String device, Instant at, String department) {
        Visit v = Visit.open(id);
        v.booked(
                "evt-" + id,
                new Booked(
                        id,
                        "CODE-" + id,
                        null,
                        "sp-1",
                        "MR-001",
                        at.plus(Duration.ofDays(2)),
                        principal,
                        "440113********0000",
                        agent == null ? null : "u-" + agent,
                        agent,
                        BookingChannel.PORTAL,
                        device,
                        department),
                at);
        return v;
    }

    @Test
    void flagsOneDeviceBookingForMoreThanThreePeopleWithinADay() {
        List<Visit> bookings = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            bookings.add(booked("b" + i, "person-" + i, null, "device-1", T0.plus(Duration.ofHours(i))));
        }
        assertThat(rule.manyPrincipals("DEVICE", "device-1", bookings, T0.plus(Duration.ofHours(3))))
                .hasValueSatisfying(alert -> {
                    assertThat(alert.ruleCode()).isEqualTo(ScalpingRule.MANY_PRINCIPALS_DEVICE);
                    assertThat(alert.evidence()).containsExactly("evt-b0", "evt-b1", "evt-b2", "evt-b3");
                    // The bookings themselves, so an inspector can open them in appointment-service.
                    assertThat(alert.details())
                            .containsEntry(ScalpingRule.BOOKING_IDS, List.of("b0", "b1", "b2", "b3"));
                });
    }

    @Test
    void bookingsSpreadOverDaysOrForTheSamePeopleAreInOrder() {
        List<Visit> spread = new ArrayList<>();
        List<Visit> samePeople = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            spread.add(booked("b" + i, "person-" + i, "agent1", "d", T0.plus(Duration.ofDays(i))));
            samePeople.add(booked("c" + i, "person-" + (i % 2), "agent1", "d", T0.plus(Duration.ofHours(i))));
        }
        assertThat(rule.manyPrincipals("AGENT", "agent1", spread, T0.plus(Duration.ofDays(3))))
                .isEmpty();
        assertThat(rule.manyPrincipals("AGENT", "agent1", samePeople, T0.plus(Duration.ofHours(3))))
                .isEmpty();
    }

    @Test
    void flagsOneAgentBookingForMoreThanThreePeopleAndNamesTheBookings() {
        List<Visit> bookings = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            bookings.add(booked("bk" + i, "person-" + i, "scalper", null, T0.plusSeconds(i * 60L)));
        }
        assertThat(rule.manyPrincipals("AGENT", "scalper", bookings.subList(0, 3), T0.plusSeconds(120)))
                .isEmpty();
        assertThat(rule.manyPrincipals("AGENT", "scalper", bookings, T0.plusSeconds(180)))
                .hasValueSatisfying(alert -> {
                    assertThat(alert.alertId()).isEqualTo("booking.many-principals-agent:AGENT:scalper");
                    assertThat(alert.details())
                            .containsEntry(ScalpingRule.BOOKING_IDS, List.of("bk0", "bk1", "bk2", "bk3"));
                    assertThat(alert.raisedAt()).isEqualTo(T0.plusSeconds(180));
                });
        // The bookings' events arrive from several partitions: the earliest one handled last gives the same alert.
        assertThat(rule.manyPrincipals(
                        "AGENT",
                        "scalper",
                        List.of(bookings.get(3), bookings.get(2), bookings.get(1), bookings.get(0)),
                        T0))
                .isEqualTo(rule.manyPrincipals("AGENT", "scalper", bookings, T0.plusSeconds(180)));
    }

    @Test
    void flagsARefusedCheckIn() {
        var refused = new CheckInRefused("b1", "sp-1", "MR-001", "p1", "p2", "u-officer1", "officer1", "tax");
        assertThat(rule.identityMismatch("evt-9", refused, T0)).hasValueSatisfying(alert -> {
            assertThat(alert.subjectId()).isEqualTo("b1");
            assertThat(alert.department()).isEqualTo("tax");
            assertThat(alert.details()).containsEntry(ScalpingRule.BOOKING_IDS, List.of("b1"));
        });
        assertThat(new ScalpingRule(false, Duration.ofHours(24), 3, 3, 10, 30).identityMismatch("evt-9", refused, T0))
                .isEmpty();
    }

    @Test
    void flagsCancelAndRebookChurn() {
        List<Visit> visits = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Visit v = booked("b" + i, "p1", null, "d", T0.plus(Duration.ofHours(i)));
            if (i < 3) {
                v.cancelled(
                        "evt-x" + i,
                        new Cancelled(
                                "b" + i,
                                null,
                                "sp-1",
                                "MR-001",
                                T0,
                                "p1",
                                "BY_PERSON",
                                null,
                                "u",
                                BookingChannel.PORTAL,
                                "d",
                                "market-regulation"),
                        T0.plus(Duration.ofHours(i)).plusSeconds(60));
            }
            visits.add(v);
        }
        assertThat(rule.churn("p1", visits, T0.plus(Duration.ofHours(3)))).hasValueSatisfying(alert -> {
            assertThat(alert.evidence()).containsExactly("evt-x0", "evt-x1", "evt-x2");
            assertThat(alert.details()).containsEntry(ScalpingRule.BOOKING_IDS, List.of("b0", "b1", "b2"));
            assertThat(alert.department()).isEqualTo("market-regulation");
        });
        assertThat(rule.churn("p1", visits.subList(0, 2), T0.plus(Duration.ofHours(3))))
                .isEmpty();
    }

    @Test
    void flagsAServicePointWithTooManyNoShows() {
        List<Visit> month = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Visit v = booked("b" + i, "p" + i, null, "d" + i, T0);
            if (i < 3) {
                v.noShow(
                        "evt-n" + i,
                        new NoShow("b" + i, "sp-1", "MR-001", T0, "p" + i, "m", null, "market-regulation"));
            }
            month.add(v);
        }
        assertThat(rule.noShowRate("sp-1", "2026-03", month, T0))
                .hasValueSatisfying(alert -> assertThat(alert.department()).isEqualTo("market-regulation"));
        assertThat(rule.noShowRate("sp-1", "2026-03", month.subList(0, 9), T0)).isEmpty();
    }

    @Test
    void aDeviceAlertGoesToTheDepartmentItsBookingsShareAndToInspectorsAloneWhenTheySpanSeveral() {
        List<Visit> oneDepartment = new ArrayList<>();
        List<Visit> twoDepartments = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Instant at = T0.plus(Duration.ofHours(i));
            oneDepartment.add(booked("b" + i, "person-" + i, null, "device-1", at, "tax"));
            twoDepartments.add(booked("c" + i, "person-" + i, null, "device-2", at, i < 2 ? "tax" : "public-security"));
        }
        Instant after = T0.plus(Duration.ofHours(3));
        assertThat(rule.manyPrincipals("DEVICE", "device-1", oneDepartment, after))
                .hasValueSatisfying(alert -> assertThat(alert.department()).isEqualTo("tax"));
        assertThat(rule.manyPrincipals("DEVICE", "device-2", twoDepartments, after))
                .hasValueSatisfying(alert -> assertThat(alert.department()).isNull());
    }

    @Test
    void eventsWrittenBeforeTheDepartmentWasCarriedStillRaiseTheirAlertsWithoutOne() {
        var oldRefusal = new CheckInRefused("b1", "sp-1", "MR-001", "p1", "p2", "u-officer1", "officer1", null);
        assertThat(rule.identityMismatch("evt-9", oldRefusal, T0))
                .hasValueSatisfying(alert -> assertThat(alert.department()).isNull());
        List<Visit> oldBookings = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            oldBookings.add(booked("b" + i, "person-" + i, "agent1", "d", T0.plus(Duration.ofHours(i)), null));
        }
        assertThat(rule.manyPrincipals("AGENT", "agent1", oldBookings, T0.plus(Duration.ofHours(3))))
                .hasValueSatisfying(alert -> assertThat(alert.department()).isNull());
    }
}
