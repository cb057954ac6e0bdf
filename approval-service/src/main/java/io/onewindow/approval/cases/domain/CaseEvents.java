package io.onewindow.approval.cases.domain;

import io.onewindow.approval.catalog.domain.MatterDefinition;
import io.onewindow.approval.catalog.domain.ProcessStep;
import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.platform.events.approval.ApplicationAccepted;
import io.onewindow.platform.events.approval.ApplicationApproved;
import io.onewindow.platform.events.approval.ApplicationCompleted;
import io.onewindow.platform.events.approval.ApplicationDenied;
import io.onewindow.platform.events.approval.ApplicationResubmitted;
import io.onewindow.platform.events.approval.ApplicationSubmitted;
import io.onewindow.platform.events.approval.ApplicationWithdrawn;
import io.onewindow.platform.events.approval.CaseDeadlinesRecomputed;
import io.onewindow.platform.events.approval.ClockResumed;
import io.onewindow.platform.events.approval.ClockSuspended;
import io.onewindow.platform.events.approval.CorrectionRequested;
import io.onewindow.platform.events.approval.DeadlineChange;
import io.onewindow.platform.events.approval.ExtraCorrectionJustified;
import io.onewindow.platform.events.approval.NotAccepted;
import io.onewindow.platform.events.approval.PreReviewPassed;
import io.onewindow.platform.events.approval.StepCompleted;
import io.onewindow.platform.events.approval.TimeLimitExtended;
import java.time.Instant;
import java.util.List;

/**
 * The events a case records, built from the case as it stands after the transition: every event
 * names the case, its matter and the matter's department the same way.
 */
final class CaseEvents {

    private CaseEvents() {}

    static ApplicationSubmitted submitted(ApplicationCase c, Filing filing, Instant now) {
        Visit visit = filing.visit();
        return new ApplicationSubmitted(
                c.id(),
                c.caseNumber(),
                c.matter().code(),
                c.matterVersion(),
                c.matter().department(),
                c.particulars().channel(),
                c.applicant().type().name(),
                c.applicant().maskedCode(),
                c.particulars().agent(),
                filing.filedBy().username(),
                now,
                filing.applicantPseudonym(),
                visit == null ? null : visit.servicePointId(),
                visit == null ? null : visit.tier(),
                visit == null ? null : visit.window(),
                visit == null ? null : visit.comprehensive(),
                visit == null ? null : visit.ticketId(),
                filing.linked() == null ? null : filing.linked().number());
    }

    static PreReviewPassed preReviewPassed(ApplicationCase c, int licenseChecks, Instant now) {
        MatterDefinition m = c.matter();
        return new PreReviewPassed(c.id(), c.caseNumber(), m.code(), m.department(), licenseChecks, now);
    }

    static ExtraCorrectionJustified extraCorrectionJustified(
            ApplicationCase c, CorrectionNotices.Judged judged, String justification, Actor actor) {
        MatterDefinition m = c.matter();
        return new ExtraCorrectionJustified(
                c.id(),
                c.caseNumber(),
                m.code(),
                m.department(),
                judged.notice().sequence(),
                judged.newItems(),
                justification,
                actor.username(),
                judged.notice().at());
    }

    static CorrectionRequested correctionRequested(ApplicationCase c, CorrectionNotice notice) {
        MatterDefinition m = c.matter();
        return new CorrectionRequested(
                c.id(),
                c.caseNumber(),
                m.code(),
                m.department(),
                notice.sequence(),
                notice.items(),
                notice.justification(),
                notice.by(),
                notice.at());
    }

    static ApplicationResubmitted resubmitted(ApplicationCase c, int answered, Actor actor, Instant now) {
        MatterDefinition m = c.matter();
        return new ApplicationResubmitted(
                c.id(), c.caseNumber(), m.code(), m.department(), answered, actor.username(), now);
    }

    static ApplicationAccepted accepted(ApplicationCase c, Actor actor, WorkingCalendar calendar) {
        MatterDefinition m = c.matter();
        StatutoryClock clock = c.statutoryClock();
        return new ApplicationAccepted(
                c.id(),
                c.caseNumber(),
                m.code(),
                m.department(),
                clock.acceptedAt(),
                clock.statutoryDueDate(calendar),
                clock.promisedDueDate(calendar),
                actor.username(),
                clock.acceptedAutomatically(),
                clock.statutoryDueIsProvisional(calendar),
                clock.promisedDueIsProvisional(calendar));
    }

    static NotAccepted notAccepted(ApplicationCase c, Decision refusal) {
        MatterDefinition m = c.matter();
        return new NotAccepted(
                c.id(),
                c.caseNumber(),
                m.code(),
                m.department(),
                refusal.reason(),
                refusal.legalBasis(),
                refusal.by(),
                refusal.at());
    }

    static StepCompleted stepCompleted(ApplicationCase c, ProcessStep step, CompletedStep done) {
        MatterDefinition m = c.matter();
        return new StepCompleted(
                c.id(),
                c.caseNumber(),
                m.code(),
                m.department(),
                step.code(),
                step.name(),
                done.by(),
                done.role(),
                done.at(),
                true,
                step.limitWorkingDays(),
                done.workingDaysTaken());
    }

    static ClockSuspended clockSuspended(ApplicationCase c, Suspension started, Actor actor) {
        MatterDefinition m = c.matter();
        return new ClockSuspended(
                c.id(),
                c.caseNumber(),
                m.code(),
                m.department(),
                started.procedure(),
                started.reason(),
                started.expectedWorkingDays(),
                actor.username(),
                started.startedAt());
    }

    static ClockResumed clockResumed(ApplicationCase c, Suspension ended, Actor actor, WorkingCalendar calendar) {
        MatterDefinition m = c.matter();
        StatutoryClock clock = c.statutoryClock();
        return new ClockResumed(
                c.id(),
                c.caseNumber(),
                m.code(),
                m.department(),
                ended.procedure(),
                ended.expectedWorkingDays(),
                ended.pausedWorkingDays(),
                clock.statutoryDueDate(calendar),
                clock.promisedDueDate(calendar),
                actor.username(),
                ended.endedAt(),
                clock.statutoryDueIsProvisional(calendar),
                clock.promisedDueIsProvisional(calendar));
    }

    static TimeLimitExtended timeLimitExtended(ApplicationCase c, Actor actor, Instant now, WorkingCalendar calendar) {
        MatterDefinition m = c.matter();
        StatutoryClock clock = c.statutoryClock();
        return new TimeLimitExtended(
                c.id(),
                c.caseNumber(),
                m.code(),
                m.department(),
                clock.extensionWorkingDays(),
                clock.extensionReason(),
                clock.statutoryDueDate(calendar),
                actor.username(),
                now,
                clock.statutoryDueIsProvisional(calendar));
    }

    /**
     * The approval as every reader of the topic may see it: the holder only by code type, masked code
     * and pseudonym. The e-license service asks for the name, the full code and the face data through
     * the internal API with its service token.
     */
    static ApplicationApproved approved(ApplicationCase c, String holderPseudonym, Actor actor, Instant now) {
        MatterDefinition m = c.matter();
        return new ApplicationApproved(
                c.id(),
                c.caseNumber(),
                m.code(),
                m.name(),
                c.matterVersion(),
                m.department(),
                m.licenseTypeCode(),
                c.applicant().codeType(),
                c.applicant().maskedCode(),
                holderPseudonym,
                actor.username(),
                now);
    }

    static ApplicationDenied denied(ApplicationCase c, Decision denial) {
        MatterDefinition m = c.matter();
        return new ApplicationDenied(
                c.id(),
                c.caseNumber(),
                m.code(),
                m.department(),
                denial.reason(),
                denial.legalBasis(),
                denial.by(),
                denial.at());
    }

    static ApplicationCompleted completed(
            ApplicationCase c, CaseState decided, int used, Actor actor, Instant now, WorkingCalendar calendar) {
        MatterDefinition m = c.matter();
        StatutoryClock clock = c.statutoryClock();
        return new ApplicationCompleted(
                c.id(),
                c.caseNumber(),
                m.code(),
                m.department(),
                decided.name(),
                clock.acceptedAt(),
                clock.statutoryDueDate(calendar),
                clock.promisedDueDate(calendar),
                used,
                actor.username(),
                now,
                c.delivery() == null ? null : c.delivery().servicePointId(),
                c.delivery() == null ? null : c.delivery().window(),
                c.delivery() == null ? null : c.delivery().collectorMasked());
    }

    static ApplicationWithdrawn withdrawn(
            ApplicationCase c, CaseState before, String reason, Actor actor, Instant now) {
        MatterDefinition m = c.matter();
        return new ApplicationWithdrawn(
                c.id(),
                c.caseNumber(),
                m.code(),
                m.department(),
                before.name(),
                reason == null ? "" : reason,
                actor.username(),
                now);
    }

    static CaseDeadlinesRecomputed deadlinesRecomputed(
            ApplicationCase c, List<DeadlineChange> changes, String reason, int year, Instant now) {
        MatterDefinition m = c.matter();
        return new CaseDeadlinesRecomputed(
                c.id(), c.caseNumber(), m.code(), m.department(), changes, reason, year, now);
    }
}
