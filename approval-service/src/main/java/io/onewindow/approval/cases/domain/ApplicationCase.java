package io.onewindow.approval.cases.domain;

import io.onewindow.approval.catalog.domain.MatterDefinition;
import io.onewindow.approval.catalog.domain.ProcessStep;
import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.platform.domain.AggregateRoot;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.events.approval.CaseDeadlinesRecomputed;
import io.onewindow.platform.events.approval.CorrectionItem;
import io.onewindow.platform.events.approval.DeadlineChange;
import io.onewindow.platform.events.approval.SuspensionProcedure;
import io.onewindow.platform.events.approval.VisitAttached;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A case (办件): an application for one matter, bound to the catalog version it was submitted under,
 * moving through pre-review, acceptance, the catalog's review steps and a decision. The case guards
 * its states, records each transition as an event and appends it to its audit hash chain; the rules
 * live in its parts: {@link PreReview}, {@link CorrectionNotices}, {@link StatutoryClock},
 * {@link ReviewSteps} and {@link AuditTrail}.
 */
public final class ApplicationCase extends AggregateRoot {

    private CaseParticulars particulars;
    private final MatterDefinition matter;
    private List<SubmittedMaterial> materials;
    private CaseState state;
    private final PreReview preReview;
    private final CorrectionNotices corrections;
    private final StatutoryClock clock;
    private final ReviewSteps steps;
    private Decision decision;
    private Delivery delivery;
    private final AuditTrail audit;

    private ApplicationCase(CaseSnapshot s) {
        this.particulars = new CaseParticulars(
                s.id(),
                s.caseNumber(),
                s.matter(),
                s.matterVersion(),
                s.applicant(),
                s.agent(),
                s.filedBy(),
                s.channel(),
                s.formData(),
                s.visit(),
                s.linked());
        this.matter = s.matter();
        this.materials = s.materials() == null ? List.of() : List.copyOf(s.materials());
        this.state = s.state();
        this.preReview = new PreReview(s.preReview(), s.defects());
        this.corrections = new CorrectionNotices(s.corrections());
        this.clock = StatutoryClock.restore(s.matter(), s);
        this.steps = new ReviewSteps(s.matter(), s.completedSteps());
        this.decision = s.decision();
        this.delivery = s.delivery();
        this.audit = new AuditTrail(s.audit());
    }

    /**
     * Receives an application (收件). Refuses an applicant the matter is not for, materials the
     * catalog does not list, and e-licenses offered for a material they cannot replace.
     *
     * @param art32WorkingDays the working days for a correction notice (Art. 32), from the settings
     */
    public static ApplicationCase submit(Filing f, Clock clock, WorkingCalendar calendar, int art32WorkingDays) {
        MatterDefinition matter = f.matter();
        if (!matter.subjects().contains(f.applicant().type())) {
            throw new InvalidValueException(
                    "application.subject-not-allowed",
                    "applicant",
                    "matter " + matter.code() + " is not open to "
                            + f.applicant().type());
        }
        PreReview.checkMaterials(matter, f.materials());
        ApplicationCase c = new ApplicationCase(CaseSnapshot.filed(f));
        Instant now = now(clock);
        c.clock.receive(now, today(clock), calendar, art32WorkingDays);
        c.record(CaseEvents.submitted(c, f, now));
        c.audit.append(
                f.filedBy(),
                now,
                "submit",
                "NONE",
                c.state.name(),
                "matter " + matter.code() + " v" + f.matterVersion() + ", "
                        + f.materials().size() + " materials, channel " + f.channel()
                        + (f.visit() == null
                                ? ""
                                : ", ticket " + f.visit().ticketNumber() + " at "
                                        + f.visit().servicePointId()
                                        + " window " + f.visit().window()
                                        + (f.visit().comprehensive() ? " (comprehensive)" : ""))
                        + (f.linked() == null
                                ? ""
                                : ", part of linked filing " + f.linked().number() + " ("
                                        + f.linked().business() + ")"));
        return c;
    }

    // ---- pre-review and correction (Art. 32) ------------------------------------------------

    /**
     * Checks every e-license given in place of paper and what is missing. A license the e-license
     * service could not check leaves the case waiting in pre-review: it neither fails nor passes.
     */
    public void preReview(Function<SubmittedMaterial, LicenseCheck> checker, Actor actor, Clock clock) {
        requireState(CaseState.PRE_REVIEW);
        PreReview.Checked checked = preReview.run(matter, materials, checker);
        materials = checked.materials();
        Instant now = now(clock);
        if (preReview.status() == PreReviewStatus.PASSED) {
            record(CaseEvents.preReviewPassed(this, checked.licenseChecks(), now));
        }
        List<String> found = preReview.defects();
        link(actor, now, "pre-review", state.name(), preReview.status() + (found.isEmpty() ? "" : " " + found));
    }

    /** Runs the e-license checks again for a case left waiting by an unreachable e-license service. */
    public void recheckLicenses(Function<SubmittedMaterial, LicenseCheck> checker, Actor actor, Clock clock) {
        if (state != CaseState.PRE_REVIEW || preReview.status() != PreReviewStatus.WAITING_FOR_LICENSE_CHECK) {
            throw new ConflictException(
                    "application.not-waiting-for-license-check", "the case does not wait for a license check");
        }
        preReview(checker, actor, clock);
    }

    /**
     * Gives a correction notice listing every missing or defective item at once, within the Art. 32
     * period; later notices follow the one-time notification rule ({@link CorrectionNotices}).
     */
    public void requestCorrection(
            Map<String, String> problemsByMaterial, String justification, Actor actor, Clock clock) {
        requireState(CaseState.PRE_REVIEW);
        if (this.clock.noticePeriodOverOn(today(clock))) {
            throw new ConflictException(
                    "art32.notice-period-over",
                    "the correction notice had to be given by " + this.clock.art32Deadline()
                            + "; the application counts as accepted on receipt");
        }
        Instant now = now(clock);
        CorrectionNotices.Judged judged =
                corrections.judge(matter, problemsByMaterial, justification, actor.username(), now);
        CorrectionNotice notice = judged.notice();
        if (judged.justifiesNewItems()) {
            record(CaseEvents.extraCorrectionJustified(this, judged, justification, actor));
        }
        corrections.give(judged);
        CaseState before = state;
        state = CaseState.CORRECTION_REQUIRED;
        record(CaseEvents.correctionRequested(this, notice));
        link(
                actor,
                now,
                "request-correction",
                before.name(),
                "notice " + notice.sequence() + ": "
                        + notice.items().stream()
                                .map(CorrectionItem::materialCode)
                                .toList()
                        + (notice.justification() == null ? "" : ", justified: " + notice.justification()));
    }

    /**
     * The applicant answers a correction notice: new materials replace those of the same codes and
     * the case is received again, so the Art. 32 period starts anew.
     */
    public void resubmit(
            List<SubmittedMaterial> replacements,
            Actor actor,
            Clock clock,
            WorkingCalendar calendar,
            int art32WorkingDays) {
        requireState(CaseState.CORRECTION_REQUIRED);
        materials = PreReview.replace(matter, materials, replacements);
        Instant now = now(clock);
        this.clock.receive(now, today(clock), calendar, art32WorkingDays);
        state = CaseState.PRE_REVIEW;
        preReview.reopen();
        int answered = corrections.latestSequence();
        record(CaseEvents.resubmitted(this, answered, actor, now));
        link(
                actor,
                now,
                "resubmit",
                CaseState.CORRECTION_REQUIRED.name(),
                "answers notice " + answered + ", " + replacements.size() + " materials");
    }

    // ---- acceptance -------------------------------------------------------------------------

    /**
     * Accepts the application (受理). After the Art. 32 period it counts as accepted on receipt,
     * whoever acts, because the law has already accepted it.
     */
    public void accept(Actor actor, Clock clock, WorkingCalendar calendar) {
        requireState(CaseState.PRE_REVIEW);
        if (this.clock.noticePeriodOverOn(today(clock))) {
            acceptByLaw(clock, calendar);
            return;
        }
        preReview.requirePassed();
        Instant now = now(clock);
        acceptAs(actor, now, today(clock), false, calendar, now);
    }

    /**
     * The Art. 32 rule: no notice and no acceptance within the period means accepted as of receipt.
     *
     * @return whether the case was accepted now
     */
    public boolean acceptIfNoticePeriodOver(Clock clock, WorkingCalendar calendar) {
        if (state != CaseState.PRE_REVIEW || !this.clock.noticePeriodOverOn(today(clock))) {
            return false;
        }
        acceptByLaw(clock, calendar);
        return true;
    }

    private void acceptByLaw(Clock clock, WorkingCalendar calendar) {
        acceptAs(Actor.SYSTEM, this.clock.receivedAt(), this.clock.receivedOn(), true, calendar, now(clock));
    }

    private void acceptAs(
            Actor actor,
            Instant acceptedAt,
            LocalDate acceptedOn,
            boolean automatic,
            WorkingCalendar calendar,
            Instant now) {
        clock.accept(actor.username(), acceptedAt, acceptedOn, automatic, calendar);
        state = CaseState.ACCEPTED;
        record(CaseEvents.accepted(this, actor, calendar));
        link(
                actor,
                now,
                automatic ? "accept-by-law" : "accept",
                CaseState.PRE_REVIEW.name(),
                "accepted on " + acceptedOn + ", statutory due " + clock.statutoryDueDate(calendar));
    }

    /** Refuses to accept the application (不予受理): reason and legal basis are required. */
    public void refuseAcceptance(String reason, String legalBasis, Actor actor, Clock clock) {
        if (state != CaseState.PRE_REVIEW && state != CaseState.CORRECTION_REQUIRED) {
            throw wrongState("refuse acceptance");
        }
        requireText(reason, "reason", "decision.reason-required");
        requireText(legalBasis, "legalBasis", "decision.legal-basis-required");
        Instant now = now(clock);
        CaseState before = state;
        state = CaseState.NOT_ACCEPTED;
        decision = new Decision("NOT_ACCEPTED", reason, legalBasis, null, actor.username(), now);
        this.clock.close(now, today(clock));
        record(CaseEvents.notAccepted(this, decision));
        link(actor, now, "refuse-acceptance", before.name(), reason + " (" + legalBasis + ")");
    }

    // ---- review steps and the clock ---------------------------------------------------------

    /** Completes the next review step of the catalog version; nothing off the catalog is done. */
    public void completeStep(String stepCode, String opinion, Actor actor, Clock clock, WorkingCalendar calendar) {
        requireState(CaseState.ACCEPTED);
        this.clock.requireRunning();
        ProcessStep step = steps.requireNext(stepCode, particulars.matterVersion());
        doStep(step, opinion, actor, now(clock), today(clock), calendar);
    }

    private void doStep(
            ProcessStep step, String opinion, Actor actor, Instant now, LocalDate today, WorkingCalendar calendar) {
        CompletedStep done = steps.complete(step, opinion, actor, now, today, clock, calendar);
        record(CaseEvents.stepCompleted(this, step, done));
        link(actor, now, "step:" + step.code(), state.name(), step.name() + (opinion == null ? "" : ": " + opinion));
    }

    /** Stops the clock for an art. 45 procedure, telling its expected length. */
    public void suspendClock(
            SuspensionProcedure procedure, String reason, int expectedWorkingDays, Actor actor, Clock clock) {
        requireState(CaseState.ACCEPTED);
        Instant now = now(clock);
        Suspension started = this.clock.suspend(procedure, reason, expectedWorkingDays, today(clock), now);
        record(CaseEvents.clockSuspended(this, started, actor));
        link(
                actor,
                now,
                "suspend-clock",
                state.name(),
                procedure + ", " + expectedWorkingDays + " working days: " + reason);
    }

    /** Starts the clock again; the working days it stood still move both due dates. */
    public void resumeClock(Actor actor, Clock clock, WorkingCalendar calendar) {
        requireState(CaseState.ACCEPTED);
        Instant now = now(clock);
        Suspension ended = this.clock.resume(today(clock), now, calendar);
        record(CaseEvents.clockResumed(this, ended, actor, calendar));
        link(
                actor,
                now,
                "resume-clock",
                state.name(),
                ended.procedure() + " took " + ended.pausedWorkingDays() + " working days");
    }

    /** The one extension of art. 42 ({@link StatutoryClock#MAX_EXTENSION}), with the approver's reason. */
    public void extendTimeLimit(
            int extraWorkingDays, String reason, Actor actor, Clock clock, WorkingCalendar calendar) {
        requireState(CaseState.ACCEPTED);
        this.clock.extend(extraWorkingDays, reason, calendar);
        Instant now = now(clock);
        record(CaseEvents.timeLimitExtended(this, actor, now, calendar));
        link(actor, now, "extend-time-limit", state.name(), "+" + extraWorkingDays + " working days: " + reason);
    }

    // ---- decision ---------------------------------------------------------------------------

    /**
     * Approves after every catalog step is done.
     *
     * @param holderPseudonym the applicant's keyed pseudonym (the platform key is not the domain's),
     *     published in {@code ApplicationApproved} instead of the holder's name and code
     */
    public void approve(Map<String, String> faceData, String holderPseudonym, Actor actor, Clock clock) {
        requireDecidable();
        decideApproved(faceData, holderPseudonym, actor, now(clock));
    }

    private void decideApproved(Map<String, String> faceData, String holderPseudonym, Actor actor, Instant now) {
        Map<String, String> face = new LinkedHashMap<>(particulars.formData());
        if (faceData != null) {
            face.putAll(faceData);
        }
        decision = new Decision("APPROVED", null, null, face, actor.username(), now);
        CaseState before = state;
        state = CaseState.APPROVED;
        record(CaseEvents.approved(this, holderPseudonym, actor, now));
        link(actor, now, "approve", before.name(), "license type " + matter.licenseTypeCode());
    }

    /** Denies after every catalog step is done; a reason is required. */
    public void deny(String reason, String legalBasis, Actor actor, Clock clock) {
        requireDecidable();
        requireText(reason, "reason", "decision.reason-required");
        Instant now = now(clock);
        decision = new Decision("DENIED", reason, legalBasis == null ? "" : legalBasis, null, actor.username(), now);
        state = CaseState.DENIED;
        record(CaseEvents.denied(this, decision));
        link(actor, now, "deny", CaseState.ACCEPTED.name(), reason);
    }

    /**
     * Accepts and decides in one action, for on-the-spot matters (即办件) and matters a window
     * representative may decide; every catalog step must be one the window performs.
     */
    public void decideOnTheSpot(
            Map<String, String> faceData, String holderPseudonym, Actor actor, Clock clock, WorkingCalendar calendar) {
        requireState(CaseState.PRE_REVIEW);
        if (!matter.decidableOnTheSpot()) {
            throw new ConflictException(
                    "decision.not-on-the-spot", "matter " + matter.code() + " is not decided on the spot");
        }
        if (this.clock.noticePeriodOverOn(today(clock))) {
            throw new ConflictException("art32.notice-period-over", "the case counts as accepted on receipt already");
        }
        preReview.requirePassed();
        matter.steps().forEach(step -> ReviewSteps.requireRole(step, actor));
        Instant now = now(clock);
        LocalDate today = today(clock);
        acceptAs(actor, now, today, false, calendar, now);
        for (ProcessStep step : matter.steps()) {
            doStep(step, "on the spot", actor, now, today, calendar);
        }
        decideApproved(faceData, holderPseudonym, actor, now);
    }

    /** Delivers the decision and closes the case (办结). */
    public void complete(Actor actor, Clock clock, WorkingCalendar calendar) {
        complete(actor, clock, calendar, null);
    }

    /**
     * Delivers the decision and closes the case (办结); with {@code handedOut}, the result was
     * collected at a delivery window (统一窗口出件) by the checked collector.
     */
    public void complete(Actor actor, Clock clock, WorkingCalendar calendar, Delivery handedOut) {
        if (state != CaseState.APPROVED && state != CaseState.DENIED) {
            throw wrongState("complete");
        }
        this.delivery = handedOut;
        Instant now = now(clock);
        int used = this.clock.workingDaysUsed(calendar, today(clock));
        CaseState before = state;
        state = CaseState.COMPLETED;
        this.clock.close(now, today(clock));
        record(CaseEvents.completed(this, before, used, actor, now, calendar));
        link(
                actor,
                now,
                "complete",
                before.name(),
                used + " working days used"
                        + (handedOut == null
                                ? ""
                                : ", handed out at " + handedOut.servicePointId() + " window " + handedOut.window()
                                        + " to " + handedOut.collectorMasked()));
    }

    /** The applicant (or the agent who filed) withdraws before a decision. */
    public void withdraw(String reason, Actor actor, Clock clock) {
        if (!state.isOpen()) {
            throw wrongState("withdraw");
        }
        Instant now = now(clock);
        CaseState before = state;
        state = CaseState.WITHDRAWN;
        this.clock.close(now, today(clock));
        record(CaseEvents.withdrawn(this, before, reason, actor, now));
        link(actor, now, "withdraw", before.name(), reason);
    }

    // ---- calendar changes -------------------------------------------------------------------

    /**
     * Counts the deadlines of an open case again after the official arrangement of {@code year}
     * replaced the provisional one, once per year ({@link StatutoryClock#recount}). Records
     * {@link CaseDeadlinesRecomputed} with each deadline that moved or stopped being provisional.
     *
     * @param before the calendar the deadlines were counted on, with {@code year} provisional
     * @param after the calendar now
     * @return whether the case changed (and must be saved)
     */
    public boolean recomputeDeadlines(
            int year, WorkingCalendar before, WorkingCalendar after, String reason, Clock clock) {
        if (!awaitsRecomputationFor(year)) {
            return false;
        }
        ProcessStep current = steps.current();
        List<DeadlineChange> changes = this.clock.recount(
                year, before, after, current, current == null ? null : steps.currentSince(this.clock.acceptedOn()));
        if (!changes.isEmpty()) {
            Instant now = now(clock);
            record(CaseEvents.deadlinesRecomputed(this, changes, reason, year, now));
            link(
                    Actor.SYSTEM,
                    now,
                    "recompute-deadlines",
                    state.name(),
                    reason + ": "
                            + changes.stream()
                                    .map(c -> c.deadline() + " " + c.previous() + " -> " + c.current())
                                    .toList());
        }
        return true;
    }

    /** Whether the deadlines still wait to be recounted on {@code year}'s official arrangement. */
    public boolean awaitsRecomputationFor(int year) {
        return state.isOpen() && clock.awaitsRecomputationFor(year);
    }

    // ---- access and guards ------------------------------------------------------------------

    /** Whether the holder of these identifiers is the applicant, or this username filed the case. */
    public boolean belongsTo(String username, String idNumber, String creditCode) {
        String applicantCode = particulars.applicant().code();
        return (username != null && username.equals(particulars.filedBy()))
                || (idNumber != null && idNumber.equals(applicantCode))
                || (creditCode != null && creditCode.equals(applicantCode));
    }

    private void requireDecidable() {
        requireState(CaseState.ACCEPTED);
        clock.requireRunning();
        steps.requireAllDone();
    }

    private void requireState(CaseState expected) {
        if (state != expected) {
            throw wrongState(expected.name());
        }
    }

    private ConflictException wrongState(String what) {
        return new ConflictException(
                "application.wrong-state",
                "case " + particulars.caseNumber() + " is " + state + ": cannot "
                        + what.toLowerCase().replace('_', ' '));
    }

    static void requireText(String value, String field, String code) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(code, field, field + " is required");
        }
    }

    private static Instant now(Clock clock) {
        // MongoDB keeps milliseconds; the audit hash must survive the round trip.
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static LocalDate today(Clock clock) {
        return LocalDate.now(clock);
    }

    private void link(Actor actor, Instant at, String action, String before, String detail) {
        audit.append(actor, at, action, before, state.name(), detail);
    }

    // ---- as stored --------------------------------------------------------------------------

    /** The case as stored. */
    public static ApplicationCase restore(CaseSnapshot stored) {
        return new ApplicationCase(stored);
    }

    /** The case, to store. */
    public CaseSnapshot snapshot() {
        return CaseSnapshot.of(this);
    }

    // ---- reads ------------------------------------------------------------------------------

    /** Verifies the audit chain as stored. */
    public ChainVerification verifyAudit() {
        return audit.verify();
    }

    public String id() {
        return particulars.id();
    }

    public String caseNumber() {
        return particulars.caseNumber();
    }

    /** What was applied for, by whom, through which channel: fixed once filed. */
    public CaseParticulars particulars() {
        return particulars;
    }

    public MatterDefinition matter() {
        return matter;
    }

    public int matterVersion() {
        return particulars.matterVersion();
    }

    public Applicant applicant() {
        return particulars.applicant();
    }

    public List<SubmittedMaterial> materials() {
        return materials;
    }

    public CaseState state() {
        return state;
    }

    public PreReviewStatus preReviewStatus() {
        return preReview.status();
    }

    public List<String> defects() {
        return preReview.defects();
    }

    public List<CorrectionNotice> corrections() {
        return corrections.all();
    }

    public List<CompletedStep> completedSteps() {
        return steps.all();
    }

    /** The statutory clock: receipt, acceptance, due dates, pauses and the extension. */
    public StatutoryClock statutoryClock() {
        return clock;
    }

    /**
     * Attaches the hall visit of the applicant to this case filed online (the applicant came to the
     * counter for it); records {@link VisitAttached}.
     *
     * @throws ConflictException {@code counter.case-has-visit} when a visit is attached or it was
     *     received from one; {@code application.wrong-state} once the case is closed
     */
    public void attachVisit(Visit visit, Clock clock) {
        if (particulars.visit() != null) {
            throw new ConflictException("counter.case-has-visit", "the case already has its hall visit");
        }
        if (!state.isOpen()) {
            throw wrongState("attach a visit");
        }
        particulars = new CaseParticulars(
                particulars.id(),
                particulars.caseNumber(),
                particulars.matter(),
                particulars.matterVersion(),
                particulars.applicant(),
                particulars.agent(),
                particulars.filedBy(),
                particulars.channel(),
                particulars.formData(),
                visit,
                particulars.linked());
        Instant now = now(clock);
        record(new VisitAttached(
                id(),
                caseNumber(),
                matter.code(),
                matter.department(),
                visit.servicePointId(),
                visit.tier(),
                visit.window(),
                visit.comprehensive(),
                visit.ticketId(),
                visit.receivedBy(),
                now));
        link(
                new Actor(visit.receivedBy(), "window-officer", null),
                now,
                "attach-visit",
                state.name(),
                "ticket " + visit.ticketNumber() + " at " + visit.servicePointId() + " window " + visit.window()
                        + (visit.comprehensive() ? " (comprehensive)" : ""));
    }

    /** Where and to whom the result was handed out at a window, or {@code null}. */
    public Delivery delivery() {
        return delivery;
    }

    public Decision decision() {
        return decision;
    }

    public List<AuditLink> audit() {
        return audit.links();
    }
}
