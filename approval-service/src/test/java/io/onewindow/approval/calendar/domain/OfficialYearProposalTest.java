package io.onewindow.approval.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.platform.calendar.CalendarDay;
import io.onewindow.platform.calendar.YearArrangement;
import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.DomainException;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.events.approval.CalendarYearPublished;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfficialYearProposalTest {

    private static final Instant NOW = Instant.parse("2026-12-10T02:00:00Z");
    // Made-up test data, not the real 2027 notice.
    private static final YearArrangement TEST_2027 = new YearArrangement(
            Year.of(2027),
            List.of(
                    CalendarDay.dayOff(LocalDate.of(2027, 1, 1), "New Year"),
                    CalendarDay.makeUpWorkingDay(LocalDate.of(2027, 1, 9), "New Year")));

    private static OfficialYearProposal entered() {
        return OfficialYearProposal.enter(
                "p-1", TEST_2027, "TEST-NOTICE", LocalDate.of(2026, 12, 1), false, "admin1", NOW);
    }

    private static String codeOf(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e.code();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aSecondPlatformAdminPublishesIt() {
        OfficialYearProposal p = entered();
        assertThat(p.pullEvents()).as("nothing counts before confirmation").isEmpty();

        p.confirm("admin2", false, NOW);

        assertThat(p.status()).isEqualTo(ProposalStatus.PUBLISHED);
        assertThat(p.pullEvents()).singleElement().isInstanceOfSatisfying(CalendarYearPublished.class, e -> {
            assertThat(e.year()).isEqualTo(2027);
            assertThat(e.enteredBy()).isEqualTo("admin1");
            assertThat(e.confirmedBy()).isEqualTo("admin2");
            assertThat(e.noticeNumber()).isEqualTo("TEST-NOTICE");
            assertThat(e.arrangement().sameDaysAs(TEST_2027)).isTrue();
        });
    }

    @Test
    void theOneWhoEnteredItCannotConfirmOrRejectIt() {
        OfficialYearProposal p = entered();
        assertThatThrownBy(() -> p.confirm("admin1", false, NOW)).isInstanceOf(AccessRefusedException.class);
        assertThat(codeOf(() -> p.reject("admin1", "wrong", NOW))).isEqualTo("calendar.four-eyes");
        assertThat(p.status()).isEqualTo(ProposalStatus.PROPOSED);
        assertThat(p.pullEvents()).isEmpty();
    }

    @Test
    void anOfficialYearIsNeverEnteredOrPublishedAgain() {
        assertThat(codeOf(() -> OfficialYearProposal.enter(
                        "p-2", TEST_2027, "N", LocalDate.of(2026, 12, 1), true, "admin1", NOW)))
                .isEqualTo("calendar.year-official");
        OfficialYearProposal p = entered();
        assertThatThrownBy(() -> p.confirm("admin2", true, NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aRejectionNeedsAReasonAndEndsTheEntry() {
        OfficialYearProposal p = entered();
        assertThatThrownBy(() -> p.reject("admin2", " ", NOW)).isInstanceOf(InvalidValueException.class);

        p.reject("admin2", "2027-02-06 is missing", NOW);

        assertThat(p.status()).isEqualTo(ProposalStatus.REJECTED);
        assertThat(p.rejectionReason()).isEqualTo("2027-02-06 is missing");
        assertThat(codeOf(() -> p.confirm("admin3", false, NOW))).isEqualTo("calendar.not-proposed");
    }
}
