package io.onewindow.supervision.rules;

import io.onewindow.platform.calendar.CalendarNotCoveredException;
import io.onewindow.platform.events.approval.CaseDeadlinesRecomputed;
import io.onewindow.platform.events.approval.PartnerMilestone;
import io.onewindow.platform.events.approval.PartnerMilestoneReported;
import io.onewindow.platform.events.approval.PartnerReportRefused;
import io.onewindow.platform.events.license.LicenseIssued;
import io.onewindow.platform.service.UseCase;
import io.onewindow.supervision.alerts.AlertBook;
import io.onewindow.supervision.alerts.domain.AlertCandidate;
import io.onewindow.supervision.alerts.domain.AlertClosure;
import io.onewindow.supervision.cases.CaseSupervision;
import io.onewindow.supervision.cases.domain.CaseTimeline;
import io.onewindow.supervision.cases.domain.PartnerLimits;
import io.onewindow.supervision.catalog.MatterCatalog;
import io.onewindow.supervision.catalog.domain.MatterDefinition;
import io.onewindow.supervision.majorprojects.MajorProjects;
import io.onewindow.supervision.majorprojects.domain.MajorProject;
import io.onewindow.supervision.rules.domain.CaseRule;
import io.onewindow.supervision.rules.domain.OffSystemRule;
import io.onewindow.supervision.rules.domain.OfficerAgentAffinityRule;
import io.onewindow.supervision.rules.domain.RuleContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the case rules: on every change of a case (as of the day of its latest event) and on the
 * sweep (as of today, so a case nobody touches still turns yellow and red), and rule 7 over all
 * completed cases. What they find is raised as alerts.
 */
@UseCase
public class CaseInspection {

    private static final Logger log = LoggerFactory.getLogger(CaseInspection.class);

    private final CaseSupervision cases;
    private final MatterCatalog catalog;
    private final List<CaseRule> rules;
    private final OffSystemRule offSystem;
    private final OfficerAgentAffinityRule affinity;
    private final AlertBook alerts;
    private final MajorProjects majorProjects;

    CaseInspection(
            CaseSupervision cases,
            MatterCatalog catalog,
            List<CaseRule> rules,
            OffSystemRule offSystem,
            OfficerAgentAffinityRule affinity,
            AlertBook alerts,
            MajorProjects majorProjects) {
        this.cases = cases;
        this.catalog = catalog;
        this.rules = rules;
        this.offSystem = offSystem;
        this.affinity = affinity;
        this.alerts = alerts;
        this.majorProjects = majorProjects;
    }

    /** Applies one event to its case and judges the case (see {@link CaseSupervision#record}). */
    public void record(String caseId, Predicate<CaseTimeline> change) {
        cases.record(caseId, change).ifPresent(this::judgeAsOfLatestEvent);
    }

    /** The approval service counted the case's deadlines again (see {@link CaseSupervision#deadlinesRecomputed}). */
    public void deadlinesRecomputed(String caseId, String eventId, CaseDeadlinesRecomputed event) {
        cases.deadlinesRecomputed(caseId, eventId, event).ifPresent(this::judgeAsOfLatestEvent);
    }

    /** A license was issued: onto its case's timeline, or an alert when it names no case. */
    public void licenseIssued(String eventId, LicenseIssued event) {
        if (event.caseId() == null || event.caseId().isBlank()) {
            offSystem.licenseWithoutCase(eventId, event).ifPresent(found -> alerts.raise(List.of(found)));
            return;
        }
        cases.licenseIssued(eventId, event).ifPresent(this::judgeAsOfLatestEvent);
    }

    /**
     * A partner system's milestone: an acceptance is counted against the catalog's limits for the
     * matter (the version in force when it was reported), so the card follows the catalog, not
     * the due date the partner set itself ({@code PartnerLimitRule} compares the two).
     */
    public void partnerMilestone(String caseId, String eventId, PartnerMilestoneReported event) {
        PartnerLimits limits = event.milestone() == PartnerMilestone.ACCEPTED
                ? partnerLimits(event.caseId(), event.matterCode(), event.reportedAt(), event.occurredAt())
                : null;
        record(caseId, timeline -> timeline.partnerMilestone(eventId, event, limits));
    }

    /**
     * A catalog version of {@code matter} arrived: the partner cases accepted before any version of
     * it was known here are counted on the catalog's limits now (the version in force when each
     * acceptance was reported) and judged again, so the order events arrive in does not matter.
     */
    public void catalogVersionArrived(MatterDefinition matter) {
        for (CaseTimeline waiting : cases.partnerCasesWithoutCatalog(matter.matterCode())) {
            waiting.milestones().stream()
                    .filter(m -> "ACCEPTED".equals(m.milestone()))
                    .findFirst()
                    .map(m -> partnerLimits(waiting.id(), waiting.matterCode(), m.reportedAt(), m.occurredAt()))
                    .ifPresent(limits -> record(waiting.id(), timeline -> timeline.partnerLimitsArrived(limits)));
        }
    }

    private PartnerLimits partnerLimits(String caseId, String matterCode, Instant reportedAt, Instant occurredAt) {
        Optional<MatterDefinition> matter = catalog.inForceAt(matterCode, reportedAt);
        if (matter.isEmpty() || occurredAt == null) {
            return null;
        }
        MatterDefinition m = matter.get();
        LocalDate accepted = LocalDate.ofInstant(occurredAt, cases.clock().zone());
        try {
            return new PartnerLimits(
                    m.version(),
                    cases.clock().calendar().addWorkingDays(accepted, m.statutoryLimit()),
                    cases.clock().calendar().addWorkingDays(accepted, m.promisedLimit()));
        } catch (CalendarNotCoveredException e) {
            log.warn("Partner case {} cannot be counted on the catalog limits yet: {}", caseId, e.getMessage());
            return new PartnerLimits(m.version(), null, null);
        }
    }

    /** A partner system's report was refused by the approval service: rule 6 at once. */
    public void partnerReportRefused(String eventId, PartnerReportRefused event) {
        offSystem.partnerReportRefused(eventId, event).ifPresent(found -> alerts.raise(List.of(found)));
    }

    /**
     * The sweep: every case still running or still waiting for its approval shows today's card and
     * is judged on today; rule 7 looks over all completed cases. Returns how many cases changed card.
     */
    public int sweep() {
        int changed = reevaluateRunning();
        alerts.raise(affinity.evaluate(cases.completed()));
        return changed;
    }

    /**
     * Every running case shows today's card and is judged on today, as in the sweep; also after the
     * working-day calendar changed. Returns how many cases changed card.
     */
    public int reevaluateRunning() {
        CaseSupervision.Refreshed refreshed = cases.refreshRunning();
        // The flags in one read rather than one per running case.
        Map<String, MajorProject> flags = majorProjects.all();
        for (CaseTimeline timeline : refreshed.timelines()) {
            judge(timeline, refreshed.today(), Optional.ofNullable(flags.get(timeline.id())));
        }
        return refreshed.cardsChanged();
    }

    private void judgeAsOfLatestEvent(CaseTimeline timeline) {
        judge(timeline, cases.clock().judgedOn(timeline, cases.today()), majorProjects.of(timeline.id()));
    }

    // What the rules find is raised, then what the case settled closes itself.
    private void judge(CaseTimeline timeline, LocalDate today, Optional<MajorProject> majorProject) {
        try {
            RuleContext context = new RuleContext(
                    today, cases.clock(), catalog.find(timeline.matterCode(), timeline.matterVersion()), majorProject);
            List<AlertCandidate> found = new ArrayList<>();
            List<AlertClosure> settled = new ArrayList<>();
            for (CaseRule rule : rules) {
                found.addAll(rule.evaluate(timeline, context));
                settled.addAll(rule.settled(timeline, context));
            }
            alerts.raise(found);
            alerts.close(settled);
        } catch (CalendarNotCoveredException e) {
            log.warn("Case {} cannot be evaluated: {}", timeline.id(), e.getMessage());
        }
    }
}
