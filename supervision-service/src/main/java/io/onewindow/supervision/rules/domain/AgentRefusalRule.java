package io.onewindow.supervision.rules.domain;

import io.onewindow.supervision.alerts.domain.AlertCandidate;
import io.onewindow.supervision.alerts.domain.Severity;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * Rule 10 — agents acting without proof: one agent whose bookings (appointment-service) and filings
 * (approval-service) for other people were refused (not enrolled, barred, no mandate, mandate out of
 * scope, over a limit) at least {@code minRefusals} times within the window. One alert per agent and
 * day: raised at the first refusal of that day that brings the window's count to the threshold, with
 * the window's refusals as evidence. Its department is the one the refusals have in common (none,
 * inspectors only, when they span departments or named none). Bursts are found from the refusals
 * themselves, not from the order their events arrived in (two topics), so a replay finds the same.
 *
 * @param enabled on/off
 * @param window how far back refusals are counted
 * @param minRefusals refusals within the window that raise the alert
 */
public record AgentRefusalRule(boolean enabled, Duration window, int minRefusals) {

    public static final int NUMBER = 10;
    public static final String REPEATED = "agency.repeated-refusals";

    /** The detail naming the refusals (their ids in the refusing services). */
    public static final String REFUSAL_IDS = "refusalIds";

    /** One agent's refusals (bookings and filings, others ignored): an alert per day with a burst. */
    public List<AlertCandidate> repeated(String agentUsername, List<Refusal> refusals, ZoneId zone) {
        if (!enabled || agentUsername == null) {
            return List.of();
        }
        List<Refusal> agents = refusals.stream()
                .filter(r -> agentUsername.equals(r.actor()))
                .filter(r -> Refusal.AGENT_BOOKING.equals(r.kind()) || Refusal.AGENT_FILING.equals(r.kind()))
                .toList();
        return Refusals.bursts(agents, window, minRefusals, zone).stream()
                .map(burst -> {
                    List<Refusal> found = burst.refusals();
                    long bookings = found.stream()
                            .filter(r -> Refusal.AGENT_BOOKING.equals(r.kind()))
                            .count();
                    return new AlertCandidate(
                                    NUMBER,
                                    REPEATED,
                                    "AGENT",
                                    agentUsername + "~" + burst.day(),
                                    Refusals.sharedDepartment(found),
                                    Severity.SERIOUS,
                                    null,
                                    found.stream().map(Refusal::eventId).toList(),
                                    List.of(),
                                    burst.reaching().at(),
                                    found.size() + " refused attempts to act for others within " + window.toHours()
                                            + " h (" + bookings + " bookings, " + (found.size() - bookings)
                                            + " filings)")
                            .withDetail(
                                    REFUSAL_IDS,
                                    found.stream().map(Refusal::refusalId).toList());
                })
                .toList();
    }
}
