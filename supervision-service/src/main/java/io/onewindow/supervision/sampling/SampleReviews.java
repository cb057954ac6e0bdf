package io.onewindow.supervision.sampling;

import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.service.UseCase;
import io.onewindow.supervision.alerts.AlertBook;
import io.onewindow.supervision.cases.CaseSupervision;
import io.onewindow.supervision.cases.domain.CaseTimeline;
import io.onewindow.supervision.cases.domain.TimelineEntry;
import io.onewindow.supervision.sampling.domain.Finding;
import io.onewindow.supervision.sampling.domain.FindingCategory;
import io.onewindow.supervision.sampling.domain.IrregularFindingAlert;
import io.onewindow.supervision.sampling.domain.SampledCase;
import io.onewindow.supervision.sampling.domain.Sampling;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The review of sampled cases: a reviewer's assignments, the finding recorded once by the assigned
 * reviewer or an inspector (an irregular one raises rule 20's alert with the case's events as
 * evidence), and a department admin's view of their department's findings once reviewed — never of a
 * case still under review.
 */
@UseCase
public class SampleReviews {

    private final SamplingStore store;
    private final CaseSupervision cases;
    private final AlertBook alerts;
    private final Clock clock;

    SampleReviews(SamplingStore store, CaseSupervision cases, AlertBook alerts, Clock clock) {
        this.store = store;
        this.cases = cases;
        this.alerts = alerts;
        this.clock = clock;
    }

    /**
     * A sampled case as its reviewer, an inspector or (after the review) its department sees it.
     *
     * @param sampling the sampling it was drawn in
     * @param sampledCase the case's draw, reviewer and finding
     * @param timeline the case's timeline, if supervision knows it
     */
    public record Review(Sampling sampling, SampledCase sampledCase, Optional<CaseTimeline> timeline) {}

    /**
     * The finding to record.
     *
     * @param finding in order or irregular
     * @param category what was wrong (irregular only)
     * @param note the reviewer's note
     */
    public record RecordFinding(Finding finding, FindingCategory category, String note) {}

    /** The cases the caller is to review or has reviewed; an inspector also gets those assigned to no one. */
    public List<Review> assignedTo(Caller caller) {
        boolean inspector = caller.hasRole("inspector");
        List<Review> reviews = new ArrayList<>();
        for (Sampling sampling : store.assignedTo(caller.username(), inspector)) {
            for (SampledCase sampled : sampling.sampled()) {
                boolean mine =
                        caller.username().equals(sampled.reviewer()) || (inspector && sampled.reviewer() == null);
                if (mine && Sampling.mayReview(sampled, caller.username(), caller.department(), inspector)) {
                    reviews.add(new Review(sampling, sampled, cases.findIfKnown(sampled.caseId())));
                }
            }
        }
        return reviews;
    }

    /**
     * Records the finding on a sampled case; an irregular finding raises an alert.
     *
     * @throws NotFoundException when the case was not sampled
     */
    public Review record(Caller caller, String caseId, RecordFinding request) {
        Sampling drawing = store.drawing(caseId).orElseThrow(() -> new NotFoundException("sampled case", caseId));
        boolean inspector = caller.hasRole("inspector");
        SampledCase[] reviewed = new SampledCase[1];
        Sampling sampling = store.change(
                drawing.id(),
                s -> reviewed[0] = s.recordFinding(
                        caseId,
                        caller.username(),
                        caller.department(),
                        inspector,
                        request.finding(),
                        request.category(),
                        request.note(),
                        clock.instant()));
        Optional<CaseTimeline> timeline = cases.findIfKnown(caseId);
        if (reviewed[0].irregular()) {
            List<String> evidence = timeline.map(t ->
                            t.entries().stream().map(TimelineEntry::eventId).toList())
                    .orElse(List.of());
            alerts.raise(List.of(IrregularFindingAlert.of(sampling.id(), reviewed[0], evidence)));
        }
        return new Review(sampling, reviewed[0], timeline);
    }

    /**
     * The reviewed sampled cases of the caller's department (a department admin's view): a case still
     * under review is not among them, nor is it said that one is.
     */
    public List<Review> reviewedOfDepartment(Caller caller) {
        if (caller.department() == null) {
            return List.of();
        }
        List<Review> reviews = new ArrayList<>();
        for (Sampling sampling : store.ofDepartment(caller.department())) {
            for (SampledCase sampled : sampling.sampled()) {
                if (sampled.reviewed() && caller.department().equals(sampled.department())) {
                    reviews.add(new Review(sampling, sampled, Optional.empty()));
                }
            }
        }
        return reviews;
    }

    /**
     * The sampling review of one case, if it was drawn: for inspectors' and the discipline
     * commission's dossier (never for the department while under review).
     */
    public Optional<Review> ofCase(String caseId) {
        return store.drawing(caseId)
                .flatMap(sampling ->
                        sampling.sampledCase(caseId).map(sampled -> new Review(sampling, sampled, Optional.empty())));
    }
}
