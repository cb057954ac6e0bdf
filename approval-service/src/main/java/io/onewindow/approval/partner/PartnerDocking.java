package io.onewindow.approval.partner;

import io.onewindow.approval.ApprovalSettings;
import io.onewindow.approval.catalog.MatterCatalog;
import io.onewindow.approval.catalog.domain.MatterVersion;
import io.onewindow.approval.partner.domain.PartnerCase;
import io.onewindow.approval.partner.domain.PartnerReportRefusedException;
import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.events.approval.PartnerMilestone;
import io.onewindow.platform.events.approval.PartnerReportRefused;
import io.onewindow.platform.messaging.outbox.EventRecorder;
import io.onewindow.platform.messaging.outbox.OutboxRelay;
import io.onewindow.platform.security.Caller;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Service;

/**
 * Real-time docking (实时对接) of partner department systems: each reports milestones of its own cases,
 * for its own department only (the {@code department} claim of its token). Refused reports are
 * recorded and published before the refusal is answered.
 */
@Service
public class PartnerDocking {

    private static final int MAX_ATTEMPTS = 3;

    private final MongoOperations mongo;
    private final MatterCatalog catalog;
    private final EventRecorder recorder;
    private final OutboxRelay relay;
    private final Clock clock;
    private final ApprovalSettings settings;
    private final WorkingCalendar calendar;

    PartnerDocking(
            MongoOperations mongo,
            MatterCatalog catalog,
            EventRecorder recorder,
            OutboxRelay relay,
            Clock clock,
            ApprovalSettings settings,
            WorkingCalendar calendar) {
        this.calendar = calendar;
        this.mongo = mongo;
        this.catalog = catalog;
        this.recorder = recorder;
        this.relay = relay;
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
     */
    public record MilestoneReport(
            String partnerCaseNumber,
            String matterCode,
            PartnerMilestone milestone,
            Instant occurredAt,
            LocalDate dueDate) {}

    /** Records a milestone, or refuses it and records the refusal. */
    public PartnerCase reportMilestone(MilestoneReport report, Caller caller) {
        String department = requirePartner(caller);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
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
                caller.clientId());
        // The outbox relay bumps the document's version after publishing, so a report that read
        // the case just before gets a stale-version failure: read again and apply it again.
        for (int attempt = 1; ; attempt++) {
            try {
                return applyReport(report, caller, department, now, domainReport);
            } catch (StaleCase stale) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw new ConflictException(
                            "partner.changed-meanwhile", "another report for this case arrived meanwhile; retry");
                }
            }
        }
    }

    private PartnerCase applyReport(
            MilestoneReport report, Caller caller, String department, Instant now, PartnerCase.Report domainReport) {
        try {
            MatterVersion matter = catalog.currentVersion(report.matterCode())
                    .filter(v -> v.definition().department().equals(department))
                    .orElseThrow(() -> new PartnerReportRefusedException(
                            "partner.unknown-matter",
                            "no published matter " + report.matterCode() + " of department " + department));
            String id = PartnerCaseDocument.idOf(department, report.partnerCaseNumber());
            PartnerCaseDocument document = mongo.findById(id, PartnerCaseDocument.class);
            if (document == null) {
                document = new PartnerCaseDocument();
                document.id = id;
                document.department = department;
                document.data = PartnerCase.open(
                        UUID.randomUUID().toString(),
                        "PT-" + department + "-" + report.partnerCaseNumber(),
                        department,
                        report.partnerCaseNumber(),
                        matter.code(),
                        matter.version(),
                        domainReport);
            } else {
                if (!document.data.matterCode().equals(report.matterCode())) {
                    throw new PartnerReportRefusedException(
                            "partner.matter-changed",
                            "case " + report.partnerCaseNumber() + " is for " + document.data.matterCode());
                }
                if (!document.data.report(domainReport)) {
                    return document.data;
                }
            }
            document.outbox.addAll(recorder.record(Topics.APPROVAL, document.data.pullEvents()));
            save(document);
            relay.wakeUp();
            return document.data;
        } catch (PartnerReportRefusedException refused) {
            recordRefusal(report, department, refused, now, caller.clientId());
            throw refused;
        }
    }

    /** A mirrored case of the partner's own department. */
    public PartnerCase read(String partnerCaseNumber, Caller caller) {
        String department = requirePartner(caller);
        return Optional.ofNullable(mongo.findById(
                        PartnerCaseDocument.idOf(department, partnerCaseNumber), PartnerCaseDocument.class))
                .map(d -> d.data)
                .orElseThrow(() -> new NotFoundException("partner case", partnerCaseNumber));
    }

    private void save(PartnerCaseDocument document) {
        try {
            if (document.version == null) {
                mongo.insert(document);
            } else {
                mongo.save(document);
            }
        } catch (DuplicateKeyException | OptimisticLockingFailureException raced) {
            throw new StaleCase();
        }
    }

    /** The mirrored case changed between reading and saving it. */
    private static final class StaleCase extends RuntimeException {
        StaleCase() {
            super(null, null, false, false);
        }
    }

    private void recordRefusal(
            MilestoneReport report,
            String department,
            PartnerReportRefusedException refused,
            Instant now,
            String client) {
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
        refusal.outbox.add(recorder.record(
                Topics.APPROVAL,
                new PartnerReportRefused(
                        department,
                        report.partnerCaseNumber(),
                        report.matterCode(),
                        report.milestone(),
                        refused.code(),
                        report.occurredAt(),
                        now,
                        client)));
        mongo.insert(refusal);
        relay.wakeUp();
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
