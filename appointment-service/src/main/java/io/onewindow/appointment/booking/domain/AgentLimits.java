package io.onewindow.appointment.booking.domain;

/**
 * The limits on agents (docs/appointment-service.md, "Agents"), each a setting: live bookings are
 * counted as guard keys ({@link LimitGuard}), so concurrent requests cannot pass them.
 *
 * @param perAgentPerDay live bookings one agent holds for slots of one day
 * @param perIntermediaryPerDay live bookings the agents of one intermediary hold for slots of one day
 * @param perSlotPerIntermediary places of one slot the agents of one intermediary hold
 */
public record AgentLimits(int perAgentPerDay, int perIntermediaryPerDay, int perSlotPerIntermediary) {

    /** Problem code when the agent's day is used up. */
    public static final String AGENT_DAY = "agency.agent-limit";

    /** Problem code when the intermediary's day is used up. */
    public static final String INTERMEDIARY_DAY = "agency.intermediary-limit";

    /** Problem code when the intermediary holds its share of the slot. */
    public static final String INTERMEDIARY_SLOT = "agency.slot-limit";

    public AgentLimits {
        if (perAgentPerDay < 1 || perIntermediaryPerDay < 1 || perSlotPerIntermediary < 1) {
            throw new IllegalArgumentException("agent limits must be positive");
        }
    }

    /** The refusal reason ({@link AgentGate}) of a limit's problem code, or {@code null} for another code. */
    public static String reasonOf(String code) {
        return switch (code) {
            case AGENT_DAY -> AgentGate.AGENT_LIMIT;
            case INTERMEDIARY_DAY, INTERMEDIARY_SLOT -> AgentGate.INTERMEDIARY_LIMIT;
            default -> null;
        };
    }
}
