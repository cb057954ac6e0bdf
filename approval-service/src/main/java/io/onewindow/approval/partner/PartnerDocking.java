package io.onewindow.approval.partner;

import io.onewindow.approval.catalog.MatterCatalog;
import io.onewindow.approval.catalog.domain.MatterVersion;
import io.onewindow.approval.config.ApprovalSettings;
import io.onewindow.approval.department.DepartmentRegistry;
import io.onewindow.approval.department.domain.Department;
import io.onewindow.approval.partner.domain.PartnerCase;
import io.onewindow.approval.partner.domain.PartnerNotRegisteredException;
import io.onewindow.approval.partner.domain.PartnerReportRefusedException;
import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.DomainException;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.events.approval.PartnerMilestone;
import io.onewindow.platform.events.approval.PartnerReportRefused;
import io.onewindow.platform.identity.IdentityPseudonyms;
import io.onewindow.platform.identity.ResidentIdNumber;
import io.onewindow.platform.identity.UnifiedSocialCreditCode;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.service.UseCase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Real-time docking (实时对接) of partner department systems: each reports milestones of its own cases,
 * for its own department only (the {@code department} claim of its token). Refused reports are
 * recorded and published before the refusal is answered.
 */
@UseCase
public class PartnerDocking {

    private final PartnerCaseStore mirrors;
    private final MatterCatalog catalog;
    private final PartnerRefusalStore refusals;
    private final Clock clock;
    private final ApprovalSettings settings;
    private final WorkingCalendar calendar;
    private final DepartmentRegistry departments;
    private final IdentityPseudonyms pseudonyms;

    PartnerDocking(
            PartnerCaseStore mirrors,
            MatterCatalog catalog,
            PartnerRefusalStore refusals,
            Clock clock,
            ApprovalSettings settings,
            WorkingCalendar calendar,
            DepartmentRegistry departments,
            IdentityPseudonyms pseudonyms) {
        this.pseudonyms = pseudonyms;
        this.calendar = calendar;
        this.departments = departments;
        this.mirrors = mirrors;
        this.catalog = catalog;
        this.refusals = refusals;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * A milestone report.
     *
     * @param partnerCaseNumber the case number in the partner's system
     * @param matterCode the catalog matter
     * @param milestone which milestone
     * @param occurredAt when it happened
     * @param dueDate the due date, with {@code ACCEPTED}
     * @param applicantIdNumber the applicant's resident ID number (GB 11643), with {@code RECEIVED}
     *     only; or {@code null}
     * @param applicantCreditCode the applicant's unified social credit code (GB 32100), with
     *     {@code RECEIVED} only, instead of an ID number; or {@code null}
     */
    public record MilestoneReport(
            String partnerCaseNumber,
            String matterCode,
            PartnerMilestone milestone,
            Instant occurredAt,
            LocalDate dueDate,
            String applicantIdNumber,
            String applicantCreditCode) {

        /** A report that names no applicant. */
        public MilestoneReport(
                String partnerCaseNumber,
                String matterCode,
                PartnerMilestone milestone,
                Instant occurredAt,
                LocalDate dueDate) {
            this(partnerCaseNumber, matterCode, milestone, occurredAt, dueDate, null, null);
        }
    }

    /**
     * Records a milestone, or refuses it and records the refusal: 403 when the caller is not the
     * registered partner system of an active department ({@code partner.unknown-department},
     * {@code partner.department-retired}, {@code partner.client-not-registered}), 409 when the report
     * breaks the docking rules.
     */
    public PartnerCase reportMilestone(MilestoneReport report, Caller caller) {
        String department = requirePartner(caller);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        try {
            requireRegisteredSystem(department, caller, true);
        } catch (PartnerNotRegisteredException refused) {
            recordRefusal(report, department, refused, now, caller.clientId());
            throw refused;
        }
        // Checked before anything is written: a bad applicant is a 400 that leaves no trace.
        PartnerCase.ReportedApplicant applicant = applicantOf(report);
        if (report.dueDate() != null) {
            // Everything the answer will count is counted before anything is written: a due date
            // the calendar cannot count yet is a 503 that changes nothing (no mirror, no event,
            // no refusal held against the partner), and the report can simply be sent again later.
            PartnerCase.requireCountable(
                    calendar, report.occurredAt().atZone(clock.getZone()).toLocalDate(), report.dueDate());
        }
        PartnerCase.Report domainReport = new PartnerCase.Report(
                report.milestone(),
                report.occurredAt().truncatedTo(ChronoUnit.MILLIS),
                report.dueDate(),
                now,
                settings.partner().maxReportDelay(),
                caller.clientId(),
                applicant);
        try {
            MatterVersion matter = catalog.currentVersion(report.matterCode())
                    .filter(v -> v.definition().department().equals(department))
                    .orElseThrow(() -> new PartnerReportRefusedException(
                            "partner.unknown-matter",
                            "no published matter " + report.matterCode() + " of department " + department));
            return mirrors.openOrChange(
                    department,
                    report.partnerCaseNumber(),
                    () -> PartnerCase.open(
                            UUID.randomUUID().toString(),
                            "PT-" + department + "-" + report.partnerCaseNumber(),
                            department,
                            report.partnerCaseNumber(),
                            matter.code(),
                            matter.version(),
                            domainReport),
                    mirror -> {
                        if (!mirror.matterCode().equals(report.matterCode())) {
                            throw new PartnerReportRefusedException(
                                    "partner.matter-changed",
                                    "case " + report.partnerCaseNumber() + " is for " + mirror.matterCode());
                        }
                        return mirror.report(domainReport);
                    });
        } catch (PartnerReportRefusedException refused) {
            recordRefusal(report, department, refused, now, caller.clientId());
            throw refused;
        }
    }

    /**
     * The applicant the report names, as the platform keeps it: the type and the keyed pseudonym
     * (never the number). An ID number or a credit code, not both, and only with {@code RECEIVED};
     * each with a valid check character (GB 11643, GB 32100; the annotations on the request check
     * them at the door, this checks them again for any other caller).
     *
     * @throws InvalidValueException 400, naming the field
     */
    private PartnerCase.ReportedApplicant applicantOf(MilestoneReport report) {
        boolean person = report.applicantIdNumber() != null;
        boolean enterprise = report.applicantCreditCode() != null;
        if (!person && !enterprise) {
            return null;
        }
        String field = person ? "applicantIdNumber" : "applicantCreditCode";
        if (person && enterprise) {
            throw new InvalidValueException(
                    "partner.applicant-ambiguous",
                    "applicantCreditCode",
                    "an applicant is named by an ID number or a credit code, not both");
        }
        if (report.milestone() != PartnerMilestone.RECEIVED) {
            throw new InvalidValueException(
                    "partner.applicant-not-received", field, "the applicant is reported with RECEIVED only");
        }
        if (person && !ResidentIdNumber.isValid(report.applicantIdNumber())) {
            throw new InvalidValueException(
                    ResidentIdNumber.CHECK_CHARACTER, field, "must be a valid resident ID number (GB 11643)");
        }
        if (enterprise && !UnifiedSocialCreditCode.isValid(report.applicantCreditCode())) {
            throw new InvalidValueException(
                    UnifiedSocialCreditCode.CHECK_CHARACTER,
                    field,
                    "must be a valid unified social credit code (GB 32100)");
        }
        String code = person ? report.applicantIdNumber() : report.applicantCreditCode();
        return new PartnerCase.ReportedApplicant(
                enterprise ? "ENTERPRISE" : "PERSON", pseudonyms.ofApplicant(code, enterprise));
    }

    /**
     * A mirrored case of the partner's own department, for the department's registered system (also
     * once the department is retired).
     */
    public PartnerCase read(String partnerCaseNumber, Caller caller) {
        String department = requirePartner(caller);
        requireRegisteredSystem(department, caller, false);
        return mirrors.find(department, partnerCaseNumber)
                .orElseThrow(() -> new NotFoundException("partner case", partnerCaseNumber));
    }

    /** Order of {@link #list}: the latest report first. */
    public static final Sort LIST_ORDER = PartnerCaseStore.LIST_ORDER;

    /**
     * The mirrors of the partner's own department, one page in {@link #LIST_ORDER}, for the
     * department's registered system (also once the department is retired).
     *
     * @param stage only cases at this stage (latest milestone), or {@code null}
     * @param updatedSince only cases reported at or after it, or {@code null}
     */
    public Page<PartnerCase> list(Caller caller, PartnerMilestone stage, Instant updatedSince, Pageable page) {
        String department = requirePartner(caller);
        requireRegisteredSystem(department, caller, false);
        return mirrors.ofDepartment(department, stage, updatedSince, page);
    }

    private void recordRefusal(
            MilestoneReport report, String department, DomainException refused, Instant now, String client) {
        PartnerRefusalDocument refusal = new PartnerRefusalDocument();
        refusal.id = UUID.randomUUID().toString();
        refusal.department = department;
        refusal.partnerCaseNumber = report.partnerCaseNumber();
        refusal.matterCode = report.matterCode();
        refusal.milestone = report.milestone().name();
        refusal.problemCode = refused.code();
        refusal.detail = refused.getMessage();
        refusal.occurredAt = report.occurredAt();
        refusal.reportedAt = now;
        refusal.reportedBy = client;
        refusals.add(
                refusal,
                new PartnerReportRefused(
                        department,
                        report.partnerCaseNumber(),
                        report.matterCode(),
                        report.milestone(),
                        refused.code(),
                        report.occurredAt(),
                        now,
                        client));
    }

    /**
     * The token's department is registered (and, for reports, active) and the calling client is its
     * registered partner system.
     */
    private void requireRegisteredSystem(String department, Caller caller, boolean mustBeActive) {
        Department registered = departments
                .find(department)
                .orElseThrow(() -> new PartnerNotRegisteredException(
                        "partner.unknown-department", "no registered department " + department));
        if (mustBeActive && !registered.active()) {
            throw new PartnerNotRegisteredException(
                    "partner.department-retired", "department " + department + " is retired: no new reports");
        }
        if (!registered.isPartnerClient(caller.clientId())) {
            throw new PartnerNotRegisteredException(
                    "partner.client-not-registered",
                    "the calling system is not the registered partner system of " + department);
        }
    }

    private static String requirePartner(Caller caller) {
        if (!caller.isPartnerSystem()
                || caller.department() == null
                || caller.department().isBlank()) {
            throw new AccessRefusedException("partner.not-a-partner", "partner systems with a department only");
        }
        return caller.department();
    }
}
