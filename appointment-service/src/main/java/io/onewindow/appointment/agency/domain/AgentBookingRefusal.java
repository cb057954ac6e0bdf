package io.onewindow.appointment.agency.domain;

import io.onewindow.platform.domain.AggregateRoot;
import io.onewindow.platform.events.appointment.AgentBookingRefused;
import java.time.Instant;
import java.util.Objects;

/**
 * One refused attempt of an agent to book (or move, or cancel) for someone else, kept so that
 * supervision sees agents who act without proof or beyond their limits ({@link AgentBookingRefused}).
 */
public final class AgentBookingRefusal extends AggregateRoot {

    private final AgentBookingRefused refusal;

    private AgentBookingRefusal(AgentBookingRefused refusal) {
        this.refusal = Objects.requireNonNull(refusal, "refusal");
    }

    /** Rebuilds a refusal from storage; records no event. */
    public static AgentBookingRefusal stored(AgentBookingRefused refusal) {
        return new AgentBookingRefusal(refusal);
    }

    /** Records {@link AgentBookingRefused}. */
    public static AgentBookingRefusal refuse(
            String id,
            String agentUsername,
            String agentPseudonym,
            String intermediaryCode,
            String principalPseudonym,
            String servicePointId,
            String matterCode,
            String department,
            String reason,
            Instant now) {
        AgentBookingRefusal refusal = new AgentBookingRefusal(new AgentBookingRefused(
                id,
                agentUsername,
                agentPseudonym,
                intermediaryCode,
                principalPseudonym,
                servicePointId,
                matterCode,
                department,
                Objects.requireNonNull(reason, "reason"),
                now));
        refusal.record(refusal.refusal);
        return refusal;
    }

    public String id() {
        return refusal.refusalId();
    }

    /** The refusal as it was recorded. */
    public AgentBookingRefused facts() {
        return refusal;
    }
}
