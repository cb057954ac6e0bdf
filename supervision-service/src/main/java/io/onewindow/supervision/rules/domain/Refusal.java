package io.onewindow.supervision.rules.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * A refusal another service recorded and published: an agent's booking or filing for someone else
 * without proof, or a member of staff's read of a license without a duty that covers it.
 *
 * @param refusalId the refusal's id in the service that refused
 * @param eventId the id of the event that reported it (the alert's evidence)
 * @param kind {@link #AGENT_BOOKING}, {@link #AGENT_FILING} or {@link #LICENSE_READ}
 * @param actor who was refused: the agent's or the reader's account
 * @param department the department concerned (the matter's, or the reader's), when known
 * @param target what was asked for: the matter code, or the license identifier
 * @param reason the refusing service's reason code
 * @param at when it was refused
 */
public record Refusal(
        String refusalId,
        String eventId,
        String kind,
        String actor,
        String department,
        String target,
        String reason,
        Instant at) {

    public static final String AGENT_BOOKING = "AGENT_BOOKING";
    public static final String AGENT_FILING = "AGENT_FILING";
    public static final String LICENSE_READ = "LICENSE_READ";

    /** Whether it falls in the window ending at {@code end}: after {@code end - window}, not after {@code end}. */
    boolean within(Instant end, Duration window) {
        return !at.isAfter(end) && at.isAfter(end.minus(window));
    }
}
