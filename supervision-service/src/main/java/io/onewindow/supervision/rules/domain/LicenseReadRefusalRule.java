package io.onewindow.supervision.rules.domain;

import io.onewindow.supervision.alerts.domain.AlertCandidate;
import io.onewindow.supervision.alerts.domain.Severity;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * Rule 11 — reading licenses without a duty: one member of staff whose requests for a license's full
 * data e-license-service refused (no case of their department citing it) at least
 * {@code minRefusals} times within the window. One alert per reader and day, raised at the first
 * refusal of the day that brings the window's count to the threshold, in the reader's department
 * (its admins see it, unless they are the reader: the reader is involved), with the identifiers
 * asked for in its details.
 *
 * @param enabled on/off
 * @param window how far back refusals are counted
 * @param minRefusals refused reads within the window that raise the alert
 */
public record LicenseReadRefusalRule(boolean enabled, Duration window, int minRefusals) {

    public static final int NUMBER = 11;
    public static final String REPEATED = "license.repeated-read-refusals";

    /** The detail naming the license identifiers asked for. */
    public static final String IDENTIFIERS = "identifiers";

    /** One reader's refused reads (others ignored): an alert per day with a burst. */
    public List<AlertCandidate> repeated(String readerUsername, List<Refusal> refusals, ZoneId zone) {
        if (!enabled || readerUsername == null) {
            return List.of();
        }
        List<Refusal> reads = refusals.stream()
                .filter(r -> Refusal.LICENSE_READ.equals(r.kind()))
                .filter(r -> readerUsername.equals(r.actor()))
                .toList();
        return Refusals.bursts(reads, window, minRefusals, zone).stream()
                .map(burst -> {
                    List<Refusal> found = burst.refusals();
                    return new AlertCandidate(
                                    NUMBER,
                                    REPEATED,
                                    "READER",
                                    readerUsername + "~" + burst.day(),
                                    burst.reaching().department(),
                                    Severity.SERIOUS,
                                    null,
                                    found.stream().map(Refusal::eventId).toList(),
                                    List.of(readerUsername),
                                    burst.reaching().at(),
                                    found.size() + " refused license reads within " + window.toHours() + " h")
                            .withDetail(
                                    IDENTIFIERS,
                                    found.stream()
                                            .map(Refusal::target)
                                            .distinct()
                                            .toList());
                })
                .toList();
    }
}
