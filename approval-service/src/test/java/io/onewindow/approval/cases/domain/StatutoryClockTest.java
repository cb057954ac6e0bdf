package io.onewindow.approval.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.approval.support.Matters;
import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.DomainException;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.events.approval.SuspensionProcedure;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The statutory clock at its boundaries (the food license: 20 statutory, 10 promised working days). */
class StatutoryClockTest {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.officialChina();
    private static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");

    private final StatutoryClock clock = new StatutoryClock(Matters.foodLicense("MR-SP-T"));

    @Test
    void theNoticePeriodIncludesItsLastWorkingDayAndIsOverTheDayAfter() {
        // Received Monday 2 March 2026: five working days end on Monday 9 March.
        clock.receive(AT, LocalDate.of(2026, 3, 2), CALENDAR, 5);

        assertThat(clock.art32Deadline()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(clock.noticePeriodOverOn(LocalDate.of(2026, 3, 9))).isFalse();
        assertThat(clock.noticePeriodOverOn(LocalDate.of(2026, 3, 10))).isTrue();
    }

    @Test
    void theNoticePeriodIsTheConfiguredNumberOfWorkingDays() {
        clock.receive(AT, LocalDate.of(2026, 3, 2), CALENDAR, 3);

        assertThat(clock.art32Deadline()).isEqualTo(LocalDate.of(2026, 3, 5));
    }

    @Test
    void anExtensionOfExactlyTenWorkingDaysIsAllowedOnceAndMovesOnlyTheStatutoryDueDate() {
        accepted();
        LocalDate promised = clock.promisedDueDate(CALENDAR);
        LocalDate statutory = clock.statutoryDueDate(CALENDAR);

        clock.extend(StatutoryClock.MAX_EXTENSION, "expert opinion needed", CALENDAR);

        assertThat(clock.statutoryDueDate(CALENDAR)).isEqualTo(CALENDAR.addWorkingDays(statutory, 10));
        assertThat(clock.promisedDueDate(CALENDAR)).isEqualTo(promised);
        assertRefused(() -> clock.extend(1, "again", CALENDAR), "clock.already-extended");
    }

    @Test
    void anExtensionOfElevenWorkingDaysOrNoneIsRefused() {
        accepted();

        assertRefused(() -> clock.extend(11, "too long", CALENDAR), "clock.extension-too-long");
        assertRefused(() -> clock.extend(0, "nothing", CALENDAR), "clock.extension-too-long");
        assertRefused(() -> clock.extend(5, " ", CALENDAR), "clock.reason-required");
    }

    @Test
    void aSuspensionAnnouncesOneToTwoHundredFiftyWorkingDaysAndStopsTheClockUntilResumed() {
        accepted();
        LocalDate start = LocalDate.of(2026, 3, 4);

        assertRefused(
                () -> clock.suspend(SuspensionProcedure.EXPERT_REVIEW, "r", 251, start, AT),
                "clock.invalid-expected-length");
        assertRefused(
                () -> clock.suspend(SuspensionProcedure.EXPERT_REVIEW, "r", 0, start, AT),
                "clock.invalid-expected-length");
        clock.suspend(SuspensionProcedure.EXPERT_REVIEW, "r", 250, start, AT);

        assertThat(clock.isSuspended()).isTrue();
        assertRefused(clock::requireRunning, "clock.suspended");
        Suspension ended = clock.resume(LocalDate.of(2026, 3, 11), AT, CALENDAR);
        assertThat(ended.pausedWorkingDays()).isEqualTo(5);
        assertThat(clock.isSuspended()).isFalse();
        assertRefused(() -> clock.resume(LocalDate.of(2026, 3, 12), AT, CALENDAR), "clock.not-suspended");
    }

    private void accepted() {
        clock.receive(AT, LocalDate.of(2026, 3, 2), CALENDAR, 5);
        clock.accept("officer1", AT, LocalDate.of(2026, 3, 2), false, CALENDAR);
    }

    private static void assertRefused(Runnable action, String code) {
        assertThatThrownBy(action::run)
                .isInstanceOfAny(ConflictException.class, InvalidValueException.class)
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo(code));
    }
}
