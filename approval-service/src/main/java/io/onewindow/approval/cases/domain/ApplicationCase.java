package io.onewindow.approval.cases.domain;

import io.onewindow.approval.catalog.domain.MaterialRequirement;
import io.onewindow.approval.catalog.domain.MatterDefinition;
import io.onewindow.approval.catalog.domain.ProcessStep;
import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.approval.ApplicationAccepted;
import io.onewindow.platform.events.approval.ApplicationApproved;
import io.onewindow.platform.events.approval.ApplicationCompleted;
import io.onewindow.platform.events.approval.ApplicationDenied;
import io.onewindow.platform.events.approval.ApplicationResubmitted;
import io.onewindow.platform.events.approval.ApplicationSubmitted;
import io.onewindow.platform.events.approval.ApplicationWithdrawn;
import io.onewindow.platform.events.approval.CaseDeadlinesRecomputed;
import io.onewindow.platform.events.approval.Channel;
import io.onewindow.platform.events.approval.ClockResumed;
import io.onewindow.platform.events.approval.ClockSuspended;
import io.onewindow.platform.events.approval.CorrectionItem;
import io.onewindow.platform.events.approval.CorrectionRequested;
import io.onewindow.platform.events.approval.DeadlineChange;
import io.onewindow.platform.events.approval.ExtraCorrectionJustified;
import io.onewindow.platform.events.approval.NotAccepted;
import io.onewindow.platform.events.approval.PreReviewPassed;
import io.onewindow.platform.events.approval.StepCompleted;
import io.onewindow.platform.events.approval.SuspensionProcedure;
import io.onewindow.platform.events.approval.TimeLimitExtended;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A case (办件): an application for one matter, bound to the catalog version it was submitted under,
 * moving through pre-review, acceptance, the catalog's review steps and a decision while keeping the
 * statutory working-day clock. Every transition is guarded here, recorded as an event for the outbox
 * and appended to the case's audit hash chain.
 */
public final class ApplicationCase {

    /** Most e-license-backed or file materials one application may carry. */
    public static final int MAX_MATERIALS = 50;

    /** Art. 42: one extension of at most 10 working days. */
    public static final int MAX_EXTENSION = 10;

    private String id;
    private String caseNumber;
    private MatterDefinition matter;
    private int matterVersion;
    private Applicant applicant;
    private String agent;
    private String filedBy;
    private Channel channel;
    private Map<String, String> formData;
    private List<SubmittedMaterial> materials;
    private CaseState state;
    private PreReviewStatus preReview;
    private List<String> defects;
    private Instant receivedAt;
    private LocalDate receivedOn;
    private LocalDate art32Deadline;
    private List<CorrectionNotice> corrections;
    private Instant acceptedAt;
    private LocalDate acceptedOn;
    private boolean acceptedAutomatically;
    private String acceptedBy;
    private int extensionWorkingDays;
    private String extensionReason;
    private List<Suspension> suspensions;
    private List<CompletedStep> completedSteps;
    private Decision decision;
    private Instant closedAt;
    private LocalDate closedOn;
    private List<AuditLink> audit;
    // The official years this case's deadlines were counted on: stamped whenever they are counted,
    // so recounting a newly official year touches only cases counted while it was provisional.
    private Set<Integer> officialYearsCounted;
    private transient List<DomainEvent> events;

    private ApplicationCase() {}

    /**
     * Receives an application (收件). Refuses an applicant the matter is not for, materials the
     * catalog does not list, and e-licenses offered for a material they cannot replace.
     *
     * @param applicantPseudonym the applicant's keyed pseudonym, published in {@link ApplicationSubmitted}
     * @param art32WorkingDays the working days for a correction notice (Art. 32: 5)
     */
    public static ApplicationCase submit(
            String id,
            String caseNumber,
            MatterDefinition matter,
            int matterVersion,
            Applicant applicant,
            String applicantPseudonym,
            String agent,
            Actor filedBy,
            Channel channel,
            Map<String, String> formData,
            List<SubmittedMaterial> materials,
            Clock clock,
            WorkingCalendar calendar,
            int art32WorkingDays) {
        if (!matter.subjects().contains(applicant.type())) {
            throw new InvalidValueException(
                    "application.subject-not-allowed",
                    "applicant",
                    "matter " + matter.code() + " is not open to " + applicant.type());
        }
        checkMaterials(matter, materials);
        ApplicationCase c = new ApplicationCase();
        c.id = Objects.requireNonNull(id);
        c.caseNumber = Objects.requireNonNull(caseNumber);
        c.matter = matter;
        c.matterVersion = matterVersion;
        c.applicant = applicant;
        c.agent = agent;
        c.filedBy = filedBy.username();
        c.channel = channel;
        c.formData = formData == null ? Map.of() : Map.copyOf(formData);
        c.materials = List.copyOf(materials);
        c.corrections = new ArrayList<>();
        c.suspensions = new ArrayList<>();
        c.completedSteps = new ArrayList<>();
        c.audit = new ArrayList<>();
        c.defects = List.of();
        Instant now = now(clock);
        c.receive(now, today(clock), calendar, art32WorkingDays);
        c.state = CaseState.PRE_REVIEW;
        c.record(new ApplicationSubmitted(
                c.id,
                c.caseNumber,
                matter.code(),
                matterVersion,
                matter.department(),
                channel,
                applicant.type().name(),
                applicant.maskedCode(),
                agent,
                filedBy.username(),
                now,
                applicantPseudonym));
        c.link(
                filedBy,
                now,
                "submit",
                "NONE",
                "matter " + matter.code() + " v" + matterVersion + ", " + materials.size() + " materials, channel "
                        + channel);
        return c;
    }

    private void receive(Instant now, LocalDate today, WorkingCalendar calendar, int art32WorkingDays) {
        receivedAt = now;
        receivedOn = today;
        art32Deadline = calendar.addWorkingDays(today, art32WorkingDays);
        countedOn(calendar);
    }

    private static void checkMaterials(MatterDefinition matter, List<SubmittedMaterial> materials) {
        if (materials.size() > MAX_MATERIALS) {
            throw new InvalidValueException("application.too-many-materials", "materials", "at most " + MAX_MATERIALS);
        }
        for (SubmittedMaterial given : materials) {
            MaterialRequirement requirement = matter.material(given.materialCode())
                    .orElseThrow(() -> new InvalidValueException(
                            "application.unknown-material",
                            "materials.materialCode",
                            "the catalog lists no material " + given.materialCode() + " for " + matter.code()));
            if (given.isLicense() && requirement.replacedByLicenseType() == null) {
                throw new InvalidValueException(
                        "application.material-not-replaceable",
                        "materials.licenseIdentifier",
                        "material " + given.materialCode() + " cannot be replaced by an e-license");
            }
        }
    }

    // ---- pre-review ---------------------------------------------------------------------------

    /**
     * Checks every e-license given in place of paper and what is missing. A license the e-license
     * service could not check leaves the case waiting in pre-review: it neither fails nor passes.
     */
    public void preReview(Function<SubmittedMaterial, LicenseCheck> checker, Actor actor, Clock clock) {
        requireState(CaseState.PRE_REVIEW);
        List<SubmittedMaterial> checked = new ArrayList<>();
        for (SubmittedMaterial material : materials) {
            checked.add(material.isLicense() ? material.checked(checker.apply(material)) : material);
        }
        materials = List.copyOf(checked);
        List<String> found = new ArrayList<>();
        boolean waiting = false;
        int licenseChecks = 0;
        for (SubmittedMaterial material : materials) {
            if (!material.isLicense()) {
                continue;
            }
            licenseChecks++;
            if (material.check().isUnchecked()) {
                waiting = true;
            } else if (!material.check()
                    .holdsUpFor(matter.material(material.materialCode())
                            .map(MaterialRequirement::replacedByLicenseType)
                            .orElse(null))) {
                found.add(material.materialCode() + ": e-license "
                        + material.check().status()
                        + (material.check().belongsToHolder() ? "" : ", not the applicant's"));
            }
        }
        Set<String> given = new HashSet<>();
        materials.forEach(m -> given.add(m.materialCode()));
        for (MaterialRequirement requirement : matter.materials()) {
            if (requirement.required() && !given.contains(requirement.code())) {
                found.add(requirement.code() + ": missing");
            }
        }
        defects = List.copyOf(found);
        Instant now = now(clock);
        if (waiting) {
            preReview = PreReviewStatus.WAITING_FOR_LICENSE_CHECK;
        } else if (!found.isEmpty()) {
            preReview = PreReviewStatus.DEFECTS_FOUND;
        } else {
            preReview = PreReviewStatus.PASSED;
            record(new PreReviewPassed(id, caseNumber, matter.code(), matter.department(), licenseChecks, now));
        }
        link(actor, now, "pre-review", state.name(), preReview + (found.isEmpty() ? "" : " " + found));
    }

    /** Runs the e-license checks again for a case left waiting by an unreachable e-license service. */
    public void recheckLicenses(Function<SubmittedMaterial, LicenseCheck> checker, Actor actor, Clock clock) {
        if (state != CaseState.PRE_REVIEW || preReview != PreReviewStatus.WAITING_FOR_LICENSE_CHECK) {
            throw new ConflictException(
                    "application.not-waiting-for-license-check", "the case does not wait for a license check");
        }
        preReview(checker, actor, clock);
    }

    // ---- correction (Art. 32, one-time notification) ------------------------------------------

    /**
     * Gives a correction notice listing every missing or defective item at once. A later notice may
     * repeat items still defective; items not in any earlier notice need a recorded justification.
     */
    public void requestCorrection(
            Map<String, String> problemsByMaterial, String justification, Actor actor, Clock clock) {
        requireState(CaseState.PRE_REVIEW);
        LocalDate today = today(clock);
        if (today.isAfter(art32Deadline)) {
            throw new ConflictException(
                    "art32.notice-period-over",
                    "the correction notice had to be given by " + art32Deadline
                            + "; the application counts as accepted on receipt");
        }
        if (problemsByMaterial == null || problemsByMaterial.isEmpty()) {
            throw new InvalidValueException("correction.no-items", "items", "a correction notice lists its items");
        }
        List<CorrectionItem> items = new ArrayList<>();
        for (Map.Entry<String, String> entry : problemsByMaterial.entrySet()) {
            MaterialRequirement requirement = matter.material(entry.getKey())
                    .orElseThrow(() -> new InvalidValueException(
                            "correction.unknown-material",
                            "items.materialCode",
                            "the catalog lists no material " + entry.getKey()));
            items.add(new CorrectionItem(requirement.code(), requirement.name(), entry.getValue()));
        }
        int sequence = corrections.size() + 1;
        Set<String> earlier = new HashSet<>();
        corrections.forEach(n -> n.items().forEach(i -> earlier.add(i.materialCode())));
        List<String> newCodes = items.stream()
                .map(CorrectionItem::materialCode)
                .filter(code -> !earlier.contains(code))
                .toList();
        boolean justified = justification != null && !justification.isBlank();
        Instant now = now(clock);
        if (sequence > 1 && !newCodes.isEmpty()) {
            if (!justified) {
                throw new ConflictException(
                        "correction.not-all-at-once",
                        "items " + newCodes + " were not in the first notice: all items must be listed at once,"
                                + " or the reason for asking again recorded");
            }
            record(new ExtraCorrectionJustified(
                    id,
                    caseNumber,
                    matter.code(),
                    matter.department(),
                    sequence,
                    newCodes,
                    justification,
                    actor.username(),
                    now));
        }
        String recordedJustification = sequence > 1 && justified ? justification : null;
        corrections.add(new CorrectionNotice(sequence, items, recordedJustification, actor.username(), now));
        CaseState before = state;
        state = CaseState.CORRECTION_REQUIRED;
        record(new CorrectionRequested(
                id,
                caseNumber,
                matter.code(),
                matter.department(),
                sequence,
                items,
                recordedJustification,
                actor.username(),
                now));
        link(
                actor,
                now,
                "request-correction",
                before.name(),
                "notice " + sequence + ": "
                        + items.stream().map(CorrectionItem::materialCode).toList()
                        + (recordedJustification == null ? "" : ", justified: " + recordedJustification));
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
        checkMaterials(matter, replacements);
        Set<String> replaced = new HashSet<>();
        replacements.forEach(m -> replaced.add(m.materialCode()));
        List<SubmittedMaterial> merged = new ArrayList<>();
        materials.stream().filter(m -> !replaced.contains(m.materialCode())).forEach(merged::add);
        merged.addAll(replacements);
        checkMaterials(matter, merged);
        materials = List.copyOf(merged);
        Instant now = now(clock);
        receive(now, today(clock), calendar, art32WorkingDays);
        state = CaseState.PRE_REVIEW;
        preReview = null;
        int answered = corrections.get(corrections.size() - 1).sequence();
        record(new ApplicationResubmitted(
                id, caseNumber, matter.code(), matter.department(), answered, actor.username(), now));
        link(
                actor,
                now,
                "resubmit",
                CaseState.CORRECTION_REQUIRED.name(),
                "answers notice " + answered + ", " + replacements.size() + " materials");
    }

    // ---- acceptance ---------------------------------------------------------------------------

    /**
     * Accepts the application (受理). After the Art. 32 period it counts as accepted on receipt,
     * whoever acts, because the law has already accepted it.
     */
    public void accept(Actor actor, Clock clock, WorkingCalendar calendar) {
        requireState(CaseState.PRE_REVIEW);
        if (today(clock).isAfter(art32Deadline)) {
            acceptByLaw(clock, calendar);
            return;
        }
        requirePreReviewPassed();
        Instant now = now(clock);
        acceptAs(actor, now, today(clock), false, calendar, now);
    }

    /**
     * The Art. 32 rule: no notice and no acceptance within the period means accepted as of receipt.
     *
     * @return whether the case was accepted now
     */
    public boolean acceptIfNoticePeriodOver(Clock clock, WorkingCalendar calendar) {
        if (state != CaseState.PRE_REVIEW || !today(clock).isAfter(art32Deadline)) {
            return false;
        }
        acceptByLaw(clock, calendar);
        return true;
    }

    private void acceptByLaw(Clock clock, WorkingCalendar calendar) {
        acceptAs(Actor.SYSTEM, receivedAt, receivedOn, true, calendar, now(clock));
    }

    private void acceptAs(
            Actor actor,
            Instant acceptedTime,
            LocalDate acceptedDay,
            boolean automatic,
            WorkingCalendar calendar,
            Instant now) {
        acceptedAt = acceptedTime;
        acceptedOn = acceptedDay;
        acceptedAutomatically = automatic;
        acceptedBy = actor.username();
        state = CaseState.ACCEPTED;
        countedOn(calendar);
        record(new ApplicationAccepted(
                id,
                caseNumber,
                matter.code(),
                matter.department(),
                acceptedAt,
                statutoryDueDate(calendar),
                promisedDueDate(calendar),
                actor.username(),
                automatic,
                calendar.restsOnProvisional(acceptedOn, statutoryDueDate(calendar)),
                calendar.restsOnProvisional(acceptedOn, promisedDueDate(calendar))));
        link(
                actor,
                now,
                automatic ? "accept-by-law" : "accept",
                CaseState.PRE_REVIEW.name(),
                "accepted on " + acceptedOn + ", statutory due " + statutoryDueDate(calendar));
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
        closedAt = now;
        closedOn = today(clock);
        record(new NotAccepted(
                id, caseNumber, matter.code(), matter.department(), reason, legalBasis, actor.username(), now));
        link(actor, now, "refuse-acceptance", before.name(), reason + " (" + legalBasis + ")");
    }

    // ---- review steps and the clock -----------------------------------------------------------

    /** Completes the next review step of the catalog version; nothing off the catalog is done. */
    public void completeStep(String stepCode, String opinion, Actor actor, Clock clock, WorkingCalendar calendar) {
        requireState(CaseState.ACCEPTED);
        requireClockRunning();
        ProcessStep step = matter.step(stepCode)
                .orElseThrow(() -> new ConflictException(
                        "step.not-in-catalog",
                        "step " + stepCode + " is not in version " + matterVersion + " of " + matter.code()));
        if (completedSteps.size() >= matter.steps().size()
                || !matter.steps().get(completedSteps.size()).code().equals(stepCode)) {
            throw new ConflictException("step.out-of-order", "step " + stepCode + " is not the next step of this case");
        }
        doStep(step, opinion, actor, now(clock), today(clock), calendar);
    }

    private void doStep(
            ProcessStep step, String opinion, Actor actor, Instant now, LocalDate today, WorkingCalendar calendar) {
        if (!step.role().equals(actor.role())) {
            throw new AccessRefusedException(
                    "step.wrong-role", "step " + step.code() + " is performed by the role " + step.role());
        }
        LocalDate since = completedSteps.isEmpty()
                ? acceptedOn
                : completedSteps.get(completedSteps.size() - 1).on();
        since = since.isAfter(today) ? today : since;
        int taken = Math.max(0, calendar.workingDaysBetween(since, today).value() - pausedSince(since));
        completedSteps.add(new CompletedStep(
                step.code(), step.name(), actor.username(), actor.role(), opinion, now, today, taken));
        record(new StepCompleted(
                id,
                caseNumber,
                matter.code(),
                matter.department(),
                step.code(),
                step.name(),
                actor.username(),
                actor.role(),
                now,
                true,
                step.limitWorkingDays(),
                taken));
        link(actor, now, "step:" + step.code(), state.name(), step.name() + (opinion == null ? "" : ": " + opinion));
    }

    /** Stops the clock for an art. 45 procedure, telling its expected length. */
    public void suspendClock(
            SuspensionProcedure procedure, String reason, int expectedWorkingDays, Actor actor, Clock clock) {
        requireState(CaseState.ACCEPTED);
        if (isSuspended()) {
            throw new ConflictException("clock.already-suspended", "the clock already stands still");
        }
        requireText(reason, "reason", "clock.reason-required");
        if (expectedWorkingDays < 1 || expectedWorkingDays > 250) {
            throw new InvalidValueException(
                    "clock.invalid-expected-length", "expectedWorkingDays", "1 to 250 working days");
        }
        Instant now = now(clock);
        suspensions.add(new Suspension(procedure, reason, expectedWorkingDays, today(clock), now, null, null, 0));
        record(new ClockSuspended(
                id,
                caseNumber,
                matter.code(),
                matter.department(),
                procedure,
                reason,
                expectedWorkingDays,
                actor.username(),
                now));
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
        if (!isSuspended()) {
            throw new ConflictException("clock.not-suspended", "the clock is running");
        }
        Suspension ongoing = suspensions.remove(suspensions.size() - 1);
        LocalDate today = today(clock);
        Instant now = now(clock);
        int paused = calendar.workingDaysBetween(ongoing.startedOn(), today).value();
        countedOn(calendar);
        suspensions.add(new Suspension(
                ongoing.procedure(),
                ongoing.reason(),
                ongoing.expectedWorkingDays(),
                ongoing.startedOn(),
                ongoing.startedAt(),
                today,
                now,
                paused));
        record(new ClockResumed(
                id,
                caseNumber,
                matter.code(),
                matter.department(),
                ongoing.procedure(),
                ongoing.expectedWorkingDays(),
                paused,
                statutoryDueDate(calendar),
                promisedDueDate(calendar),
                actor.username(),
                now,
                calendar.restsOnProvisional(acceptedOn, statutoryDueDate(calendar)),
                calendar.restsOnProvisional(acceptedOn, promisedDueDate(calendar))));
        link(actor, now, "resume-clock", state.name(), ongoing.procedure() + " took " + paused + " working days");
    }

    /** The one extension of art. 42: at most 10 working days, with the approver's reason. */
    public void extendTimeLimit(
            int extraWorkingDays, String reason, Actor actor, Clock clock, WorkingCalendar calendar) {
        requireState(CaseState.ACCEPTED);
        if (extensionWorkingDays > 0) {
            throw new ConflictException("clock.already-extended", "the time limit can be extended once");
        }
        if (extraWorkingDays < 1 || extraWorkingDays > MAX_EXTENSION) {
            throw new InvalidValueException(
                    "clock.extension-too-long",
                    "workingDays",
                    "an extension is 1 to " + MAX_EXTENSION + " working days");
        }
        requireText(reason, "reason", "clock.reason-required");
        extensionWorkingDays = extraWorkingDays;
        extensionReason = reason;
        countedOn(calendar);
        Instant now = now(clock);
        record(new TimeLimitExtended(
                id,
                caseNumber,
                matter.code(),
                matter.department(),
                extraWorkingDays,
                reason,
                statutoryDueDate(calendar),
                actor.username(),
                now,
                calendar.restsOnProvisional(acceptedOn, statutoryDueDate(calendar))));
        link(actor, now, "extend-time-limit", state.name(), "+" + extraWorkingDays + " working days: " + reason);
    }

    // ---- decision -----------------------------------------------------------------------------

    /** Approves after every catalog step is done. */
    public void approve(Map<String, String> faceData, Actor actor, Clock clock) {
        requireDecidable();
        Instant now = now(clock);
        decideApproved(faceData, actor, now);
    }

    private void decideApproved(Map<String, String> faceData, Actor actor, Instant now) {
        Map<String, String> face = new LinkedHashMap<>(formData);
        if (faceData != null) {
            face.putAll(faceData);
        }
        decision = new Decision("APPROVED", null, null, face, actor.username(), now);
        CaseState before = state;
        state = CaseState.APPROVED;
        record(new ApplicationApproved(
                id,
                caseNumber,
                matter.code(),
                matter.name(),
                matterVersion,
                matter.department(),
                matter.licenseTypeCode(),
                applicant.name(),
                applicant.code(),
                applicant.codeType(),
                face,
                actor.username(),
                now));
        link(actor, now, "approve", before.name(), "license type " + matter.licenseTypeCode());
    }

    /** Denies after every catalog step is done; a reason is required. */
    public void deny(String reason, String legalBasis, Actor actor, Clock clock) {
        requireDecidable();
        requireText(reason, "reason", "decision.reason-required");
        Instant now = now(clock);
        decision = new Decision("DENIED", reason, legalBasis == null ? "" : legalBasis, null, actor.username(), now);
        state = CaseState.DENIED;
        record(new ApplicationDenied(
                id,
                caseNumber,
                matter.code(),
                matter.department(),
                reason,
                decision.legalBasis(),
                actor.username(),
                now));
        link(actor, now, "deny", CaseState.ACCEPTED.name(), reason);
    }

    /**
     * Accepts and decides in one action, for on-the-spot matters (即办件) and matters a window
     * representative may decide; every catalog step must be one the window performs.
     */
    public void decideOnTheSpot(Map<String, String> faceData, Actor actor, Clock clock, WorkingCalendar calendar) {
        requireState(CaseState.PRE_REVIEW);
        if (!matter.decidableOnTheSpot()) {
            throw new ConflictException(
                    "decision.not-on-the-spot", "matter " + matter.code() + " is not decided on the spot");
        }
        if (today(clock).isAfter(art32Deadline)) {
            throw new ConflictException("art32.notice-period-over", "the case counts as accepted on receipt already");
        }
        requirePreReviewPassed();
        for (ProcessStep step : matter.steps()) {
            if (!step.role().equals(actor.role())) {
                throw new AccessRefusedException(
                        "step.wrong-role", "step " + step.code() + " is performed by the role " + step.role());
            }
        }
        Instant now = now(clock);
        LocalDate today = today(clock);
        acceptAs(actor, now, today, false, calendar, now);
        for (ProcessStep step : matter.steps()) {
            doStep(step, "on the spot", actor, now, today, calendar);
        }
        decideApproved(faceData, actor, now);
    }

    /** Delivers the decision and closes the case (办结). */
    public void complete(Actor actor, Clock clock, WorkingCalendar calendar) {
        if (state != CaseState.APPROVED && state != CaseState.DENIED) {
            throw wrongState("complete");
        }
        Instant now = now(clock);
        int used = workingDaysUsed(calendar, today(clock));
        CaseState before = state;
        state = CaseState.COMPLETED;
        closedAt = now;
        closedOn = today(clock);
        record(new ApplicationCompleted(
                id,
                caseNumber,
                matter.code(),
                matter.department(),
                before.name(),
                acceptedAt,
                statutoryDueDate(calendar),
                promisedDueDate(calendar),
                used,
                actor.username(),
                now));
        link(actor, now, "complete", before.name(), used + " working days used");
    }

    /** The applicant (or the agent who filed) withdraws before a decision. */
    public void withdraw(String reason, Actor actor, Clock clock) {
        if (!state.isOpen()) {
            throw wrongState("withdraw");
        }
        Instant now = now(clock);
        CaseState before = state;
        state = CaseState.WITHDRAWN;
        closedAt = now;
        closedOn = today(clock);
        record(new ApplicationWithdrawn(
                id,
                caseNumber,
                matter.code(),
                matter.department(),
                before.name(),
                reason == null ? "" : reason,
                actor.username(),
                now));
        link(actor, now, "withdraw", before.name(), reason);
    }

    // ---- calendar changes ---------------------------------------------------------------------

    /**
     * Counts the deadlines of an open case again after the official arrangement of {@code year}
     * replaced the provisional one, once per year: the art. 32 notice deadline, the statutory and
     * promised due dates, the limit of the current review step and the announced end of an ongoing
     * art. 45 procedure. Records {@link CaseDeadlinesRecomputed} with each deadline that moved or
     * stopped being provisional; the working days already used do not change.
     *
     * @param before the calendar the deadlines were counted on, with {@code year} provisional
     * @param after the calendar now
     * @return whether the case changed (and must be saved)
     */
    public boolean recomputeDeadlines(
            int year, WorkingCalendar before, WorkingCalendar after, String reason, Clock clock) {
        if (!state.isOpen() || (officialYearsCounted != null && officialYearsCounted.contains(year))) {
            return false;
        }
        officialYearsCounted = officialYearsCounted == null ? new HashSet<>() : new HashSet<>(officialYearsCounted);
        officialYearsCounted.add(year);
        List<DeadlineChange> changes = new ArrayList<>();
        if (acceptedOn == null && art32Deadline != null && receivedOn != null) {
            int noticeDays =
                    before.workingDaysBetween(receivedOn, art32Deadline).value();
            LocalDate moved = compare(
                    changes,
                    "art32-notice",
                    receivedOn,
                    c -> art32Deadline,
                    c -> c.addWorkingDays(receivedOn, noticeDays),
                    before,
                    after);
            art32Deadline = moved == null ? art32Deadline : moved;
        }
        if (acceptedOn != null) {
            // The days the clock stood still were counted on the provisional year too: count the
            // ended procedures again first, so the due dates rest on the official year only.
            LocalDate previousStatutory = countable(() -> statutoryDueDate(before));
            LocalDate previousPromised = countable(() -> promisedDueDate(before));
            suspensions = new ArrayList<>(suspensions.stream()
                    .map(p -> p.isOngoing() ? p : recounted(p, after))
                    .toList());
            if (previousStatutory != null) {
                compare(
                        changes,
                        "statutory",
                        acceptedOn,
                        c -> previousStatutory,
                        this::statutoryDueDate,
                        before,
                        after);
            }
            if (previousPromised != null) {
                compare(changes, "promised", acceptedOn, c -> previousPromised, this::promisedDueDate, before, after);
            }
            if (completedSteps.size() < matter.steps().size()) {
                ProcessStep current = matter.steps().get(completedSteps.size());
                LocalDate since = completedSteps.isEmpty()
                        ? acceptedOn
                        : completedSteps.get(completedSteps.size() - 1).on();
                if (current.limitWorkingDays() > 0) {
                    Function<WorkingCalendar, LocalDate> stepDue =
                            c -> c.addWorkingDays(since, current.limitWorkingDays());
                    compare(changes, "step:" + current.code(), since, stepDue, stepDue, before, after);
                }
            }
            suspensions.stream().filter(Suspension::isOngoing).findFirst().ifPresent(ongoing -> {
                Function<WorkingCalendar, LocalDate> end =
                        c -> c.addWorkingDays(ongoing.startedOn(), ongoing.expectedWorkingDays());
                compare(changes, "suspension", ongoing.startedOn(), end, end, before, after);
            });
        }
        if (!changes.isEmpty()) {
            Instant now = now(clock);
            record(new CaseDeadlinesRecomputed(
                    id, caseNumber, matter.code(), matter.department(), changes, reason, year, now));
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

    private static Suspension recounted(Suspension ended, WorkingCalendar calendar) {
        try {
            return new Suspension(
                    ended.procedure(),
                    ended.reason(),
                    ended.expectedWorkingDays(),
                    ended.startedOn(),
                    ended.startedAt(),
                    ended.endedOn(),
                    ended.endedAt(),
                    calendar.workingDaysBetween(ended.startedOn(), ended.endedOn())
                            .value());
        } catch (io.onewindow.platform.calendar.CalendarNotCoveredException beyondTheHorizon) {
            return ended;
        }
    }

    private static LocalDate countable(java.util.function.Supplier<LocalDate> count) {
        try {
            return count.get();
        } catch (io.onewindow.platform.calendar.CalendarNotCoveredException beyondTheHorizon) {
            return null;
        }
    }

    // Adds a change when the deadline moved or stopped (or started) resting on a provisional year;
    // returns the new date, or null when it cannot be counted on one of the calendars.
    private static LocalDate compare(
            List<DeadlineChange> changes,
            String name,
            LocalDate start,
            Function<WorkingCalendar, LocalDate> was,
            Function<WorkingCalendar, LocalDate> is,
            WorkingCalendar before,
            WorkingCalendar after) {
        LocalDate previous;
        LocalDate current;
        try {
            previous = was.apply(before);
            current = is.apply(after);
        } catch (io.onewindow.platform.calendar.CalendarNotCoveredException beyondTheHorizon) {
            return null;
        }
        boolean wasProvisional = before.restsOnProvisional(start, previous);
        boolean isProvisional = after.restsOnProvisional(start, current);
        if (!previous.equals(current) || wasProvisional != isProvisional) {
            changes.add(new DeadlineChange(name, previous, current, isProvisional));
        }
        return current;
    }

    private void countedOn(WorkingCalendar calendar) {
        Set<Integer> years = officialYearsCounted == null ? new HashSet<>() : new HashSet<>(officialYearsCounted);
        calendar.officialYears().forEach(y -> years.add(y.getValue()));
        officialYearsCounted = years;
    }

    /** Whether the deadlines still wait to be recounted on {@code year}'s official arrangement. */
    public boolean awaitsRecomputationFor(int year) {
        return state.isOpen() && (officialYearsCounted == null || !officialYearsCounted.contains(year));
    }

    /**
     * Which of the case's dates rest on a provisional calendar year (临时推算): they are shown so and
     * may move when the official arrangement is entered.
     */
    public ProvisionalDates provisionalDates(WorkingCalendar calendar) {
        if (acceptedOn == null) {
            // The art. 32 deadline matters only until the case is accepted.
            return new ProvisionalDates(
                    false,
                    false,
                    art32Deadline != null
                            && receivedOn != null
                            && calendar.restsOnProvisional(receivedOn, art32Deadline));
        }
        return new ProvisionalDates(
                calendar.restsOnProvisional(acceptedOn, statutoryDueDate(calendar)),
                calendar.restsOnProvisional(acceptedOn, promisedDueDate(calendar)),
                false);
    }

    /**
     * Whether each date rests on a provisional calendar year.
     *
     * @param statutoryDueDate the statutory due date
     * @param promisedDueDate the promised due date
     * @param art32Deadline the art. 32 notice deadline
     */
    public record ProvisionalDates(boolean statutoryDueDate, boolean promisedDueDate, boolean art32Deadline) {

        /** Whether any date is provisional. */
        public boolean any() {
            return statutoryDueDate || promisedDueDate || art32Deadline;
        }
    }

    // ---- the clock ----------------------------------------------------------------------------

    /** The clock as of {@code today}. */
    public ClockView clock(WorkingCalendar calendar, LocalDate today) {
        if (acceptedOn == null) {
            return new ClockView(null, null, null, 0, 0, 0, 0, false, List.copyOf(suspensions), art32Deadline);
        }
        LocalDate statutory = statutoryDueDate(calendar);
        LocalDate promised = promisedDueDate(calendar);
        LocalDate until = closedOn != null ? closedOn : today;
        int used = workingDaysUsed(calendar, until);
        int limit = matter.statutoryLimitWorkingDays() + extensionWorkingDays;
        return new ClockView(
                acceptedOn,
                statutory,
                promised,
                used,
                limit - used,
                matter.promisedLimitWorkingDays() - used,
                extensionWorkingDays,
                isSuspended(),
                List.copyOf(suspensions),
                null);
    }

    /** Acceptance + statutory limit + extension + the working days the clock stood still. */
    public LocalDate statutoryDueDate(WorkingCalendar calendar) {
        return calendar.addWorkingDays(
                acceptedOn, matter.statutoryLimitWorkingDays() + extensionWorkingDays + pausedWorkingDays());
    }

    /** Acceptance + promised limit + the working days the clock stood still (the extension is statutory only). */
    public LocalDate promisedDueDate(WorkingCalendar calendar) {
        return calendar.addWorkingDays(acceptedOn, matter.promisedLimitWorkingDays() + pausedWorkingDays());
    }

    private int workingDaysUsed(WorkingCalendar calendar, LocalDate until) {
        if (acceptedOn == null || !until.isAfter(acceptedOn)) {
            return 0;
        }
        int counted = calendar.workingDaysBetween(acceptedOn, until).value();
        int paused = pausedWorkingDays();
        for (Suspension s : suspensions) {
            if (s.isOngoing() && until.isAfter(s.startedOn())) {
                paused += calendar.workingDaysBetween(s.startedOn(), until).value();
            }
        }
        return Math.max(0, counted - paused);
    }

    private int pausedWorkingDays() {
        return suspensions.stream().mapToInt(Suspension::pausedWorkingDays).sum();
    }

    private int pausedSince(LocalDate since) {
        return suspensions.stream()
                .filter(s -> !s.startedOn().isBefore(since))
                .mapToInt(Suspension::pausedWorkingDays)
                .sum();
    }

    public boolean isSuspended() {
        return !suspensions.isEmpty() && suspensions.get(suspensions.size() - 1).isOngoing();
    }

    // ---- access -------------------------------------------------------------------------------

    /** Whether the holder of these identifiers is the applicant, or this username filed the case. */
    public boolean belongsTo(String username, String idNumber, String creditCode) {
        return (username != null && username.equals(filedBy))
                || (idNumber != null && idNumber.equals(applicant.code()))
                || (creditCode != null && creditCode.equals(applicant.code()));
    }

    // ---- helpers ------------------------------------------------------------------------------

    private void requireDecidable() {
        requireState(CaseState.ACCEPTED);
        requireClockRunning();
        if (completedSteps.size() < matter.steps().size()) {
            throw new ConflictException(
                    "decision.steps-pending",
                    "step " + matter.steps().get(completedSteps.size()).code() + " of the catalog is not done yet");
        }
    }

    private void requirePreReviewPassed() {
        if (preReview == PreReviewStatus.WAITING_FOR_LICENSE_CHECK) {
            throw new ConflictException(
                    "application.license-check-pending",
                    "an e-license could not be checked yet; the case waits in pre-review");
        }
        if (preReview != PreReviewStatus.PASSED) {
            throw new ConflictException(
                    "application.defects-open", "pre-review found defects " + defects + ": request a correction");
        }
    }

    private void requireClockRunning() {
        if (isSuspended()) {
            throw new ConflictException("clock.suspended", "the clock stands still for an art. 45 procedure");
        }
    }

    private void requireState(CaseState expected) {
        if (state != expected) {
            throw wrongState(expected.name());
        }
    }

    private ConflictException wrongState(String what) {
        return new ConflictException(
                "application.wrong-state",
                "case " + caseNumber + " is " + state + ": cannot "
                        + what.toLowerCase().replace('_', ' '));
    }

    private static void requireText(String value, String field, String code) {
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
        String previous = audit.isEmpty()
                ? AuditLink.GENESIS
                : audit.get(audit.size() - 1).hash();
        audit.add(AuditLink.append(audit.size() + 1, at, actor, action, before, state.name(), detail, previous));
    }

    private void record(DomainEvent event) {
        if (events == null) {
            events = new ArrayList<>();
        }
        events.add(event);
    }

    /** The events recorded since the last call, for the outbox. */
    public List<DomainEvent> pullEvents() {
        List<DomainEvent> pulled = events == null ? List.of() : List.copyOf(events);
        events = null;
        return pulled;
    }

    /** Verifies the audit chain as stored. */
    public ChainVerification verifyAudit() {
        return ChainVerification.of(audit);
    }

    public String id() {
        return id;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public MatterDefinition matter() {
        return matter;
    }

    public int matterVersion() {
        return matterVersion;
    }

    public Applicant applicant() {
        return applicant;
    }

    public String agent() {
        return agent;
    }

    public String filedBy() {
        return filedBy;
    }

    public Channel channel() {
        return channel;
    }

    public Map<String, String> formData() {
        return formData;
    }

    public List<SubmittedMaterial> materials() {
        return materials;
    }

    public CaseState state() {
        return state;
    }

    public PreReviewStatus preReviewStatus() {
        return preReview;
    }

    public List<String> defects() {
        return defects;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public LocalDate art32Deadline() {
        return art32Deadline;
    }

    public List<CorrectionNotice> corrections() {
        return List.copyOf(corrections);
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public boolean acceptedAutomatically() {
        return acceptedAutomatically;
    }

    public String acceptedBy() {
        return acceptedBy;
    }

    public String extensionReason() {
        return extensionReason;
    }

    public List<CompletedStep> completedSteps() {
        return List.copyOf(completedSteps);
    }

    public Decision decision() {
        return decision;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public List<AuditLink> audit() {
        return List.copyOf(audit);
    }
}
