package io.onewindow.supervision.sampling.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which of a period's decided cases are sampled, given the seed and the rates; what a verifier
 * recomputes from the revealed seed and the candidates:
 *
 * <ol>
 *   <li>the candidates are grouped by department (in code order) and, within it, by stratum (the
 *       stratum of the highest rate that applies: on the spot, agent-filed, base);
 *   <li>of each stratum, the first ⌊n × rate / 100⌋ cases in lottery order ({@link SampleLottery})
 *       are drawn;
 *   <li>a department with decided cases of which none was drawn gets its first case in lottery order
 *       over all its candidates (the minimum of one).
 * </ol>
 */
public final class SampleDraw {

    private SampleDraw() {}

    /** Why a case was drawn. */
    public enum Reason {
        RATE,
        MINIMUM
    }

    /**
     * One drawn case.
     *
     * @param candidate the case
     * @param stratum its stratum
     * @param rank its lottery rank
     * @param reason drawn by its stratum's rate or as the department's minimum
     */
    public record Drawn(SampleCandidate candidate, Stratum stratum, String rank, Reason reason) {}

    /** The drawn cases, department by department, each department's in draw order. */
    public static List<Drawn> draw(String seed, Collection<SampleCandidate> candidates, SamplingRates rates) {
        Map<String, Map<String, SampleCandidate>> byDepartment = new TreeMap<>();
        for (SampleCandidate candidate : candidates) {
            byDepartment
                    .computeIfAbsent(candidate.department(), d -> new TreeMap<>())
                    .putIfAbsent(candidate.caseId(), candidate);
        }
        List<Drawn> drawn = new ArrayList<>();
        for (Map<String, SampleCandidate> department : byDepartment.values()) {
            int before = drawn.size();
            for (Stratum stratum : Stratum.values()) {
                List<String> ids = department.values().stream()
                        .filter(c -> rates.stratumOf(c) == stratum)
                        .map(SampleCandidate::caseId)
                        .toList();
                int quota = rates.quota(stratum, ids.size());
                for (SampleLottery.Ranked ranked :
                        SampleLottery.rank(seed, ids).subList(0, Math.min(quota, ids.size()))) {
                    drawn.add(new Drawn(department.get(ranked.caseId()), stratum, ranked.rank(), Reason.RATE));
                }
            }
            if (drawn.size() == before && !department.isEmpty()) {
                SampleLottery.Ranked first =
                        SampleLottery.rank(seed, department.keySet()).get(0);
                SampleCandidate candidate = department.get(first.caseId());
                drawn.add(new Drawn(candidate, rates.stratumOf(candidate), first.rank(), Reason.MINIMUM));
            }
        }
        return drawn;
    }
}
