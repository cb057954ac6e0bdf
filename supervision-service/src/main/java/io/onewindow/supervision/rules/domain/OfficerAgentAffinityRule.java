package io.onewindow.supervision.rules.domain;

import io.onewindow.supervision.alerts.domain.AlertCandidate;
import io.onewindow.supervision.alerts.domain.Severity;
import io.onewindow.supervision.cases.domain.CaseTimeline;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Rule 7 — officer–agent affinity: an intermediary's completed cases concentrated on one officer
 * (accepting or deciding) and handled markedly faster than the same matters' other cases.
 *
 * @param enabled on/off
 * @param minCases the agent's completed cases needed before a share means anything
 * @param minSharePercent share of the agent's cases on one officer that counts as concentrated
 * @param maxSpeedPercent the pair's average working days, as a percentage of the other cases'
 *     average, at or below which they count as markedly faster
 */
public record OfficerAgentAffinityRule(boolean enabled, int minCases, int minSharePercent, int maxSpeedPercent) {

    public static final int NUMBER = 7;
    public static final String CODE = "affinity.officer-agent";

    /** Looks at completed cases with their working days used; others are ignored. */
    public List<AlertCandidate> evaluate(List<CaseTimeline> cases) {
        List<AlertCandidate> found = new ArrayList<>();
        if (!enabled) {
            return found;
        }
        List<CaseTimeline> done = cases.stream()
                .filter(c -> c.completedAt() != null && c.workingDaysUsed() != null)
                .sorted(Comparator.comparing(CaseTimeline::id))
                .toList();
        Map<String, List<CaseTimeline>> byAgent = new TreeMap<>();
        done.stream()
                .filter(c -> c.applicant().agent() != null)
                .forEach(c -> byAgent.computeIfAbsent(c.applicant().agent(), a -> new ArrayList<>())
                        .add(c));
        byAgent.forEach((agent, agentCases) -> {
            if (agentCases.size() < minCases) {
                return;
            }
            Map<String, List<CaseTimeline>> byOfficer = new LinkedHashMap<>();
            for (CaseTimeline c : agentCases) {
                for (String officer : officersOf(c)) {
                    byOfficer.computeIfAbsent(officer, o -> new ArrayList<>()).add(c);
                }
            }
            new TreeMap<>(byOfficer).forEach((officer, pairCases) -> {
                if (pairCases.size() * 100 < agentCases.size() * minSharePercent) {
                    return;
                }
                Set<String> matters =
                        pairCases.stream().map(CaseTimeline::matterCode).collect(Collectors.toSet());
                List<CaseTimeline> others = done.stream()
                        .filter(c -> matters.contains(c.matterCode()))
                        .filter(c -> !agent.equals(c.applicant().agent()))
                        .toList();
                if (others.isEmpty()) {
                    return;
                }
                double pairAverage = average(pairCases);
                double otherAverage = average(others);
                if (pairAverage * 100 > otherAverage * maxSpeedPercent) {
                    return;
                }
                Instant latest = pairCases.stream()
                        .map(CaseTimeline::completedAt)
                        .max(Comparator.naturalOrder())
                        .orElseThrow();
                found.add(new AlertCandidate(
                        NUMBER,
                        CODE,
                        "OFFICER",
                        officer + "~" + agent,
                        mostCommonDepartment(pairCases),
                        Severity.WARNING,
                        null,
                        pairCases.stream()
                                .flatMap(c -> c.eventIdsOf("ApplicationCompleted").stream())
                                .toList(),
                        List.of(officer),
                        latest,
                        String.format(
                                "%d of agent %s's %d cases handled by %s in %.1f working days on average (others %.1f)",
                                pairCases.size(), agent, agentCases.size(), officer, pairAverage, otherAverage)));
            });
        });
        return found;
    }

    private static List<String> officersOf(CaseTimeline c) {
        return Stream.of(c.acceptedBy(), c.decidedBy())
                .filter(Objects::nonNull)
                .filter(name -> !name.equals("system"))
                .distinct()
                .toList();
    }

    private static double average(List<CaseTimeline> cases) {
        return cases.stream().mapToInt(CaseTimeline::workingDaysUsed).average().orElse(0);
    }

    private static String mostCommonDepartment(List<CaseTimeline> cases) {
        return cases.stream()
                .filter(c -> c.department() != null)
                .collect(Collectors.groupingBy(CaseTimeline::department, TreeMap::new, Collectors.counting()))
                .entrySet()
                .stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
    }
}
