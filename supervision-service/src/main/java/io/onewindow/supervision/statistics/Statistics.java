package io.onewindow.supervision.statistics;

import io.onewindow.platform.service.UseCase;
import io.onewindow.supervision.cases.CaseSupervision;
import io.onewindow.supervision.catalog.MatterCatalog;
import io.onewindow.supervision.feedback.Complaints;
import io.onewindow.supervision.feedback.Departments;
import io.onewindow.supervision.feedback.Ratings;
import io.onewindow.supervision.patrols.Patrols;
import io.onewindow.supervision.statistics.domain.Figures;
import io.onewindow.supervision.statistics.domain.PeriodReport;
import io.onewindow.supervision.statistics.domain.ReportPeriod;
import io.onewindow.supervision.visits.VisitSupervision;
import java.util.List;

/**
 * The statistics report from the projections and the feedback. Computed on request over the whole
 * data set, which suits a district's volume; a larger one would keep running totals per month.
 */
@UseCase
public class Statistics {

    private final CaseSupervision cases;
    private final VisitSupervision visits;
    private final Ratings ratings;
    private final Complaints complaints;
    private final Departments departments;
    private final ServicePointNames pointNames;
    private final MatterCatalog catalog;
    private final Patrols patrols;
    private final java.time.Clock clock;

    Statistics(
            CaseSupervision cases,
            VisitSupervision visits,
            Ratings ratings,
            Complaints complaints,
            Departments departments,
            ServicePointNames pointNames,
            MatterCatalog catalog,
            Patrols patrols,
            java.time.Clock clock) {
        this.cases = cases;
        this.visits = visits;
        this.ratings = ratings;
        this.complaints = complaints;
        this.departments = departments;
        this.pointNames = pointNames;
        this.catalog = catalog;
        this.patrols = patrols;
        this.clock = clock;
    }

    /** The report for one department, or (with {@code null}) for all. */
    public Figures.Report report(String department) {
        return Figures.of(
                        cases.all(),
                        ratings.all(),
                        visits.all(),
                        complaints.all(),
                        visits.waits(),
                        department,
                        cases.clock().zone())
                .withCatalog(Figures.catalog(catalog.latestVersions(), department))
                .withPatrols(
                        department == null
                                ? Figures.patrols(patrols.all(), cases.clock().zone())
                                : List.of())
                .named(departments.names(), pointNames.all());
    }

    /**
     * The period report for third-party evaluators: the same figures as {@link #report(String)} over
     * the period's days, per department, hall, tier and month, with the on-the-spot target.
     */
    public PeriodReport period(ReportPeriod period) {
        var zone = cases.clock().zone();
        var all = cases.all();
        var allVisits = visits.all();
        Figures.Report figures = Figures.of(
                        all, ratings.all(), allVisits, complaints.all(), visits.waits(), null, period, zone)
                .named(departments.names(), pointNames.all());
        return PeriodReport.of(
                period,
                figures,
                Figures.perDepartment(all, null, period, zone),
                Figures.fills(allVisits, null, period, zone, false),
                clock.instant());
    }
}
