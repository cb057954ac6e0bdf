package io.onewindow.supervision.feedback.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.platform.calendar.DueDate;
import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.supervision.ComplaintFiled;
import io.onewindow.platform.events.supervision.DeadlineRecomputed;
import io.onewindow.platform.events.supervision.RectificationOpened;
import io.onewindow.supervision.CaseStory;
import io.onewindow.supervision.support.TestYear2027;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Complaint answer and rectification deadlines that run into provisional 2027, counted again from
 * their start day when the official year (made-up test data) is published.
 */
class ProvisionalFeedbackDeadlinesTest {

    private static final ZoneId ZONE = CaseStory.ZONE;
    private static final Instant MONDAY_DEC_28 = CaseStory.at("2026-12-28T10:00");
    private static final Instant RECOUNTED_AT = CaseStory.at("2027-01-04T12:00");
    private static final WorkingCalendar BEFORE = TestYear2027.provisional();
    private static final WorkingCalendar AFTER = TestYear2027.official();

    private static Complaint complaintFiledOnDecember28() {
        DueDate due = BEFORE.dueDate(LocalDate.ofInstant(MONDAY_DEC_28, ZONE), 5);
        return Complaint.file(
                "k1",
                "u-citizen1",
                "citizen1",
                Complaint.Channel.PORTAL,
                Complaint.Target.CASE,
                "c1",
                "market-regulation",
                "too slow",
                due,
                5,
                MONDAY_DEC_28);
    }

    private static boolean recount(Complaint complaint) {
        return complaint.recountDue(BEFORE, AFTER, ZONE, TestYear2027.YEAR, TestYear2027.REASON, RECOUNTED_AT);
    }

    @Test
    void aComplaintFiledOn2026_12_28HasAProvisionalAnswerDeadline() {
        Complaint complaint = complaintFiledOnDecember28();

        assertThat(complaint.dueOn()).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(complaint.dueProvisional()).isTrue();
        assertThat(complaint.pullEvents()).singleElement().isInstanceOfSatisfying(ComplaintFiled.class, e -> {
            assertThat(e.dueOn()).isEqualTo(LocalDate.of(2027, 1, 5));
            assertThat(e.dueProvisional()).isTrue();
        });
    }

    @Test
    void theOfficialYearMovesAnOpenComplaintsDeadlineOnceAndSaysWhy() {
        Complaint complaint = complaintFiledOnDecember28();
        complaint.pullEvents();

        assertThat(recount(complaint)).isTrue();

        assertThat(complaint.dueOn()).isEqualTo(LocalDate.of(2027, 1, 6));
        assertThat(complaint.dueProvisional()).isFalse();
        assertThat(complaint.dueChanges())
                .containsExactly(new DueDateChange(
                        LocalDate.of(2027, 1, 5),
                        LocalDate.of(2027, 1, 6),
                        false,
                        TestYear2027.REASON,
                        2027,
                        RECOUNTED_AT));
        assertThat(complaint.pullEvents())
                .containsExactly(new DeadlineRecomputed(
                        "k1",
                        DeadlineRecomputed.COMPLAINT_ANSWER,
                        "market-regulation",
                        "c1",
                        LocalDate.of(2027, 1, 5),
                        LocalDate.of(2027, 1, 6),
                        false,
                        TestYear2027.REASON,
                        2027,
                        RECOUNTED_AT));

        assertThat(recount(complaint)).as("counted again: nothing changes").isFalse();
        assertThat(complaint.pullEvents()).isEmpty();
        assertThat(complaint.dueChanges()).hasSize(1);
    }

    @Test
    void anAnsweredComplaintKeepsTheDeadlineItWasJudgedBy() {
        Complaint complaint = complaintFiledOnDecember28();
        complaint.answer("done", "deptadmin1", "market-regulation", LocalDate.of(2026, 12, 30), MONDAY_DEC_28);
        complaint.pullEvents();

        assertThat(recount(complaint)).isFalse();
        assertThat(complaint.dueOn()).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(complaint.pullEvents()).isEmpty();
    }

    @Test
    void aComplaintStoredWithoutItsWorkingDaysIsCountedWithThoseOfItsDeadline() {
        // As stored before complaints kept their working days and flag: only the date.
        Complaint complaint = Complaint.file(
                "k2",
                null,
                "admin1",
                Complaint.Channel.HOTLINE,
                Complaint.Target.OFFICER,
                "officer1",
                "market-regulation",
                "rude",
                LocalDate.of(2027, 1, 5),
                MONDAY_DEC_28);

        assertThat(recount(complaint)).isTrue();
        assertThat(complaint.dueOn()).isEqualTo(LocalDate.of(2027, 1, 6));
        assertThat(complaint.caseId()).isNull();
    }

    @Test
    void aComplaintDueWithinTheOfficialYearsIsLeftAlone() {
        Complaint complaint = Complaint.file(
                "k3",
                null,
                "admin1",
                Complaint.Channel.HOTLINE,
                Complaint.Target.OFFICER,
                "officer1",
                "market-regulation",
                "rude",
                BEFORE.dueDate(LocalDate.of(2026, 12, 21), 5),
                5,
                CaseStory.at("2026-12-21T10:00"));

        assertThat(complaint.dueOn()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(complaint.dueProvisional()).isFalse();
        assertThat(recount(complaint)).isFalse();
    }

    @Test
    void aBadRatingsRectificationDeadlineIsCountedAgainUntilFollowedUp() {
        Rating rating = Rating.give(
                Rating.Target.CASE,
                "c1",
                "market-regulation",
                5,
                "PC",
                "u-citizen1",
                null,
                BEFORE.dueDate(LocalDate.ofInstant(MONDAY_DEC_28, ZONE), 5),
                5,
                MONDAY_DEC_28);
        List<DomainEvent> opened = rating.pullEvents();
        assertThat(opened.get(1)).isInstanceOfSatisfying(RectificationOpened.class, e -> {
            assertThat(e.dueOn()).isEqualTo(LocalDate.of(2027, 1, 5));
            assertThat(e.dueProvisional()).isTrue();
        });

        assertThat(rating.recountRectification(
                        BEFORE, AFTER, ZONE, TestYear2027.YEAR, TestYear2027.REASON, RECOUNTED_AT))
                .isTrue();

        assertThat(rating.rectificationDueOn()).isEqualTo(LocalDate.of(2027, 1, 6));
        assertThat(rating.rectificationDueProvisional()).isFalse();
        assertThat(rating.pullEvents()).singleElement().isInstanceOfSatisfying(DeadlineRecomputed.class, e -> {
            assertThat(e.subjectId()).isEqualTo("rectification:CASE:c1");
            assertThat(e.aggregateId()).isEqualTo("rectification:CASE:c1");
            assertThat(e.deadline()).isEqualTo(DeadlineRecomputed.RECTIFICATION);
            assertThat(e.caseId()).isEqualTo("c1");
            assertThat(e.previous()).isEqualTo(LocalDate.of(2027, 1, 5));
            assertThat(e.current()).isEqualTo(LocalDate.of(2027, 1, 6));
        });
        assertThat(rating.recountRectification(
                        BEFORE, AFTER, ZONE, TestYear2027.YEAR, TestYear2027.REASON, RECOUNTED_AT))
                .isFalse();

        Rating followedUp = Rating.give(
                Rating.Target.CASE,
                "c2",
                "market-regulation",
                4,
                "PC",
                "u-citizen1",
                null,
                BEFORE.dueDate(LocalDate.ofInstant(MONDAY_DEC_28, ZONE), 5),
                5,
                MONDAY_DEC_28);
        followedUp.followUp("called", "deptadmin1", "market-regulation", MONDAY_DEC_28);
        assertThat(followedUp.recountRectification(
                        BEFORE, AFTER, ZONE, TestYear2027.YEAR, TestYear2027.REASON, RECOUNTED_AT))
                .isFalse();
        assertThat(followedUp.rectificationDueOn()).isEqualTo(LocalDate.of(2027, 1, 5));
    }

    @Test
    void aGoodRatingOpensNoRectificationToCount() {
        Rating rating = Rating.give(
                Rating.Target.VISIT,
                "bk1",
                "tax",
                2,
                "PC",
                "u-citizen1",
                null,
                BEFORE.dueDate(LocalDate.ofInstant(MONDAY_DEC_28, ZONE), 5),
                5,
                MONDAY_DEC_28);

        assertThat(rating.rectificationDueOn()).isNull();
        assertThat(rating.recountRectification(
                        BEFORE, AFTER, ZONE, TestYear2027.YEAR, TestYear2027.REASON, RECOUNTED_AT))
                .isFalse();
    }
}
