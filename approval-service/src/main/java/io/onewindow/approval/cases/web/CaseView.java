package io.onewindow.approval.cases.web;

import io.onewindow.approval.cases.domain.ApplicationCase;
import io.onewindow.approval.cases.domain.ClockView;
import io.onewindow.approval.cases.domain.CompletedStep;
import io.onewindow.approval.cases.domain.CorrectionNotice;
import io.onewindow.approval.cases.domain.Decision;
import io.onewindow.approval.cases.domain.StatutoryClock;
import io.onewindow.approval.cases.domain.SubmittedMaterial;
import io.onewindow.approval.cases.domain.Suspension;
import io.onewindow.platform.calendar.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A case as answered: applicant code masked, the clock as of today, the next catalog step, and the
 * hall visit it was received from ({@code visit}: service point, tier, window, ticket), if any, and the
 * linked filing (联办件, {@code linked}: its number and business) it is one department's part of, if any.
 */
record CaseView(
        String id,
        String caseNumber,
        String matterCode,
        int matterVersion,
        String matterName,
        String department,
        String state,
        String preReview,
        List<String> defects,
        Applicant applicant,
        String agent,
        String filedBy,
        String channel,
        Map<String, String> formData,
        List<Material> materials,
        Instant receivedAt,
        List<CorrectionNotice> corrections,
        Instant acceptedAt,
        boolean acceptedAutomatically,
        Clock clock,
        List<CompletedStep> steps,
        String nextStep,
        Decision decision,
        Instant closedAt,
        io.onewindow.approval.cases.domain.Visit visit,
        io.onewindow.approval.cases.domain.Delivery delivery,
        io.onewindow.approval.cases.domain.LinkedFiling linked) {

    record Applicant(String type, String name, String maskedCode) {}

    /** A material given; {@code licenseCheck} is the e-license service's verdict, or UNCHECKED. */
    record Material(
            String materialCode,
            String fileId,
            String fileName,
            String licenseIdentifier,
            String licenseCheck,
            Boolean licenseBelongsToApplicant,
            Instant checkedAt) {

        static Material of(SubmittedMaterial m) {
            return new Material(
                    m.materialCode(),
                    m.fileId(),
                    m.fileName(),
                    m.licenseIdentifier(),
                    m.check() == null ? null : m.check().status().name(),
                    m.check() == null ? null : m.check().belongsToHolder(),
                    m.check() == null ? null : m.check().checkedAt());
        }
    }

    /** A period the clock stood still. */
    record Pause(
            String procedure,
            String reason,
            int expectedWorkingDays,
            LocalDate startedOn,
            LocalDate endedOn,
            int pausedWorkingDays) {

        static Pause of(Suspension s) {
            return new Pause(
                    s.procedure().name(),
                    s.reason(),
                    s.expectedWorkingDays(),
                    s.startedOn(),
                    s.endedOn(),
                    s.pausedWorkingDays());
        }
    }

    /**
     * The statutory clock as of today; see {@link ClockView}. A date counted over a year whose
     * official holiday arrangement is not published yet is provisional (临时推算): its flag is
     * {@code true}, {@code provisionalNote} says so in words, and the date may move when the
     * official arrangement is entered (the case then gets {@code CaseDeadlinesRecomputed}).
     */
    record Clock(
            LocalDate acceptedOn,
            LocalDate statutoryDueDate,
            LocalDate promisedDueDate,
            int workingDaysUsed,
            int statutoryWorkingDaysLeft,
            int promisedWorkingDaysLeft,
            int extensionWorkingDays,
            boolean suspended,
            List<Pause> pauses,
            LocalDate art32Deadline,
            boolean statutoryDueDateProvisional,
            boolean promisedDueDateProvisional,
            boolean art32DeadlineProvisional,
            String provisionalNote) {

        /** The label shown beside a provisional date. */
        static final String PROVISIONAL_NOTE = "临时推算：所涉年份的国务院放假安排尚未发布，日期按《全国年节及纪念日放假办法》推算，正式安排录入后自动重算";

        static Clock of(ClockView v, StatutoryClock.ProvisionalDates provisional) {
            return new Clock(
                    v.acceptedOn(),
                    v.statutoryDueDate(),
                    v.promisedDueDate(),
                    v.workingDaysUsed(),
                    v.statutoryWorkingDaysLeft(),
                    v.promisedWorkingDaysLeft(),
                    v.extensionWorkingDays(),
                    v.suspended(),
                    v.pauses().stream().map(Pause::of).toList(),
                    v.art32Deadline(),
                    provisional.statutoryDueDate(),
                    provisional.promisedDueDate(),
                    provisional.art32Deadline(),
                    provisional.any() ? PROVISIONAL_NOTE : null);
        }
    }

    static CaseView of(ApplicationCase c, WorkingCalendar calendar, LocalDate today) {
        var steps = c.completedSteps();
        var catalogSteps = c.matter().steps();
        String next = c.state().name().equals("ACCEPTED") && steps.size() < catalogSteps.size()
                ? catalogSteps.get(steps.size()).code()
                : null;
        return new CaseView(
                c.id(),
                c.caseNumber(),
                c.matter().code(),
                c.matterVersion(),
                c.matter().name(),
                c.matter().department(),
                c.state().name(),
                c.preReviewStatus() == null ? null : c.preReviewStatus().name(),
                c.defects(),
                new Applicant(
                        c.applicant().type().name(),
                        c.applicant().name(),
                        c.applicant().maskedCode()),
                c.particulars().agent(),
                c.particulars().filedBy(),
                c.particulars().channel().name(),
                c.particulars().formData(),
                c.materials().stream().map(Material::of).toList(),
                c.statutoryClock().receivedAt(),
                c.corrections(),
                c.statutoryClock().acceptedAt(),
                c.statutoryClock().acceptedAutomatically(),
                Clock.of(
                        c.statutoryClock().view(calendar, today),
                        c.statutoryClock().provisionalDates(calendar)),
                steps,
                next,
                c.decision(),
                c.statutoryClock().closedAt(),
                c.particulars().visit(),
                c.delivery(),
                c.particulars().linked());
    }
}
