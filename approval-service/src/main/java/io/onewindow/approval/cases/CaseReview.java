package io.onewindow.approval.cases;

import io.onewindow.approval.cases.domain.Actor;
import io.onewindow.approval.cases.domain.ApplicationCase;
import io.onewindow.approval.catalog.domain.ProcessStep;
import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.platform.events.approval.SuspensionProcedure;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.security.Roles;
import io.onewindow.platform.service.UseCase;
import java.time.Clock;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Review and decision of an accepted case: the catalog's review steps in their roles, the art. 45
 * suspensions and the one art. 42 extension of the clock, approval or denial, and delivery (办结).
 */
@UseCase
public class CaseReview {

    private final CaseStore cases;
    private final Clock clock;
    private final WorkingCalendar calendar;
    private final ApplicantPseudonyms pseudonyms;
    private final CaseAccess access;

    CaseReview(
            CaseStore cases, Clock clock, WorkingCalendar calendar, ApplicantPseudonyms pseudonyms, CaseAccess access) {
        this.cases = cases;
        this.clock = clock;
        this.calendar = calendar;
        this.pseudonyms = pseudonyms;
        this.access = access;
    }

    /** Completes the next review step of the catalog version, in the role the catalog gives it. */
    public ApplicationCase completeStep(String caseId, String stepCode, String opinion, Caller caller) {
        return cases.change(caseId, c -> {
            access.requireVisible(c, caller);
            // An unknown step is left for the aggregate to refuse, with the off-catalog code.
            String role = c.matter().step(stepCode).map(ProcessStep::role).orElse(CaseAccess.actingRole(caller));
            c.completeStep(stepCode, opinion, access.requireStaff(c, caller, role), clock, calendar);
        });
    }

    /** Stops the clock for an art. 45 procedure. */
    public ApplicationCase suspendClock(
            String caseId, SuspensionProcedure procedure, String reason, int expectedWorkingDays, Caller caller) {
        return asApprover(
                caseId, caller, (c, actor) -> c.suspendClock(procedure, reason, expectedWorkingDays, actor, clock));
    }

    /** Starts the clock again after an art. 45 procedure. */
    public ApplicationCase resumeClock(String caseId, Caller caller) {
        return asApprover(caseId, caller, (c, actor) -> c.resumeClock(actor, clock, calendar));
    }

    /** The one extension of the decision time limit. */
    public ApplicationCase extendTimeLimit(String caseId, int workingDays, String reason, Caller caller) {
        return asApprover(caseId, caller, (c, actor) -> c.extendTimeLimit(workingDays, reason, actor, clock, calendar));
    }

    /** Approves; the event names the holder only by masked code and pseudonym. */
    public ApplicationCase approve(String caseId, Map<String, String> faceData, Caller caller) {
        return asApprover(
                caseId, caller, (c, actor) -> c.approve(faceData, pseudonyms.of(c.applicant()), actor, clock));
    }

    /** Denies, with a reason. */
    public ApplicationCase deny(String caseId, String reason, String legalBasis, Caller caller) {
        return asApprover(caseId, caller, (c, actor) -> c.deny(reason, legalBasis, actor, clock));
    }

    /** Delivers the decision and closes the case (the window). */
    public ApplicationCase complete(String caseId, Caller caller) {
        return cases.change(
                caseId, c -> c.complete(access.requireStaff(c, caller, Roles.WINDOW_OFFICER), clock, calendar));
    }

    private ApplicationCase asApprover(String caseId, Caller caller, BiConsumer<ApplicationCase, Actor> action) {
        return cases.change(caseId, c -> action.accept(c, access.requireStaff(c, caller, Roles.APPROVER)));
    }
}
