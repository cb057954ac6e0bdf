package io.onewindow.appointment.agency;

import io.onewindow.appointment.agency.domain.AgentAuthorization;
import io.onewindow.appointment.agency.domain.AgentBookingRefusal;
import io.onewindow.appointment.booking.domain.AgentAuthority;
import io.onewindow.appointment.booking.domain.AgentGate;
import io.onewindow.appointment.booking.domain.AgentRequest;
import io.onewindow.platform.domain.AccessRefusedException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The booking use cases' {@link AgentGate}: reads the agent's intermediary and the mandates the
 * principal gave this agent, lets {@link AgentAuthorization} decide, and records every refusal as an
 * {@link AgentBookingRefusal} (its {@code AgentBookingRefused} goes out through the outbox) before
 * answering 403.
 */
@Component
class AgencyGate implements AgentGate {

    private final IntermediaryStore intermediaries;
    private final MandateStore mandates;
    private final RefusalStore refusals;
    private final Clock clock;

    AgencyGate(IntermediaryStore intermediaries, MandateStore mandates, RefusalStore refusals, Clock clock) {
        this.intermediaries = intermediaries;
        this.mandates = mandates;
        this.refusals = refusals;
        this.clock = clock;
    }

    @Override
    public AgentAuthority authorize(AgentRequest request) {
        AgentAuthorization.Decision decision = AgentAuthorization.decide(
                intermediaries.ofAgent(request.agentUsername()),
                request.agentUsername(),
                request.agentPseudonym(),
                request.principalPseudonym(),
                request.matterCodes(),
                request.agentPseudonym() == null
                        ? List.of()
                        : mandates.between(request.principalPseudonym(), request.agentPseudonym()),
                clock.instant());
        if (!decision.allowed()) {
            record(request, decision.intermediaryCode(), decision.reason());
            throw new AccessRefusedException(decision.problemCode(), message(decision.reason()));
        }
        return new AgentAuthority(decision.mandateId(), decision.intermediaryCode(), request.agentUsername());
    }

    @Override
    public void refusedOverLimit(AgentRequest request, AgentAuthority authority, String reason) {
        record(request, authority.intermediaryCode(), reason);
    }

    // One refusal per request; for a linked business the first matter names it.
    private void record(AgentRequest request, String intermediaryCode, String reason) {
        refusals.add(AgentBookingRefusal.refuse(
                UUID.randomUUID().toString(),
                request.agentUsername(),
                request.agentPseudonym(),
                intermediaryCode,
                request.principalPseudonym(),
                request.servicePointId(),
                request.matterCodes().get(0),
                request.department(),
                reason,
                clock.instant()));
    }

    private static String message(String reason) {
        return switch (reason) {
            case NOT_ENROLLED -> "the agent is not enrolled under a registered intermediary with this ID number";
            case SUSPENDED -> "the agent or the intermediary is suspended from acting for others";
            case NO_MANDATE -> "the principal has given this agent no mandate in force";
            case MANDATE_OUT_OF_SCOPE -> "the principal's mandate does not cover this matter";
            default -> "the agent may not act for this principal";
        };
    }
}
