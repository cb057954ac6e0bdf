package io.onewindow.supervision.feedback.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.platform.calendar.DueDate;
import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.events.supervision.ComplaintAnswerRated;
import io.onewindow.platform.events.supervision.ComplaintAnswered;
import io.onewindow.platform.events.supervision.ComplaintAssigned;
import io.onewindow.platform.events.supervision.ComplaintClosed;
import io.onewindow.platform.events.supervision.ComplaintContested;
import io.onewindow.platform.events.supervision.ComplaintFiled;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComplaintHandlingTest {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-03-02");
    private static final LocalDate DUE = LocalDate.parse("2026-03-09");

    private static Complaint file(Complaint.Target target, String targetId, Complaint.Category category) {
        ComplaintRouting.Route route =
                ComplaintRouting.route(target, "market-regulation", null, category, code -> true);
        Complaint c = Complaint.file(
                "k1",
                "u-citizen1",
                "citizen1",
                Complaint.Channel.PORTAL,
                target,
                targetId,
                route,
                category,
                "the window hinted I should use an intermediary",
                DueDate.official(DUE),
                5,
                List.of(),
                NOW);
        c.pullEvents();
        return c;
    }

    private static void codeOf(Runnable action, Class<? extends RuntimeException> type, String code) {
        assertThatThrownBy(action::run).isInstanceOf(type).hasFieldOrPropertyWithValue("code", code);
    }

    @Test
    void inspectorsAssignAnswerAndCloseWithWhoAndWhen() {
        Complaint c = file(Complaint.Target.OFFICER, "officer1", Complaint.Category.INTERMEDIARY);
        assertThat(c.status()).isEqualTo(Complaint.Status.OPEN);
        assertThat(c.handlingDepartment()).isEqualTo("discipline-inspection");

        codeOf(() -> c.close("early", "inspector1", NOW), ConflictException.class, "complaint.not-answered");
        codeOf(() -> c.assign("officer1", "inspector1", NOW), ConflictException.class, "complaint.assignee-concerned");
        c.assign("inspector2", "inspector1", NOW.plusSeconds(60));
        assertThat(c.status()).isEqualTo(Complaint.Status.ASSIGNED);
        assertThat(c.assignee()).isEqualTo("inspector2");
        codeOf(
                () -> c.answerByInspection("mine", "inspector1", TODAY, NOW),
                AccessRefusedException.class,
                "complaint.assigned-elsewhere");

        c.answerByInspection("the officer was spoken to", "inspector2", TODAY, NOW.plusSeconds(120));
        assertThat(c.status()).isEqualTo(Complaint.Status.ANSWERED);
        assertThat(c.pullEvents())
                .containsExactly(
                        new ComplaintAssigned("k1", "inspector2", "inspector1", NOW.plusSeconds(60)),
                        new ComplaintAnswered("k1", "discipline-inspection", "inspector2", true, NOW.plusSeconds(120)));
        codeOf(() -> c.assign("inspector3", "inspector1", NOW), ConflictException.class, "complaint.already-answered");

        c.close("settled", "inspector1", NOW.plusSeconds(180));
        assertThat(c.status()).isEqualTo(Complaint.Status.CLOSED);
        assertThat(c.pullEvents())
                .containsExactly(new ComplaintClosed("k1", "market-regulation", "inspector1", NOW.plusSeconds(180)));
        codeOf(() -> c.close("again", "inspector1", NOW), ConflictException.class, "complaint.closed");
        assertThat(c.history())
                .extracting(ComplaintStep::action, ComplaintStep::by)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("FILED", "citizen1"),
                        org.assertj.core.groups.Tuple.tuple("ASSIGNED", "inspector1"),
                        org.assertj.core.groups.Tuple.tuple("ANSWERED", "inspector2"),
                        org.assertj.core.groups.Tuple.tuple("CLOSED", "inspector1"));
        assertThat(c.history().get(0).note()).isEqualTo("NAMES_STAFF");
    }

    @Test
    void itsEventsNameWhoHandlesItSoTheDepartmentIsNeverNotified() {
        Complaint routed = Complaint.file(
                "k2",
                "u-citizen1",
                "citizen1",
                Complaint.Channel.PORTAL,
                Complaint.Target.CASE,
                "c1",
                ComplaintRouting.route(
                        Complaint.Target.CASE, "market-regulation", null, Complaint.Category.BRIBERY, code -> true),
                Complaint.Category.BRIBERY,
                "asked for a red envelope",
                DueDate.official(DUE),
                5,
                List.of("officer1"),
                NOW);
        assertThat(routed.pullEvents())
                .singleElement()
                .isInstanceOfSatisfying(
                        ComplaintFiled.class, e -> assertThat(e.department()).isEqualTo("discipline-inspection"));
        assertThat(routed.department()).isEqualTo("market-regulation");
        routed.answerByInspection("looked into it", "inspector1", TODAY, NOW);
        assertThat(routed.pullEvents())
                .singleElement()
                .isInstanceOfSatisfying(
                        ComplaintAnswered.class, e -> assertThat(e.department()).isEqualTo("discipline-inspection"));

        Complaint departments = file(Complaint.Target.DEPARTMENT, "market-regulation", null);
        departments.answer("ok", "deptadmin1", "market-regulation", TODAY, NOW);
        assertThat(departments.pullEvents())
                .singleElement()
                .isInstanceOfSatisfying(
                        ComplaintAnswered.class, e -> assertThat(e.department()).isEqualTo("market-regulation"));
    }

    @Test
    void theDepartmentCannotTouchAComplaintOnTheInspectorsDesk() {
        Complaint c = file(Complaint.Target.CASE, "c1", Complaint.Category.BRIBERY);
        assertThat(c.visibleToDepartmentAdmin("market-regulation", "deptadmin2"))
                .isFalse();
        assertThatThrownBy(() -> c.answer("nothing", "deptadmin2", "market-regulation", TODAY, NOW))
                .isInstanceOf(NotFoundException.class);
        assertThat(c.answeredAt()).isNull();
        assertThat(c.history()).hasSize(1);
    }

    @Test
    void aDepartmentsComplaintIsNotTheInspectorsToAssignOrClose() {
        Complaint c = file(Complaint.Target.DEPARTMENT, "market-regulation", Complaint.Category.DELAY);
        assertThat(c.visibleToDepartmentAdmin("market-regulation", "deptadmin1"))
                .isTrue();
        codeOf(
                () -> c.assign("inspector1", "inspector1", NOW),
                ConflictException.class,
                "complaint.department-answers");
        c.answer("we are faster now", "deptadmin1", "market-regulation", TODAY, NOW);
        codeOf(() -> c.close("x", "inspector1", NOW), ConflictException.class, "complaint.department-answers");
    }

    @Test
    void theComplainantContestsOnceAndTheComplaintReopensWithTheInspectors() {
        Complaint c = file(Complaint.Target.DEPARTMENT, "market-regulation", Complaint.Category.DELAY);
        DueDate later = DueDate.official(LocalDate.parse("2026-03-20"));
        codeOf(
                () -> c.contest("no answer yet", "citizen1", later, 5, NOW),
                ConflictException.class,
                "complaint.not-answered");
        c.answer("we are faster now", "deptadmin1", "market-regulation", TODAY, NOW);
        c.pullEvents();

        c.contest("they are not", "citizen1", later, 5, NOW.plusSeconds(3600));
        // The event names the contested answer's author and the new deadline, never the complainant or his reason.
        assertThat(c.pullEvents())
                .containsExactly(new ComplaintContested(
                        "k1", "market-regulation", "deptadmin1", later.date(), false, NOW.plusSeconds(3600)));
        assertThat(c.status()).isEqualTo(Complaint.Status.OPEN);
        assertThat(c.desk()).isEqualTo(ComplaintRouting.Desk.INSPECTION);
        assertThat(c.routedBecause()).isEqualTo(ComplaintRouting.Reason.CONTESTED);
        assertThat(c.dueOn()).isEqualTo(LocalDate.parse("2026-03-20"));
        assertThat(c.reply()).isNull();
        assertThat(c.visibleToDepartmentAdmin("market-regulation", "deptadmin1"))
                .isFalse();
        assertThat(c.history()).extracting(ComplaintStep::note).contains("we are faster now", "they are not");

        c.answerByInspection("inspection checked the dates", "inspector1", TODAY, NOW.plusSeconds(7200));
        codeOf(
                () -> c.contest("still not", "citizen1", later, 5, NOW),
                ConflictException.class,
                "complaint.already-contested");
        assertThat(c.reply()).isEqualTo("inspection checked the dates");
    }

    @Test
    void theComplainantRatesTheAnswerOnceFromOneToFive() {
        Complaint c = file(Complaint.Target.OFFICER, "officer1", null);
        codeOf(() -> c.rate(2, "citizen1", NOW), ConflictException.class, "complaint.not-answered");
        c.answerByInspection("done", "inspector1", TODAY, NOW);
        codeOf(() -> c.rate(0, "citizen1", NOW), InvalidValueException.class, "complaint.rating-level");
        codeOf(() -> c.rate(6, "citizen1", NOW), InvalidValueException.class, "complaint.rating-level");
        c.pullEvents();
        c.rate(2, "citizen1", NOW);
        assertThat(c.ratingLevel()).isEqualTo(2);
        assertThat(c.pullEvents())
                .containsExactly(new ComplaintAnswerRated("k1", "market-regulation", "inspector1", 2, NOW));
        codeOf(() -> c.rate(1, "citizen1", NOW), ConflictException.class, "complaint.already-rated");
        assertThat(c.ratingLevel()).isEqualTo(2);
        assertThat(c.pullEvents()).isEmpty();
    }
}
