package io.onewindow.supervision;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventEnvelope;
import io.onewindow.platform.events.approval.ApplicationAccepted;
import io.onewindow.platform.events.approval.ApplicationApproved;
import io.onewindow.platform.events.approval.ApplicationCompleted;
import io.onewindow.platform.events.approval.ApplicationDenied;
import io.onewindow.platform.events.approval.ApplicationSubmitted;
import io.onewindow.platform.events.approval.CaseDeadlinesRecomputed;
import io.onewindow.platform.events.approval.Channel;
import io.onewindow.platform.events.approval.ClockResumed;
import io.onewindow.platform.events.approval.ClockSuspended;
import io.onewindow.platform.events.approval.CorrectionItem;
import io.onewindow.platform.events.approval.CorrectionRequested;
import io.onewindow.platform.events.approval.DeadlineChange;
import io.onewindow.platform.events.approval.NotAccepted;
import io.onewindow.platform.events.approval.PartnerMilestone;
import io.onewindow.platform.events.approval.PartnerMilestoneReported;
import io.onewindow.platform.events.approval.StepCompleted;
import io.onewindow.platform.events.approval.SuspensionProcedure;
import io.onewindow.platform.events.license.LicenseIssued;
import io.onewindow.supervision.cases.domain.CaseTimeline;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A case told as its events, in the district's local time: {@code CaseStory.of("case-1")
 * .submitted("2026-03-02T09:00").accepted("2026-03-02T10:00", ...)}. Gives the envelopes (for
 * Kafka) or the timeline they build (for rules).
 */
public final class CaseStory {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final String DEPARTMENT = "market-regulation";
    public static final String MATTER = "MR-001";
    public static final String APPROVAL_SOURCE = "/onewindow/approval-service";
    public static final String LICENSE_SOURCE = "/onewindow/e-license-service";

    private final String caseId;
    private final String caseNumber;
    private String department = DEPARTMENT;
    private String matter = MATTER;
    private final List<EventEnvelope<DomainEvent>> events = new ArrayList<>();

    private CaseStory(String caseId) {
        this.caseId = caseId;
        this.caseNumber = "AP-" + caseId;
    }

    public static CaseStory of(String caseId) {
        return new CaseStory(caseId);
    }

    public CaseStory inDepartment(String department) {
        this.department = department;
        return this;
    }

    public CaseStory forMatter(String matter) {
        this.matter = matter;
        return this;
    }

    public static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
    }

    public static LocalDate day(String date) {
        return LocalDate.parse(date);
    }

    public String caseId() {
        return caseId;
    }

    private CaseStory add(DomainEvent event, Instant time, String source) {
        events.add(EventEnvelope.wrap(source, event, time));
        return this;
    }

    public CaseStory submitted(String at) {
        return submittedBy("citizen1", "440113********1235", null, at);
    }

    /** Submitted as events did before they carried the applicant's pseudonym. */
    public CaseStory submittedBy(String username, String masked, String agent, String at) {
        return submittedFor("PERSON", masked, null, username, agent, at);
    }

    /**
     * Submitted by {@code username} (the applicant, an agent or a window officer) for an applicant of
     * {@code applicantType} known by {@code masked} and {@code pseudonym}.
     */
    public CaseStory submittedFor(
            String applicantType, String masked, String pseudonym, String username, String agent, String at) {
        return add(
                new ApplicationSubmitted(
                        caseId,
                        caseNumber,
                        matter,
                        1,
                        department,
                        Channel.ONLINE,
                        applicantType,
                        masked,
                        agent,
                        username,
                        at(at),
                        pseudonym),
                at(at),
                APPROVAL_SOURCE);
    }

    /**
     * Received at window {@code window} of {@code servicePointId} (tier {@code tier}) from a visitor's
     * queue ticket, by {@code officer}.
     */
    public CaseStory receivedAtHall(
            String servicePointId, int tier, String window, boolean comprehensive, String officer, String at) {
        return add(
                new ApplicationSubmitted(
                        caseId,
                        caseNumber,
                        matter,
                        1,
                        department,
                        Channel.WINDOW,
                        "PERSON",
                        "440113********1235",
                        null,
                        officer,
                        at(at),
                        null,
                        servicePointId,
                        tier,
                        window,
                        comprehensive,
                        "ticket-" + caseId),
                at(at),
                APPROVAL_SOURCE);
    }

    /**
     * Received as one department's part of the linked filing {@code linkedNumber} (联办件) at window
     * {@code window} of {@code servicePointId} (tier {@code tier}), from the visit of queue ticket
     * {@code ticketId} the other parts share, by {@code officer}.
     */
    public CaseStory receivedAsLinkedPart(
            String linkedNumber,
            String ticketId,
            String servicePointId,
            int tier,
            String window,
            boolean comprehensive,
            String officer,
            String at) {
        return add(
                new ApplicationSubmitted(
                        caseId,
                        caseNumber,
                        matter,
                        1,
                        department,
                        Channel.WINDOW,
                        "PERSON",
                        "440113********1235",
                        null,
                        officer,
                        at(at),
                        null,
                        servicePointId,
                        tier,
                        window,
                        comprehensive,
                        ticketId,
                        linkedNumber),
                at(at),
                APPROVAL_SOURCE);
    }

    /** The applicant came to window {@code window} of {@code servicePointId} for the case filed online. */
    public CaseStory visitAttached(String servicePointId, int tier, String window, String officer, String at) {
        return add(
                new io.onewindow.platform.events.approval.VisitAttached(
                        caseId,
                        caseNumber,
                        matter,
                        department,
                        servicePointId,
                        tier,
                        window,
                        false,
                        "ticket-" + caseId,
                        officer,
                        at(at)),
                at(at),
                APPROVAL_SOURCE);
    }

    public CaseStory accepted(String at, String promisedDue, String statutoryDue, String officer) {
        return add(
                new ApplicationAccepted(
                        caseId,
                        caseNumber,
                        matter,
                        department,
                        at(at),
                        day(statutoryDue),
                        day(promisedDue),
                        officer,
                        false),
                at(at),
                APPROVAL_SOURCE);
    }

    /**
     * Accepted with due dates the approval service counted on a provisional calendar year (both
     * flagged {@code provisional}), as it does in late December before next year's notice.
     */
    public CaseStory acceptedProvisionally(String at, String promisedDue, String statutoryDue, String officer) {
        return add(
                new ApplicationAccepted(
                        caseId,
                        caseNumber,
                        matter,
                        department,
                        at(at),
                        day(statutoryDue),
                        day(promisedDue),
                        officer,
                        false,
                        true,
                        true),
                at(at),
                APPROVAL_SOURCE);
    }

    /**
     * The approval service counted the case's deadlines again on {@code year}'s official
     * arrangement: each change is {@code "deadline:previous:current"}, no longer provisional.
     */
    public CaseStory deadlinesRecomputed(String at, int year, String... changes) {
        List<DeadlineChange> moved = new ArrayList<>();
        for (String change : changes) {
            String[] parts = change.split(":");
            moved.add(new DeadlineChange(parts[0], day(parts[1]), day(parts[2]), false));
        }
        return add(
                new CaseDeadlinesRecomputed(
                        caseId,
                        caseNumber,
                        matter,
                        department,
                        moved,
                        "official calendar " + year + " published (TEST-NOTICE-" + year + " (made-up test data))",
                        year,
                        at(at)),
                at(at),
                APPROVAL_SOURCE);
    }

    /** Accepted on 2026-03-02 by officer1: promised due 2026-03-16 (10 wd), statutory 2026-03-30 (20 wd). */
    public CaseStory acceptedOnMarch2() {
        return accepted("2026-03-02T10:00", "2026-03-16", "2026-03-30", "officer1");
    }

    public CaseStory acceptedAutomatically(String receivedAt, String promisedDue, String statutoryDue) {
        return add(
                new ApplicationAccepted(
                        caseId,
                        caseNumber,
                        matter,
                        department,
                        at(receivedAt),
                        day(statutoryDue),
                        day(promisedDue),
                        "system",
                        true),
                at(receivedAt),
                APPROVAL_SOURCE);
    }

    /** A correction notice naming one item of its own, {@code M-0<sequence>}. */
    public CaseStory correction(int sequence, String at, String justification) {
        return correction(sequence, at, justification, "M-0" + sequence);
    }

    /** A correction notice naming the given material codes. */
    public CaseStory correction(int sequence, String at, String justification, String... materialCodes) {
        List<CorrectionItem> items = new ArrayList<>();
        for (String code : materialCodes) {
            items.add(new CorrectionItem(code, "material " + code, "missing"));
        }
        return add(
                new CorrectionRequested(
                        caseId, caseNumber, matter, department, sequence, items, justification, "officer1", at(at)),
                at(at),
                APPROVAL_SOURCE);
    }

    public CaseStory notAccepted(String at, String reason, String legalBasis) {
        return add(
                new NotAccepted(caseId, caseNumber, matter, department, reason, legalBasis, "officer1", at(at)),
                at(at),
                APPROVAL_SOURCE);
    }

    public CaseStory denied(String at, String reason, String legalBasis) {
        return add(
                new ApplicationDenied(caseId, caseNumber, matter, department, reason, legalBasis, "approver1", at(at)),
                at(at),
                APPROVAL_SOURCE);
    }

    public CaseStory step(String code, String at, boolean inCatalog, int limit, int taken) {
        return add(
                new StepCompleted(
                        caseId,
                        caseNumber,
                        matter,
                        department,
                        code,
                        code,
                        "approver1",
                        "approver",
                        at(at),
                        inCatalog,
                        limit,
                        taken),
                at(at),
                APPROVAL_SOURCE);
    }

    public CaseStory suspended(String at) {
        return add(
                new ClockSuspended(
                        caseId,
                        caseNumber,
                        matter,
                        department,
                        SuspensionProcedure.EXPERT_REVIEW,
                        "expert review",
                        5,
                        "approver1",
                        at(at)),
                at(at),
                APPROVAL_SOURCE);
    }

    public CaseStory resumed(String at, int paused, String promisedDue, String statutoryDue) {
        return add(
                new ClockResumed(
                        caseId,
                        caseNumber,
                        matter,
                        department,
                        SuspensionProcedure.EXPERT_REVIEW,
                        5,
                        paused,
                        day(statutoryDue),
                        day(promisedDue),
                        "approver1",
                        at(at)),
                at(at),
                APPROVAL_SOURCE);
    }

    public CaseStory approved(String at) {
        return add(
                new ApplicationApproved(
                        caseId,
                        caseNumber,
                        matter,
                        "Business licence",
                        1,
                        department,
                        null,
                        ApplicationApproved.RESIDENT_ID,
                        "440113********1235",
                        null,
                        "approver1",
                        at(at)),
                at(at),
                APPROVAL_SOURCE);
    }

    public CaseStory completed(String at, String acceptedAt, String promisedDue, int workingDaysUsed) {
        return add(
                new ApplicationCompleted(
                        caseId,
                        caseNumber,
                        matter,
                        department,
                        "APPROVED",
                        at(acceptedAt),
                        day(promisedDue).plusDays(14),
                        day(promisedDue),
                        workingDaysUsed,
                        "officer1",
                        at(at)),
                at(at),
                APPROVAL_SOURCE);
    }

    public CaseStory milestone(PartnerMilestone milestone, String occurredAt, String reportedAt) {
        return add(
                new PartnerMilestoneReported(
                        caseId,
                        caseNumber,
                        matter,
                        "tax",
                        "TAX-" + caseId,
                        milestone,
                        at(occurredAt),
                        at(reportedAt),
                        milestone == PartnerMilestone.ACCEPTED ? day("2026-03-30") : null,
                        "partner-tax"),
                at(reportedAt),
                APPROVAL_SOURCE);
    }

    /**
     * The tax partner reports {@code milestone} of this case, with its own {@code dueDate} (or
     * {@code null}) and the applicant as {@code applicantType} and {@code pseudonym} (or {@code null}).
     */
    public CaseStory partnerReported(
            PartnerMilestone milestone,
            String occurredAt,
            String reportedAt,
            String dueDate,
            String applicantType,
            String pseudonym) {
        return add(
                new PartnerMilestoneReported(
                        caseId,
                        caseNumber,
                        matter,
                        "tax",
                        "TAX-" + caseId,
                        milestone,
                        at(occurredAt),
                        at(reportedAt),
                        dueDate == null ? null : day(dueDate),
                        "partner-tax",
                        applicantType,
                        pseudonym),
                at(reportedAt),
                APPROVAL_SOURCE);
    }

    public CaseStory license(String licenseId, String at) {
        return add(licenseIssued(licenseId, caseId, at), at(at), LICENSE_SOURCE);
    }

    public static LicenseIssued licenseIssued(String licenseId, String caseId, String at) {
        return new LicenseIssued(
                licenseId,
                "1.2.156.3005.2.11100000000013338W001.11440113MB2C000057." + licenseId + ".001.D",
                "11100000000013338W001",
                DEPARTMENT,
                "APPROVAL",
                caseId,
                caseId == null ? null : "AP-" + caseId,
                MATTER,
                "111",
                "440113********1235",
                LocalDate.ofInstant(at(at), ZONE),
                null,
                "key-1",
                "officer1",
                at(at));
    }

    public List<EventEnvelope<DomainEvent>> events() {
        return List.copyOf(events);
    }

    /** The timeline these events build, applied in order (each event once, as the consumer does). */
    public CaseTimeline timeline() {
        CaseTimeline timeline = CaseTimeline.open(caseId);
        events.forEach(e -> apply(timeline, e));
        return timeline;
    }

    public static void apply(CaseTimeline t, EventEnvelope<DomainEvent> e) {
        String id = e.id();
        DomainEvent d = e.data();
        if (d instanceof ApplicationSubmitted x) {
            t.submitted(id, x);
        } else if (d instanceof ApplicationAccepted x) {
            t.accepted(id, x);
        } else if (d instanceof CorrectionRequested x) {
            t.correctionRequested(id, x);
        } else if (d instanceof NotAccepted x) {
            t.notAccepted(id, x);
        } else if (d instanceof ApplicationDenied x) {
            t.denied(id, x);
        } else if (d instanceof StepCompleted x) {
            t.stepCompleted(id, x);
        } else if (d instanceof ClockSuspended x) {
            t.clockSuspended(id, x, ZONE);
        } else if (d instanceof ClockResumed x) {
            t.clockResumed(id, x);
        } else if (d instanceof ApplicationApproved x) {
            t.approved(id, x);
        } else if (d instanceof ApplicationCompleted x) {
            t.completed(id, x);
        } else if (d instanceof PartnerMilestoneReported x) {
            t.partnerMilestone(id, x);
        } else if (d instanceof LicenseIssued x) {
            t.licenseIssued(id, x);
        } else if (d instanceof CaseDeadlinesRecomputed x) {
            t.deadlinesRecomputed(id, x);
        } else if (d instanceof io.onewindow.platform.events.approval.VisitAttached x) {
            t.visitAttached(id, x);
        } else {
            throw new IllegalArgumentException("not in the story: " + e.type());
        }
    }
}
