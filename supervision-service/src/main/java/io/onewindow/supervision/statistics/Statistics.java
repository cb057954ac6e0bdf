package io.onewindow.supervision.statistics;

import io.onewindow.supervision.cases.CaseSupervision;
import io.onewindow.supervision.feedback.Feedback;
import io.onewindow.supervision.statistics.domain.Figures;
import io.onewindow.supervision.visits.VisitSupervision;
import org.springframework.stereotype.Service;

/**
 * The statistics report from the projections and the feedback. Computed on request over the whole
 * data set, which suits a district's volume; a larger one would keep running totals per month.
 */
@Service
public class Statistics {

    private final CaseSupervision cases;
    private final VisitSupervision visits;
    private final Feedback feedback;

    Statistics(CaseSupervision cases, VisitSupervision visits, Feedback feedback) {
        this.cases = cases;
        this.visits = visits;
        this.feedback = feedback;
    }

    /** The report for one department, or (with {@code null}) for all. */
    public Figures.Report report(String department) {
        return Figures.of(
                cases.all(),
                feedback.allRatings(),
                visits.all(),
                feedback.allComplaints(),
                department,
                cases.clock().zone());
    }
}
