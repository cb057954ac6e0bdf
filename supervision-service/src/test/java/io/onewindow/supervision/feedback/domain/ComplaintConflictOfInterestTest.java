package io.onewindow.supervision.feedback.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.platform.calendar.DueDate;
import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.events.approval.ApplicationSubmitted;
import io.onewindow.platform.events.approval.Channel;
import io.onewindow.supervision.CaseStory;
import io.onewindow.supervision.cases.domain.CaseTimeline;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComplaintConflictOfInterestTest {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private static final LocalDate DUE = LocalDate.parse("2026-03-09");

    private static Complaint complaint(Complaint.Target target, String targetId, List<String> involved) {
        return Complaint.file(
                "k1",
                "u-citizen1",
                "citizen1",
                Complaint.Channel.PORTAL,
                target,
                targetId,
                "market-regulation",
                "text",
                DueDate.official(DUE),
                5,
                involved,
                NOW);
    }

    @Test
    void theStaffOfACaseAreItsActorsButNotTheApplicantsSide() {
        CaseTimeline online = CaseTimeline.open("c1");
        CaseStory.of("c1")
                .submittedFor("PERSON", "440113********1235", null, "agent1", "agent1", "2026-03-02T08:00")
                .accepted("2026-03-02T08:10", "2026-03-16", "2026-03-30", "deptadmin1")
                .denied("2026-03-02T09:00", "no", "art. 1")
                .events()
                .forEach(e -> CaseStory.apply(online, e));

        assertThat(ComplaintSubjects.ofCase(online, "citizen1")).containsExactly("deptadmin1", "approver1");

        // Filed at a window: the officer who filed is staff.
        CaseTimeline window = CaseTimeline.open("c2");
        window.submitted(
                "e-c2",
                new ApplicationSubmitted(
                        "c2",
                        "AP-2",
                        "MR-001",
                        1,
                        "market-regulation",
                        Channel.WINDOW,
                        "ENTERPRISE",
                        "91440113********0166",
                        null,
                        "officer1",
                        NOW,
                        null));
        assertThat(ComplaintSubjects.ofCase(window, "enterprise1")).containsExactly("officer1");
    }

    @Test
    void aComplaintConcernsTheOfficerItNamesAndTheStaffInvolvedAndHidesFromThem() {
        Complaint aboutOfficer = complaint(Complaint.Target.OFFICER, "deptadmin1", List.of());
        assertThat(aboutOfficer.concerns("deptadmin1")).isTrue();
        assertThat(aboutOfficer.involved()).containsExactly("deptadmin1");
        assertThat(aboutOfficer.visibleToDepartmentAdmin("market-regulation", "deptadmin1"))
                .isFalse();
        // About a person: the discipline inspectors', not his department's, even for its other admins.
        assertThat(aboutOfficer.visibleToDepartmentAdmin("market-regulation", "deptadmin2"))
                .isFalse();
        assertThat(aboutOfficer.desk()).isEqualTo(ComplaintRouting.Desk.INSPECTION);
        assertThat(aboutOfficer.visibleToDepartmentAdmin("tax", "taxadmin")).isFalse();

        Complaint aboutCase = complaint(Complaint.Target.CASE, "c1", List.of("officer1", "deptadmin1"));
        assertThat(aboutCase.concerns("deptadmin1")).isTrue();
        assertThat(aboutCase.concerns("deptadmin2")).isFalse();
        assertThat(aboutCase.concerns(null)).isFalse();
    }

    @Test
    void theSubjectCannotAnswerAnotherAdminAndInspectionCan() {
        Complaint complaint = complaint(Complaint.Target.OFFICER, "deptadmin1", List.of());
        complaint.pullEvents();

        assertThatThrownBy(() -> complaint.answer("fine", "deptadmin1", "market-regulation", DUE, NOW))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> complaint.answer("no", "taxadmin", "tax", DUE, NOW))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> complaint.answerByInspection("x", "deptadmin1", DUE, NOW))
                .isInstanceOf(NotFoundException.class);
        assertThat(complaint.pullEvents()).isEmpty();

        complaint.answerByInspection("looked into it", "inspector1", DUE, NOW);
        assertThat(complaint.answeredBy()).isEqualTo("inspector1");
        assertThatThrownBy(() -> complaint.answer("again", "deptadmin2", "market-regulation", DUE, NOW))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> complaint.answerByInspection("again", "inspector2", DUE, NOW))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void inspectionLeavesComplaintsAboutNobodysConductToTheDepartment() {
        Complaint complaint = complaint(Complaint.Target.DEPARTMENT, "market-regulation", List.of());
        assertThat(complaint.namesStaff()).isFalse();
        assertThatThrownBy(() -> complaint.answerByInspection("x", "inspector1", DUE, NOW))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("code", "complaint.department-answers");
        complaint.answer("we will simplify the forms", "deptadmin1", "market-regulation", DUE, NOW);
        assertThat(complaint.answeredBy()).isEqualTo("deptadmin1");
    }
}
