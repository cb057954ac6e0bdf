package io.onewindow.approval.partner.domain;

import io.onewindow.platform.calendar.CalendarNotCoveredException;
import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.platform.domain.AggregateRoot;
import io.onewindow.platform.events.approval.PartnerMilestone;
import io.onewindow.platform.events.approval.PartnerMilestoneReported;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A case handled in a partner department's own software, mirrored from its real-time milestone
 * reports so the clock and supervision see it. Reports must come in order (received, accepted,
 * decided, completed), promptly, and never from the future.
 */
public final class PartnerCase extends AggregateRoot {

    private String id;
    private String caseNumber;
    private String department;
    private String partnerCaseNumber;
    private String matterCode;
    private int matterVersion;
    private LocalDate dueDate;
    // Who the case is for, as the partner reported with RECEIVED: the type and the keyed pseudonym
    // of the ID number or credit code, never the number (null when the partner named nobody).
    private String applicantType;
    private String applicantPseudonym;
    private List<MilestoneRecord> milestones;

    private PartnerCase() {}

    /** Opens the mirror with the first report, which must be {@link PartnerMilestone#RECEIVED}. */
    public static PartnerCase open(
            String id,
            String caseNumber,
            String department,
            String partnerCaseNumber,
            String matterCode,
            int matterVersion,
            Report report) {
        PartnerCase mirror = new PartnerCase();
        mirror.id = Objects.requireNonNull(id);
        mirror.caseNumber = caseNumber;
        mirror.department = department;
        mirror.partnerCaseNumber = partnerCaseNumber;
        mirror.matterCode = matterCode;
        mirror.matterVersion = matterVersion;
        mirror.milestones = new ArrayList<>();
        mirror.report(report);
        return mirror;
    }

    /**
     * A milestone report.
     *
     * @param milestone which milestone
     * @param occurredAt when it happened, as the partner says
     * @param dueDate the statutory due date, required with {@code ACCEPTED}
     * @param reportedAt when the report arrived
     * @param maxDelay how late a report may arrive
     * @param reportedBy the partner client id
     * @param applicant who the case is for, only with {@code RECEIVED}; or {@code null}
     */
    public record Report(
            PartnerMilestone milestone,
            Instant occurredAt,
            LocalDate dueDate,
            Instant reportedAt,
            Duration maxDelay,
            String reportedBy,
            ReportedApplicant applicant) {

        /** A report that names no applicant. */
        public Report(
                PartnerMilestone milestone,
                Instant occurredAt,
                LocalDate dueDate,
                Instant reportedAt,
                Duration maxDelay,
                String reportedBy) {
            this(milestone, occurredAt, dueDate, reportedAt, maxDelay, reportedBy, null);
        }
    }

    /**
     * The applicant of a partner case as the platform keeps it: the type and the keyed pseudonym
     * of the ID number or credit code the partner reported (the number itself is not kept).
     *
     * @param type {@code PERSON} or {@code ENTERPRISE}
     * @param pseudonym {@code IdentityPseudonyms#ofApplicant} of the number
     */
    public record ReportedApplicant(String type, String pseudonym) {

        public ReportedApplicant {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(pseudonym, "pseudonym");
        }
    }

    /**
     * Records the next milestone. The same milestone reported again with the same time is a retry
     * and changes nothing.
     *
     * @return whether anything changed
     */
    public boolean report(Report report) {
        if (report.applicant() != null && report.milestone() != PartnerMilestone.RECEIVED) {
            throw new IllegalArgumentException("the applicant is reported with RECEIVED only");
        }
        if (!milestones.isEmpty()) {
            MilestoneRecord last = milestones.get(milestones.size() - 1);
            if (last.milestone() == report.milestone() && last.occurredAt().equals(report.occurredAt())) {
                return false;
            }
        }
        PartnerMilestone expected = milestones.isEmpty()
                ? PartnerMilestone.RECEIVED
                : nextAfter(milestones.get(milestones.size() - 1).milestone());
        if (report.milestone() != expected) {
            throw new PartnerReportRefusedException(
                    "partner.out-of-order",
                    "case " + partnerCaseNumber + " expects " + (expected == null ? "no more milestones" : expected)
                            + ", not " + report.milestone());
        }
        if (report.occurredAt().isAfter(report.reportedAt().plusSeconds(60))) {
            throw new PartnerReportRefusedException("partner.future-dated", "a milestone cannot lie in the future");
        }
        if (report.occurredAt().isBefore(report.reportedAt().minus(report.maxDelay()))) {
            throw new PartnerReportRefusedException(
                    "partner.back-dated",
                    "milestones are reported in real time: at most " + report.maxDelay() + " after they happen");
        }
        if (!milestones.isEmpty()
                && report.occurredAt()
                        .isBefore(milestones.get(milestones.size() - 1).occurredAt())) {
            throw new PartnerReportRefusedException(
                    "partner.out-of-order", "the milestone happened before the previous one");
        }
        if (report.milestone() == PartnerMilestone.ACCEPTED) {
            if (report.dueDate() == null) {
                throw new PartnerReportRefusedException(
                        "partner.due-date-required", "acceptance is reported with its due date");
            }
            dueDate = report.dueDate();
        }
        if (report.applicant() != null) {
            applicantType = report.applicant().type();
            applicantPseudonym = report.applicant().pseudonym();
        }
        milestones.add(
                new MilestoneRecord(report.milestone(), report.occurredAt(), report.reportedAt(), report.dueDate()));
        record(new PartnerMilestoneReported(
                id,
                caseNumber,
                matterCode,
                department,
                partnerCaseNumber,
                report.milestone(),
                report.occurredAt(),
                report.reportedAt(),
                dueDate,
                report.reportedBy(),
                applicantType,
                applicantPseudonym));
        return true;
    }

    /**
     * The clock as the reported milestones set it: from the acceptance day to the decision (or
     * {@code today}), against the reported due date.
     */
    public PartnerClock clock(WorkingCalendar calendar, ZoneId zone, LocalDate today) {
        LocalDate accepted = dayOf(PartnerMilestone.ACCEPTED, zone);
        if (accepted == null) {
            return new PartnerClock(null, null, null, 0, 0, false, true);
        }
        LocalDate decided = dayOf(PartnerMilestone.DECIDED, zone);
        LocalDate until = decided != null ? decided : today;
        try {
            int used = until.isAfter(accepted)
                    ? calendar.workingDaysBetween(accepted, until).value()
                    : 0;
            int left;
            if (!until.isAfter(dueDate)) {
                left = calendar.workingDaysBetween(until, dueDate).value();
            } else {
                left = -calendar.workingDaysBetween(dueDate, until).value();
            }
            LocalDate last = until.isAfter(dueDate) ? until : dueDate;
            return new PartnerClock(
                    accepted, dueDate, decided, used, left, calendar.restsOnProvisional(accepted, last), true);
        } catch (CalendarNotCoveredException beyondTheCalendar) {
            // Reading a case never fails for a date the calendar cannot count yet.
            return new PartnerClock(accepted, dueDate, decided, null, null, true, false);
        }
    }

    /**
     * Whether {@code calendar} can count the clock of an acceptance on {@code acceptedOn} due on
     * {@code dueDate}: checked before an acceptance is stored, so a report the calendar cannot
     * count is refused (503) without writing anything.
     *
     * @throws CalendarNotCoveredException if it cannot
     */
    public static void requireCountable(WorkingCalendar calendar, LocalDate acceptedOn, LocalDate dueDate) {
        if (dueDate.isAfter(acceptedOn)) {
            calendar.workingDaysBetween(acceptedOn, dueDate);
        } else {
            calendar.workingDaysBetween(dueDate, acceptedOn);
        }
    }

    private LocalDate dayOf(PartnerMilestone milestone, ZoneId zone) {
        return milestones.stream()
                .filter(m -> m.milestone() == milestone)
                .map(m -> m.occurredAt().atZone(zone).toLocalDate())
                .findFirst()
                .orElse(null);
    }

    private static PartnerMilestone nextAfter(PartnerMilestone milestone) {
        PartnerMilestone[] all = PartnerMilestone.values();
        return milestone.ordinal() + 1 < all.length ? all[milestone.ordinal() + 1] : null;
    }

    public String id() {
        return id;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String department() {
        return department;
    }

    /** {@code PERSON} or {@code ENTERPRISE} as the partner reported, or {@code null}. */
    public String applicantType() {
        return applicantType;
    }

    /** The applicant's keyed pseudonym, or {@code null} when the partner named nobody. */
    public String applicantPseudonym() {
        return applicantPseudonym;
    }

    public String partnerCaseNumber() {
        return partnerCaseNumber;
    }

    public String matterCode() {
        return matterCode;
    }

    public int matterVersion() {
        return matterVersion;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    /** The stage the case has reached: its latest reported milestone. */
    public PartnerMilestone stage() {
        return milestones.get(milestones.size() - 1).milestone();
    }

    /** When the latest report arrived (the mirror's last update). */
    public Instant lastReportedAt() {
        return milestones.get(milestones.size() - 1).reportedAt();
    }

    public List<MilestoneRecord> milestones() {
        return List.copyOf(milestones);
    }
}
