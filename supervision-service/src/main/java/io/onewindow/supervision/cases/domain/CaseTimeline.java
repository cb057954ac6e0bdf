package io.onewindow.supervision.cases.domain;

import io.onewindow.platform.domain.AggregateRoot;
import io.onewindow.platform.events.approval.ApplicationAccepted;
import io.onewindow.platform.events.approval.ApplicationApproved;
import io.onewindow.platform.events.approval.ApplicationCompleted;
import io.onewindow.platform.events.approval.ApplicationDenied;
import io.onewindow.platform.events.approval.ApplicationResubmitted;
import io.onewindow.platform.events.approval.ApplicationSubmitted;
import io.onewindow.platform.events.approval.ApplicationWithdrawn;
import io.onewindow.platform.events.approval.CaseDeadlinesRecomputed;
import io.onewindow.platform.events.approval.CaseEvent;
import io.onewindow.platform.events.approval.ClockResumed;
import io.onewindow.platform.events.approval.ClockSuspended;
import io.onewindow.platform.events.approval.CorrectionItem;
import io.onewindow.platform.events.approval.CorrectionRequested;
import io.onewindow.platform.events.approval.ExtraCorrectionJustified;
import io.onewindow.platform.events.approval.NotAccepted;
import io.onewindow.platform.events.approval.PartnerMilestoneReported;
import io.onewindow.platform.events.approval.PreReviewPassed;
import io.onewindow.platform.events.approval.StepCompleted;
import io.onewindow.platform.events.approval.TimeLimitExtended;
import io.onewindow.platform.events.approval.VisitAttached;
import io.onewindow.platform.events.license.LicenseIssued;
import io.onewindow.platform.events.supervision.CaseCardChanged;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Everything supervision knows about one case (办件), built only from events: its timeline in
 * order, its clock and its deadline card. Applying an event twice changes nothing (each event id
 * is recorded once), and a license event may arrive before the case's own events: the timeline
 * then starts as a placeholder in state {@link CaseState#UNKNOWN} and is filled in when they come.
 */
public final class CaseTimeline extends AggregateRoot {

    private String id;
    private String caseNumber;
    private String matterCode;
    private Integer matterVersion;
    private String department;
    private String channel;
    private String applicantType;
    private String applicantMasked;
    private String applicantPseudonym;
    private String agent;
    private String submittedBy;
    private String servicePointId;
    private Integer tier;
    private String window;
    private Boolean comprehensiveWindow;
    // The hall visit's queue ticket; null without a visit and in documents stored before it was kept.
    private String ticketId;
    // The linked filing (联办件) the case is one department's part of, or null.
    private String linkedNumber;
    private String deliveryServicePointId;
    private String deliveryWindow;
    private CaseState state = CaseState.UNKNOWN;
    private Instant receivedAt;
    private Instant acceptedAt;
    private String acceptedBy;
    private boolean automaticAcceptance;
    private LocalDate statutoryDueDate;
    private LocalDate promisedDueDate;
    // As the approval service said; false in documents and events from before the flags existed.
    private boolean statutoryDueProvisional;
    private boolean promisedDueProvisional;
    private int pausedWorkingDays;
    private LocalDate suspendedSince;
    private int correctionNotices;
    private int resubmissions;
    private boolean extraCorrectionJustified;
    private Instant firstNoticeAt;
    private String refusalReason;
    private String refusalLegalBasis;
    private String decidedBy;
    private Instant decidedAt;
    private String outcome;
    private Instant completedAt;
    private Integer workingDaysUsed;
    private CardColour card = CardColour.NONE;
    private List<TimelineEntry> entries = new ArrayList<>();
    private List<StepRecord> steps = new ArrayList<>();
    private List<MilestoneRecord> milestones = new ArrayList<>();
    private List<CorrectionNotice> corrections = new ArrayList<>();
    private List<DeadlineMove> deadlineMoves = new ArrayList<>();
    private List<String> licenseIds = new ArrayList<>();
    private Instant firstLicenseIssuedAt;
    private boolean approvalSeen;
    // The due date a partner system set itself with ACCEPTED (the catalog's limits rule the clock).
    private LocalDate partnerDueDate;

    // For the persistence mapper; cases are started with open(caseId).
    CaseTimeline() {}

    /** An empty timeline for a case whose events are about to be applied. */
    public static CaseTimeline open(String caseId) {
        CaseTimeline timeline = new CaseTimeline();
        timeline.id = Objects.requireNonNull(caseId, "caseId");
        return timeline;
    }

    /** Whether the event with this id is already on the timeline. */
    public boolean hasSeen(String eventId) {
        return entries.stream().anyMatch(entry -> entry.eventId().equals(eventId));
    }

    // Every case event carries the case's identity, so a placeholder learns it from whichever comes.
    private boolean enter(String eventId, CaseEvent event, String type, Instant at, String actor, String note) {
        if (hasSeen(eventId)) {
            return false;
        }
        caseNumber = event.caseNumber() != null ? event.caseNumber() : caseNumber;
        matterCode = event.matterCode() != null ? event.matterCode() : matterCode;
        department = event.department() != null ? event.department() : department;
        append(new TimelineEntry(eventId, type, at, actor, note));
        return true;
    }

    private void append(TimelineEntry entry) {
        entries.add(entry);
        // Stable sort: events of one case arrive in order; a license event from another topic
        // is slotted in by its time.
        entries.sort(Comparator.comparing(TimelineEntry::at, Comparator.nullsLast(Comparator.naturalOrder())));
    }

    public boolean submitted(String eventId, ApplicationSubmitted e) {
        if (!enter(eventId, e, "ApplicationSubmitted", e.receivedAt(), e.submittedBy(), null)) {
            return false;
        }
        matterVersion = e.matterVersion();
        channel = e.channel() == null ? null : e.channel().name();
        applicantType = e.applicantType();
        applicantMasked = e.applicantMasked();
        applicantPseudonym = e.applicantPseudonym();
        agent = e.agent();
        submittedBy = e.submittedBy();
        receivedAt = e.receivedAt();
        servicePointId = e.servicePointId();
        tier = e.tier();
        window = e.window();
        comprehensiveWindow = e.comprehensiveWindow();
        ticketId = e.ticketId();
        linkedNumber = e.linkedNumber();
        if (state == CaseState.UNKNOWN) {
            state = CaseState.RECEIVED;
        }
        return true;
    }

    /** A hall visit was attached to the case filed online: it now counts at that point and tier. */
    public boolean visitAttached(String eventId, VisitAttached e) {
        String note = "ticket at " + e.servicePointId() + " window " + e.window();
        if (!enter(eventId, e, "VisitAttached", e.attachedAt(), e.attachedBy(), note)) {
            return false;
        }
        servicePointId = e.servicePointId();
        tier = e.tier();
        window = e.window();
        comprehensiveWindow = e.comprehensiveWindow();
        ticketId = e.ticketId();
        return true;
    }

    public boolean preReviewPassed(String eventId, PreReviewPassed e) {
        return enter(eventId, e, "PreReviewPassed", e.passedAt(), null, null);
    }

    public boolean correctionRequested(String eventId, CorrectionRequested e) {
        String note = "sequence " + e.sequence() + ", " + e.items().size() + " item(s)";
        if (!enter(eventId, e, "CorrectionRequested", e.requestedAt(), e.requestedBy(), note)) {
            return false;
        }
        correctionNotices = Math.max(correctionNotices + 1, e.sequence());
        if (corrections == null) {
            corrections = new ArrayList<>();
        }
        corrections.add(new CorrectionNotice(
                eventId,
                e.sequence(),
                e.items().stream()
                        .map(CorrectionItem::materialCode)
                        .filter(Objects::nonNull)
                        .toList(),
                e.justification(),
                e.requestedBy(),
                e.requestedAt()));
        if (firstNoticeAt == null) {
            firstNoticeAt = e.requestedAt();
        }
        if (e.justification() != null && !e.justification().isBlank()) {
            extraCorrectionJustified = true;
        }
        state = CaseState.CORRECTION;
        return true;
    }

    public boolean extraCorrectionJustified(String eventId, ExtraCorrectionJustified e) {
        if (!enter(eventId, e, "ExtraCorrectionJustified", e.justifiedAt(), e.justifiedBy(), null)) {
            return false;
        }
        extraCorrectionJustified = true;
        return true;
    }

    public boolean resubmitted(String eventId, ApplicationResubmitted e) {
        if (!enter(eventId, e, "ApplicationResubmitted", e.resubmittedAt(), e.resubmittedBy(), null)) {
            return false;
        }
        resubmissions++;
        state = CaseState.RECEIVED;
        return true;
    }

    public boolean accepted(String eventId, ApplicationAccepted e) {
        String note = e.automatic() ? "accepted by law (art. 32)" : null;
        if (!enter(eventId, e, "ApplicationAccepted", e.acceptedAt(), e.by(), note)) {
            return false;
        }
        acceptedAt = e.acceptedAt();
        acceptedBy = e.by();
        automaticAcceptance = e.automatic();
        take(deadlines()
                .accepted(
                        e.statutoryDueDate(),
                        e.statutoryDueProvisional(),
                        e.promisedDueDate(),
                        e.promisedDueProvisional()));
        if (firstNoticeAt == null) {
            firstNoticeAt = e.acceptedAt();
        }
        if (!state.isClosed() && state != CaseState.DECIDED) {
            state = CaseState.ACCEPTED;
        }
        return true;
    }

    public boolean notAccepted(String eventId, NotAccepted e) {
        if (!enter(eventId, e, "NotAccepted", e.at(), e.by(), e.reason())) {
            return false;
        }
        refusalReason = e.reason();
        refusalLegalBasis = e.legalBasis();
        decidedBy = e.by();
        decidedAt = e.at();
        if (firstNoticeAt == null) {
            firstNoticeAt = e.at();
        }
        state = CaseState.NOT_ACCEPTED;
        outcome = "NOT_ACCEPTED";
        return true;
    }

    public boolean stepCompleted(String eventId, StepCompleted e) {
        if (!enter(eventId, e, "StepCompleted", e.at(), e.performedBy(), e.stepCode())) {
            return false;
        }
        steps.add(new StepRecord(
                eventId,
                e.stepCode(),
                e.performedBy(),
                e.at(),
                e.inCatalog(),
                e.stepLimitWorkingDays(),
                e.workingDaysTaken()));
        return true;
    }

    public boolean clockSuspended(String eventId, ClockSuspended e, ZoneId zone) {
        if (!enter(eventId, e, "ClockSuspended", e.at(), e.by(), e.procedure() + "")) {
            return false;
        }
        take(deadlines().suspended(LocalDate.ofInstant(e.at(), zone)));
        state = CaseState.SUSPENDED;
        return true;
    }

    public boolean clockResumed(String eventId, ClockResumed e) {
        if (!enter(eventId, e, "ClockResumed", e.at(), e.by(), e.pausedWorkingDays() + " working day(s) paused")) {
            return false;
        }
        take(deadlines()
                .resumed(
                        e.pausedWorkingDays(),
                        e.statutoryDueDate(),
                        e.statutoryDueProvisional(),
                        e.promisedDueDate(),
                        e.promisedDueProvisional()));
        if (state == CaseState.SUSPENDED) {
            state = CaseState.ACCEPTED;
        }
        return true;
    }

    public boolean timeLimitExtended(String eventId, TimeLimitExtended e) {
        if (!enter(eventId, e, "TimeLimitExtended", e.at(), e.by(), "+" + e.extraWorkingDays())) {
            return false;
        }
        take(deadlines().extended(e.statutoryDueDate(), e.statutoryDueProvisional()));
        return true;
    }

    public boolean approved(String eventId, ApplicationApproved e) {
        if (!enter(eventId, e, "ApplicationApproved", e.decidedAt(), e.decidedBy(), null)) {
            return false;
        }
        approvalSeen = true;
        decidedBy = e.decidedBy();
        decidedAt = e.decidedAt();
        outcome = "APPROVED";
        if (!state.isClosed()) {
            state = CaseState.DECIDED;
        }
        return true;
    }

    public boolean denied(String eventId, ApplicationDenied e) {
        if (!enter(eventId, e, "ApplicationDenied", e.decidedAt(), e.decidedBy(), e.reason())) {
            return false;
        }
        refusalReason = e.reason();
        refusalLegalBasis = e.legalBasis();
        decidedBy = e.decidedBy();
        decidedAt = e.decidedAt();
        outcome = "DENIED";
        if (!state.isClosed()) {
            state = CaseState.DECIDED;
        }
        return true;
    }

    public boolean completed(String eventId, ApplicationCompleted e) {
        String note = e.deliveryServicePointId() == null
                ? e.outcome()
                : e.outcome() + ", handed out at " + e.deliveryServicePointId() + " window " + e.deliveryWindow();
        if (!enter(eventId, e, "ApplicationCompleted", e.completedAt(), e.completedBy(), note)) {
            return false;
        }
        completedAt = e.completedAt();
        deliveryServicePointId = e.deliveryServicePointId();
        deliveryWindow = e.deliveryWindow();
        outcome = e.outcome();
        workingDaysUsed = e.workingDaysUsed();
        if ("APPROVED".equals(e.outcome())) {
            approvalSeen = true;
        }
        acceptedAt = acceptedAt == null ? e.acceptedAt() : acceptedAt;
        take(deadlines().completed(e.statutoryDueDate(), e.promisedDueDate()));
        state = CaseState.COMPLETED;
        return true;
    }

    public boolean withdrawn(String eventId, ApplicationWithdrawn e) {
        if (!enter(eventId, e, "ApplicationWithdrawn", e.withdrawnAt(), e.withdrawnBy(), e.reason())) {
            return false;
        }
        completedAt = e.withdrawnAt();
        outcome = "WITHDRAWN";
        state = CaseState.WITHDRAWN;
        return true;
    }

    /**
     * A partner system's milestone, mirrored into the same clock: RECEIVED and ACCEPTED start it,
     * DECIDED and COMPLETED close it. Off-system signs (completion without acceptance, back-dating)
     * are the rules' business, not refused here: the evidence must be kept as it came.
     */
    public boolean partnerMilestone(String eventId, PartnerMilestoneReported e) {
        return partnerMilestone(eventId, e, null);
    }

    /**
     * A partner system's milestone, with the catalog's limits for the case's matter when they are
     * known ({@code limits}): an ACCEPTED milestone then sets the due dates the card follows from
     * the catalog, and keeps the partner's own due date ({@link #partnerDueDate()}) for the rules.
     * The applicant's pseudonym, when the report carries it, makes the case the applicant's.
     */
    public boolean partnerMilestone(String eventId, PartnerMilestoneReported e, PartnerLimits limits) {
        String milestone = e.milestone() == null ? "UNKNOWN" : e.milestone().name();
        if (!enter(eventId, e, "PartnerMilestoneReported", e.occurredAt(), e.reportedBy(), milestone)) {
            return false;
        }
        channel = channel == null ? "PARTNER" : channel;
        if (e.applicantPseudonym() != null && applicantPseudonym == null) {
            applicantPseudonym = e.applicantPseudonym();
            applicantType = e.applicantType();
        }
        milestones.add(new MilestoneRecord(eventId, milestone, e.occurredAt(), e.reportedAt()));
        switch (milestone) {
            case "RECEIVED" -> {
                receivedAt = receivedAt == null ? e.occurredAt() : receivedAt;
                if (state == CaseState.UNKNOWN) {
                    state = CaseState.RECEIVED;
                }
            }
            case "ACCEPTED" -> {
                acceptedAt = acceptedAt == null ? e.occurredAt() : acceptedAt;
                partnerDueDate = e.dueDate() != null ? e.dueDate() : partnerDueDate;
                if (limits != null && matterVersion == null) {
                    matterVersion = limits.matterVersion();
                }
                take(deadlines().partnerAccepted(e.dueDate(), limits));
                firstNoticeAt = firstNoticeAt == null ? e.occurredAt() : firstNoticeAt;
                if (!state.isClosed() && state != CaseState.DECIDED) {
                    state = CaseState.ACCEPTED;
                }
            }
            case "DECIDED" -> {
                approvalSeen = true;
                decidedAt = e.occurredAt();
                if (!state.isClosed()) {
                    state = CaseState.DECIDED;
                }
            }
            case "COMPLETED" -> {
                approvalSeen = true;
                completedAt = e.occurredAt();
                outcome = outcome == null ? "COMPLETED" : outcome;
                state = CaseState.COMPLETED;
            }
            default -> {
                // an unknown milestone stays on the timeline as evidence only
            }
        }
        return true;
    }

    /**
     * The catalog's limits for a partner case accepted before its catalog version was known here
     * (a version arriving late, or a replay that read the case's partition first): the due dates
     * are counted on them now, as they would have been at acceptance. Not an event: changes only a
     * partner case still counted on the partner's own date.
     *
     * @return whether anything changed
     */
    public boolean partnerLimitsArrived(PartnerLimits limits) {
        if (limits == null
                || partnerDueDate == null
                || acceptedAt == null
                || matterVersion != null
                || limits.statutoryDueDate() == null
                || limits.promisedDueDate() == null) {
            return false;
        }
        matterVersion = limits.matterVersion();
        take(deadlines().partnerAccepted(partnerDueDate, limits));
        return true;
    }

    /**
     * The approval service counted the case's deadlines again because an official calendar year
     * replaced the provisional one: the statutory and promised due dates (and whether they are
     * still provisional) are taken as given, and every change stays on the timeline with its old
     * and new date and the reason. The clock itself (working days used, paused days) is unchanged.
     */
    public boolean deadlinesRecomputed(String eventId, CaseDeadlinesRecomputed e) {
        String note = e.changes().stream().map(CaseDeadlines::describe).collect(Collectors.joining("; "))
                + (e.reason() == null || e.reason().isBlank() ? "" : " (" + e.reason() + ")");
        if (!enter(eventId, e, "CaseDeadlinesRecomputed", e.recomputedAt(), null, note)) {
            return false;
        }
        take(deadlines().recomputed(eventId, e));
        return true;
    }

    /** The case's deadlines as the events set them so far. */
    public CaseDeadlines deadlines() {
        return new CaseDeadlines(
                statutoryDueDate,
                promisedDueDate,
                statutoryDueProvisional,
                promisedDueProvisional,
                pausedWorkingDays,
                suspendedSince,
                deadlineMoves);
    }

    // The deadlines are stored in the timeline's own fields (the stored shape of case_timelines).
    private void take(CaseDeadlines d) {
        statutoryDueDate = d.statutoryDueDate();
        promisedDueDate = d.promisedDueDate();
        statutoryDueProvisional = d.statutoryDueProvisional();
        promisedDueProvisional = d.promisedDueProvisional();
        pausedWorkingDays = d.pausedWorkingDays();
        suspendedSince = d.suspendedSince();
        deadlineMoves = new ArrayList<>(d.moves());
    }

    /** A license naming this case was issued; it may come before any of the case's own events. */
    public boolean licenseIssued(String eventId, LicenseIssued e) {
        if (hasSeen(eventId)) {
            return false;
        }
        department = department == null ? e.department() : department;
        matterCode = matterCode == null ? e.matterCode() : matterCode;
        caseNumber = caseNumber == null ? e.caseNumber() : caseNumber;
        append(new TimelineEntry(eventId, "LicenseIssued", e.issuedAt(), e.issuedBy(), e.identifier()));
        licenseIds.add(e.licenseId());
        if (firstLicenseIssuedAt == null || e.issuedAt().isBefore(firstLicenseIssuedAt)) {
            firstLicenseIssuedAt = e.issuedAt();
        }
        return true;
    }

    /**
     * Announces the card the case shows ({@code CaseCardChanged}): a new colour ({@code from} is
     * {@code null} for the first card), or the same colour again when the promised due date on it
     * moved or stopped being provisional.
     */
    public void announceCard(
            CardColour from, CardColour to, int workingDaysUsedNow, boolean promisedDueProvisionalNow, Instant at) {
        record(new CaseCardChanged(
                id,
                department,
                matterCode,
                from == null ? null : from.name(),
                to.name(),
                promisedDueDate,
                workingDaysUsedNow,
                at,
                promisedDueProvisionalNow));
    }

    /** Records the card the clock shows now; returns the previous one when it changed. */
    public Optional<CardColour> showCard(CardColour colour) {
        if (colour == card) {
            return Optional.empty();
        }
        CardColour previous = card;
        card = colour;
        return Optional.of(previous);
    }

    /** The event ids of the entries of one type, in time order: the evidence a rule cites. */
    public List<String> eventIdsOf(String type) {
        return entries.stream()
                .filter(entry -> entry.type().equals(type))
                .map(TimelineEntry::eventId)
                .toList();
    }

    /** Whether any of the case's own (approval-side) events has arrived. */
    public boolean isKnown() {
        return state != CaseState.UNKNOWN;
    }

    /** Who the case is for and who filed it. */
    public Applicant applicant() {
        return new Applicant(applicantType, applicantMasked, applicantPseudonym, agent, submittedBy);
    }

    public String id() {
        return id;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String matterCode() {
        return matterCode;
    }

    public Integer matterVersion() {
        return matterVersion;
    }

    public String department() {
        return department;
    }

    public String channel() {
        return channel;
    }

    /** The service point whose visit became the case, or {@code null} (online, partner, no ticket). */
    public String servicePointId() {
        return servicePointId;
    }

    /** That point's service tier (4 district, 5 town/street, 6 village/community), or {@code null}. */
    public Integer tier() {
        return tier;
    }

    /** The window that received the visit, or {@code null}. */
    public String window() {
        return window;
    }

    /** Where the result was handed out at a window (统一窗口出件), or {@code null}. */
    public String deliveryServicePointId() {
        return deliveryServicePointId;
    }

    /**
     * The queue ticket of the hall visit that became the case (or was attached to it), or
     * {@code null}: no visit, or a timeline stored before tickets were kept (a rebuild fills it in).
     * The parts of a linked filing received from one visit share it.
     */
    public String ticketId() {
        return ticketId;
    }

    /**
     * The number of the linked filing (联办件, {@code LB-YYYYMMDD-NNNNNN}) this case is one
     * department's part of, or {@code null} for a case on its own.
     */
    public String linkedNumber() {
        return linkedNumber;
    }

    /** The delivery window's number, or {@code null}. */
    public String deliveryWindow() {
        return deliveryWindow;
    }

    /** Whether a comprehensive window (综合受理) received it; {@code null} without a visit. */
    public Boolean comprehensiveWindow() {
        return comprehensiveWindow;
    }

    public CaseState state() {
        return state;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public String acceptedBy() {
        return acceptedBy;
    }

    public boolean automaticAcceptance() {
        return automaticAcceptance;
    }

    public int correctionNotices() {
        return correctionNotices;
    }

    public int resubmissions() {
        return resubmissions;
    }

    /**
     * The correction notices in the order they arrived (empty for timelines stored before notices
     * were kept one by one; a rebuild from the topics fills them in).
     */
    public List<CorrectionNotice> corrections() {
        return corrections == null ? List.of() : List.copyOf(corrections);
    }

    public boolean extraCorrectionJustified() {
        return extraCorrectionJustified;
    }

    public Instant firstNoticeAt() {
        return firstNoticeAt;
    }

    public String refusalReason() {
        return refusalReason;
    }

    public String refusalLegalBasis() {
        return refusalLegalBasis;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String outcome() {
        return outcome;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public Integer workingDaysUsed() {
        return workingDaysUsed;
    }

    public CardColour card() {
        return card;
    }

    public List<TimelineEntry> entries() {
        return List.copyOf(entries);
    }

    public List<StepRecord> steps() {
        return List.copyOf(steps);
    }

    public List<MilestoneRecord> milestones() {
        return List.copyOf(milestones);
    }

    public List<String> licenseIds() {
        return List.copyOf(licenseIds);
    }

    public Instant firstLicenseIssuedAt() {
        return firstLicenseIssuedAt;
    }

    public boolean approvalSeen() {
        return approvalSeen;
    }

    /**
     * The due date a partner system reported with its acceptance, or {@code null} (not a partner
     * case, or not accepted yet). The clock follows the catalog's limits where they are known.
     */
    public LocalDate partnerDueDate() {
        return partnerDueDate;
    }
}
