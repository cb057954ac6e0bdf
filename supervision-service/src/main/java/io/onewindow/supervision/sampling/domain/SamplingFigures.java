package io.onewindow.supervision.sampling.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Sampling figures per period and department: decided (candidates), sampled, reviewed, irregular. */
public final class SamplingFigures {

    private SamplingFigures() {}

    /**
     * One period's figures for one department.
     *
     * @param samplingId the sampling
     * @param periodFrom first day
     * @param periodTo the day after the last day
     * @param department the deciding department
     * @param decided cases decided in the period (the candidates)
     * @param sampled cases drawn
     * @param reviewed of them, with a finding
     * @param irregular of them, found irregular
     */
    public record Row(
            String samplingId,
            LocalDate periodFrom,
            LocalDate periodTo,
            String department,
            int decided,
            int sampled,
            int reviewed,
            int irregular) {}

    /** The rows of the drawn samplings, newest period first, departments in code order. */
    public static List<Row> of(Collection<Sampling> samplings, String department) {
        List<Row> rows = new ArrayList<>();
        List<Sampling> ordered = samplings.stream()
                .filter(Sampling::isDrawn)
                .sorted(Comparator.comparing(Sampling::periodFrom).reversed())
                .toList();
        for (Sampling sampling : ordered) {
            Map<String, int[]> counts = new TreeMap<>();
            for (SampleCandidate candidate : sampling.candidates()) {
                counts.computeIfAbsent(candidate.department(), d -> new int[4])[0]++;
            }
            for (SampledCase sampled : sampling.sampled()) {
                int[] c = counts.computeIfAbsent(sampled.department(), d -> new int[4]);
                c[1]++;
                if (sampled.reviewed()) {
                    c[2]++;
                }
                if (sampled.irregular()) {
                    c[3]++;
                }
            }
            counts.forEach((dept, c) -> {
                if (department == null || department.equals(dept)) {
                    rows.add(new Row(
                            sampling.id(), sampling.periodFrom(), sampling.periodTo(), dept, c[0], c[1], c[2], c[3]));
                }
            });
        }
        return rows;
    }
}
