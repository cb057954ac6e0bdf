package io.onewindow.supervision.rules.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What the refusal rules share: finding the bursts of refusals, however the events arrived. */
final class Refusals {

    private Refusals() {}

    /**
     * A burst: the refusals of the window ending at the refusal that reached the threshold.
     *
     * @param day the day (district's zone) of the refusal that reached the threshold
     * @param refusals the window's refusals, oldest first; the last one reached the threshold
     */
    record Burst(LocalDate day, List<Refusal> refusals) {

        Refusal reaching() {
            return refusals.get(refusals.size() - 1);
        }
    }

    /**
     * For each day, the first refusal at which at least {@code threshold} refusals lie in the window
     * ending at it (after its time minus {@code window}, up to its time). Found from all refusals
     * given, not from the order they arrived in, so a replay finds the same bursts.
     */
    static List<Burst> bursts(List<Refusal> refusals, Duration window, int threshold, ZoneId zone) {
        List<Refusal> sorted = refusals.stream()
                .sorted(Comparator.comparing(Refusal::at).thenComparing(Refusal::refusalId))
                .toList();
        List<Burst> bursts = new ArrayList<>();
        Set<LocalDate> days = new HashSet<>();
        for (Refusal end : sorted) {
            LocalDate day = LocalDate.ofInstant(end.at(), zone);
            if (days.contains(day)) {
                continue;
            }
            List<Refusal> inWindow = new ArrayList<>();
            for (Refusal r : sorted) {
                if (r == end) {
                    inWindow.add(r);
                    break;
                }
                if (r.within(end.at(), window)) {
                    inWindow.add(r);
                }
            }
            if (inWindow.size() >= Math.max(1, threshold)) {
                days.add(day);
                bursts.add(new Burst(day, List.copyOf(inWindow)));
            }
        }
        return bursts;
    }

    /** The department every refusal names, or {@code null} when they differ or one names none. */
    static String sharedDepartment(List<Refusal> refusals) {
        List<String> departments =
                refusals.stream().map(Refusal::department).distinct().limit(2).toList();
        return departments.size() == 1 ? departments.get(0) : null;
    }
}
