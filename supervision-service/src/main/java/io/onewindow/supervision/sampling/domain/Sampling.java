package io.onewindow.supervision.sampling.domain;

import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.AggregateRoot;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.events.supervision.SampleDrawn;
import io.onewindow.platform.events.supervision.SampleFindingRecorded;
import io.onewindow.platform.events.supervision.SampleSeedCommitted;
import io.onewindow.platform.events.supervision.SampleSeedRevealed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The sampling review of one period (定期审查复核): the seed committed first, then the draw from the
 * period's decided cases with the seed revealed, each sampled case assigned to a reviewer outside the
 * deciding department, and the findings recorded once each.
 */
public final class Sampling extends AggregateRoot {

    private String id;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private String periodLength;
    private String seed;
    private String seedCommitment;
    private Instant committedAt;
    private Instant drawnAt;
    private SamplingRates rates;
    private List<SampleCandidate> candidates = new ArrayList<>();
    private List<SampledCase> sampled = new ArrayList<>();

    // For the persistence mapper; a sampling starts with commit(...).
    Sampling() {}

    /** Commits to {@code seed} for {@code period}: its SHA-256 is stored and published, the seed kept. */
    public static Sampling commit(SamplingPeriod period, String seed, Instant at) {
        Sampling sampling = new Sampling();
        sampling.id = period.samplingId();
        sampling.periodFrom = period.from();
        sampling.periodTo = period.to();
        sampling.periodLength = period.length().toString();
        sampling.seed = seed;
        sampling.seedCommitment = SampleLottery.commitmentOf(seed);
        sampling.committedAt = at;
        sampling.record(new SampleSeedCommitted(
                sampling.id, sampling.periodFrom, sampling.periodTo, sampling.seedCommitment, at));
        return sampling;
    }

    /**
     * Draws the sample from {@code decided} with the committed seed and assigns reviewers; a sampling
     * drawn already stays as it is.
     *
     * @return whether it was drawn now
     */
    public boolean draw(Collection<SampleCandidate> decided, SamplingRates rates, ReviewerRoster roster, Instant at) {
        if (isDrawn()) {
            return false;
        }
        this.rates = rates;
        this.candidates = new ArrayList<>(decided.stream()
                .sorted(Comparator.comparing(SampleCandidate::caseId))
                .toList());
        List<SampledCase> drawn = new ArrayList<>();
        Map<String, Integer> perDepartment = new TreeMap<>();
        for (SampleDraw.Drawn d : SampleDraw.draw(seed, candidates, rates)) {
            SampleCandidate c = d.candidate();
            Optional<Reviewer> reviewer = roster.assign(c.department(), c.decidedBy());
            drawn.add(new SampledCase(
                    c.caseId(),
                    c.department(),
                    c.decidedBy(),
                    d.stratum(),
                    d.rank(),
                    d.reason(),
                    reviewer.map(Reviewer::username).orElse(null),
                    reviewer.map(Reviewer::department).orElse(null),
                    null,
                    null,
                    null,
                    null,
                    null));
            perDepartment.merge(c.department(), 1, Integer::sum);
        }
        this.sampled = drawn;
        this.drawnAt = at;
        // The seed stays secret until every sampled case is reviewed (with it, a department could rank
        // its own cases and tell which are under review); an empty sample has nothing to keep secret.
        record(new SampleDrawn(id, periodFrom, periodTo, null, seedCommitment, candidates.size(), perDepartment, at));
        revealSeedWhenReviewed(at);
        return true;
    }

    /**
     * Records the finding of one sampled case, once, by its assigned reviewer or an inspector; never
     * by someone of the deciding department or the person who decided it.
     *
     * @throws NotFoundException when the case is not in this sample
     * @throws AccessRefusedException ({@code sampling.not-reviewer}) when the caller may not review it
     * @throws ConflictException ({@code sampling.already-reviewed}) the second time
     * @throws InvalidValueException ({@code sampling.category}) for an irregular finding without a
     *     category, or a category with an in-order finding
     */
    public SampledCase recordFinding(
            String caseId,
            String username,
            String department,
            boolean inspector,
            Finding finding,
            FindingCategory category,
            String note,
            Instant at) {
        int index = indexOf(caseId);
        SampledCase sampledCase = sampled.get(index);
        if (!mayReview(sampledCase, username, department, inspector)) {
            throw new AccessRefusedException("sampling.not-reviewer", "the case is not assigned to " + username);
        }
        if (sampledCase.reviewed()) {
            throw new ConflictException("sampling.already-reviewed", "the case was reviewed already: " + caseId);
        }
        if (finding == Finding.IRREGULAR && category == null) {
            throw new InvalidValueException("sampling.category", "category", "an irregular finding needs a category");
        }
        if (finding == Finding.IN_ORDER && category != null) {
            throw new InvalidValueException(
                    "sampling.category", "category", "a finding in order has no category of irregularity");
        }
        SampledCase reviewed = sampledCase.withFinding(finding, category, note, username, at);
        sampled.set(index, reviewed);
        record(new SampleFindingRecorded(
                id,
                caseId,
                reviewed.department(),
                finding.name(),
                category == null ? null : category.name(),
                username,
                at));
        revealSeedWhenReviewed(at);
        return reviewed;
    }

    private void revealSeedWhenReviewed(Instant at) {
        if (reviewsDone()) {
            record(new SampleSeedRevealed(id, seed, seedCommitment, at));
        }
    }

    /** Drawn, and every sampled case has its finding (also when no case was drawn). */
    public boolean reviewsDone() {
        return isDrawn() && sampled.stream().allMatch(SampledCase::reviewed);
    }

    /**
     * Whether {@code username} of {@code department} may record the finding: the assigned reviewer or
     * an inspector, and neither of the deciding department nor the decider.
     */
    public static boolean mayReview(SampledCase sampledCase, String username, String department, boolean inspector) {
        if (username == null || username.equals(sampledCase.decidedBy())) {
            return false;
        }
        if (department != null && department.equals(sampledCase.department())) {
            return false;
        }
        return inspector || username.equals(sampledCase.reviewer());
    }

    private int indexOf(String caseId) {
        for (int i = 0; i < sampled.size(); i++) {
            if (sampled.get(i).caseId().equals(caseId)) {
                return i;
            }
        }
        throw new NotFoundException("sampled case", caseId);
    }

    public boolean isDrawn() {
        return drawnAt != null;
    }

    public String id() {
        return id;
    }

    public LocalDate periodFrom() {
        return periodFrom;
    }

    public LocalDate periodTo() {
        return periodTo;
    }

    public Period periodLength() {
        return Period.parse(periodLength);
    }

    /**
     * The seed as revealed to everyone ({@link SampleSeedRevealed}): {@code null} until every sampled
     * case has its finding.
     */
    public String revealedSeed() {
        return reviewsDone() ? seed : null;
    }

    /**
     * The seed as the discipline inspectors read it, to re-run the draw: {@code null} until drawn. The
     * inspectors are never a reviewed department.
     */
    public String seedForInspectors() {
        return isDrawn() ? seed : null;
    }

    public String seedCommitment() {
        return seedCommitment;
    }

    public Instant committedAt() {
        return committedAt;
    }

    public Instant drawnAt() {
        return drawnAt;
    }

    public SamplingRates rates() {
        return rates;
    }

    public List<SampleCandidate> candidates() {
        return List.copyOf(candidates);
    }

    public List<SampledCase> sampled() {
        return List.copyOf(sampled);
    }

    public Optional<SampledCase> sampledCase(String caseId) {
        return sampled.stream().filter(s -> s.caseId().equals(caseId)).findFirst();
    }
}
