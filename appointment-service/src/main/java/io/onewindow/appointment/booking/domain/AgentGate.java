package io.onewindow.appointment.booking.domain;

/**
 * The proof an agent needs to act for someone else (docs/appointment-service.md, "Agents"): the
 * agent enrolled under a registered intermediary, neither suspended, and a live mandate of the
 * principal for every matter asked. Implemented by the agency feature; the booking use cases ask
 * it before they hold anything.
 */
public interface AgentGate {

    /** Why an agent's request was refused, as {@code AgentBookingRefused} carries it. */
    String NOT_ENROLLED = "NOT_ENROLLED";

    String SUSPENDED = "SUSPENDED";
    String NO_MANDATE = "NO_MANDATE";
    String MANDATE_OUT_OF_SCOPE = "MANDATE_OUT_OF_SCOPE";
    String AGENT_LIMIT = "AGENT_LIMIT";
    String INTERMEDIARY_LIMIT = "INTERMEDIARY_LIMIT";

    /**
     * The mandate and intermediary the agent acts under; when there is none, records the refusal
     * ({@code AgentBookingRefused}) and throws.
     *
     * @throws io.onewindow.platform.domain.AccessRefusedException {@code agency.not-enrolled},
     *     {@code agency.suspended}, {@code mandate.missing} or {@code mandate.out-of-scope}
     */
    AgentAuthority authorize(AgentRequest request);

    /** Records that an authorized request was refused because an agent or intermediary limit is used up. */
    void refusedOverLimit(AgentRequest request, AgentAuthority authority, String reason);
}
