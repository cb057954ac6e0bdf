package io.onewindow.supervision.sampling.web;

import io.onewindow.supervision.cases.domain.CaseTimeline;
import io.onewindow.supervision.sampling.SampleReviews;
import io.onewindow.supervision.sampling.domain.SampleCandidate;
import io.onewindow.supervision.sampling.domain.SampledCase;
import io.onewindow.supervision.sampling.domain.Sampling;
import io.onewindow.supervision.sampling.domain.SamplingFigures;
import io.onewindow.supervision.sampling.domain.SamplingRates;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Response bodies of the sampling review endpoints. */
final class SamplingViews {

    private SamplingViews() {}

    /**
     * A sampling as inspectors see it: everything needed to re-run the draw (seed, commitment, rates,
     * candidates) and the sample with reviewers and findings.
     */
    record SamplingView(
            String samplingId,
            LocalDate periodFrom,
            LocalDate periodTo,
            String seedCommitment,
            String seed,
            Instant committedAt,
            Instant drawnAt,
            SamplingRates rates,
            List<SampleCandidate> candidates,
            List<SampledCaseView> sampled) {

        static SamplingView of(Sampling s) {
            return new SamplingView(
                    s.id(),
                    s.periodFrom(),
                    s.periodTo(),
                    s.seedCommitment(),
                    s.seedForInspectors(),
                    s.committedAt(),
                    s.drawnAt(),
                    s.rates(),
                    s.candidates(),
                    s.sampled().stream().map(SampledCaseView::of).toList());
        }
    }

    /** One drawn case with its reviewer and finding. */
    record SampledCaseView(
            String caseId,
            String department,
            String decidedBy,
            String stratum,
            String reason,
            String rank,
            String reviewer,
            String reviewerDepartment,
            String finding,
            String category,
            String note,
            String reviewedBy,
            Instant reviewedAt) {

        static SampledCaseView of(SampledCase c) {
            return new SampledCaseView(
                    c.caseId(),
                    c.department(),
                    c.decidedBy(),
                    c.stratum().name(),
                    c.reason().name(),
                    c.rank(),
                    c.reviewer(),
                    c.reviewerDepartment(),
                    c.finding() == null ? null : c.finding().name(),
                    c.category() == null ? null : c.category().name(),
                    c.note(),
                    c.reviewedBy(),
                    c.reviewedAt());
        }
    }

    /**
     * A drawn sampling as a platform admin sees it after drawing it: the commitment, how many cases
     * were drawn per department (not which), and the seed once every sampled case is reviewed ({@code
     * null} before).
     */
    record SamplingSummary(
            String samplingId,
            LocalDate periodFrom,
            LocalDate periodTo,
            String seedCommitment,
            String seed,
            Instant drawnAt,
            int candidates,
            Map<String, Integer> sampledPerDepartment) {

        static SamplingSummary of(Sampling s) {
            Map<String, Integer> perDepartment = new TreeMap<>();
            s.sampled().forEach(c -> perDepartment.merge(c.department(), 1, Integer::sum));
            return new SamplingSummary(
                    s.id(),
                    s.periodFrom(),
                    s.periodTo(),
                    s.seedCommitment(),
                    s.revealedSeed(),
                    s.drawnAt(),
                    s.candidates().size(),
                    perDepartment);
        }
    }

    /** A case to review (or reviewed), as its reviewer sees it, with what the decision rests on. */
    record ReviewView(
            String samplingId,
            LocalDate periodFrom,
            LocalDate periodTo,
            String caseId,
            String caseNumber,
            String matterCode,
            String department,
            String outcome,
            Instant decidedAt,
            String decidedBy,
            String refusalReason,
            String refusalLegalBasis,
            Integer correctionNotices,
            Instant receivedAt,
            String channel,
            String finding,
            String category,
            String note,
            String reviewedBy,
            Instant reviewedAt) {

        static ReviewView of(SampleReviews.Review review) {
            SampledCase c = review.sampledCase();
            CaseTimeline t = review.timeline().orElse(null);
            return new ReviewView(
                    review.sampling().id(),
                    review.sampling().periodFrom(),
                    review.sampling().periodTo(),
                    c.caseId(),
                    t == null ? null : t.caseNumber(),
                    t == null ? null : t.matterCode(),
                    c.department(),
                    t == null ? null : t.outcome(),
                    t == null ? null : t.decidedAt(),
                    c.decidedBy(),
                    t == null ? null : t.refusalReason(),
                    t == null ? null : t.refusalLegalBasis(),
                    t == null ? null : t.correctionNotices(),
                    t == null ? null : t.receivedAt(),
                    t == null ? null : t.channel(),
                    c.finding() == null ? null : c.finding().name(),
                    c.category() == null ? null : c.category().name(),
                    c.note(),
                    c.reviewedBy(),
                    c.reviewedAt());
        }
    }

    /** A reviewed case of the department, as its admin sees it after the review. */
    record DepartmentFindingView(
            String samplingId,
            LocalDate periodFrom,
            LocalDate periodTo,
            String caseId,
            String finding,
            String category,
            String note,
            Instant reviewedAt) {

        static DepartmentFindingView of(SampleReviews.Review review) {
            SampledCase c = review.sampledCase();
            return new DepartmentFindingView(
                    review.sampling().id(),
                    review.sampling().periodFrom(),
                    review.sampling().periodTo(),
                    c.caseId(),
                    c.finding().name(),
                    c.category() == null ? null : c.category().name(),
                    c.note(),
                    c.reviewedAt());
        }
    }

    /** Figures of one period and department. */
    record FiguresView(
            String samplingId,
            LocalDate periodFrom,
            LocalDate periodTo,
            String department,
            int decided,
            int sampled,
            int reviewed,
            int irregular) {

        static FiguresView of(SamplingFigures.Row r) {
            return new FiguresView(
                    r.samplingId(),
                    r.periodFrom(),
                    r.periodTo(),
                    r.department(),
                    r.decided(),
                    r.sampled(),
                    r.reviewed(),
                    r.irregular());
        }
    }
}
