package io.onewindow.appointment.agency.domain;

import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.AggregateRoot;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.events.appointment.AgencyReinstated;
import io.onewindow.platform.events.appointment.AgencySuspended;
import io.onewindow.platform.events.appointment.AgentEnrolled;
import io.onewindow.platform.events.appointment.IntermediaryRegistered;
import io.onewindow.platform.identity.UnifiedSocialCreditCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An intermediary (中介机构) in the register, keyed by its unified social credit code, with the
 * agent accounts enrolled under it. Only an agent enrolled here, while neither the agent nor the
 * intermediary is suspended, may act for others. An inspector suspends and reinstates the whole
 * intermediary or one agent.
 */
public final class Intermediary extends AggregateRoot {

    private final String creditCode;
    private final String name;
    private final String registeredBy;
    private final Instant registeredAt;
    private String suspendedReason;
    private final List<EnrolledAgent> agents;

    /** Rebuilds an intermediary from storage; records no event. */
    public Intermediary(
            String creditCode,
            String name,
            String registeredBy,
            Instant registeredAt,
            String suspendedReason,
            List<EnrolledAgent> agents) {
        this.creditCode = Objects.requireNonNull(creditCode, "creditCode");
        this.name = Objects.requireNonNull(name, "name");
        this.registeredBy = registeredBy;
        this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
        this.suspendedReason = suspendedReason;
        this.agents = agents == null ? new ArrayList<>() : new ArrayList<>(agents);
    }

    /** Registers an intermediary: records {@link IntermediaryRegistered}. */
    public static Intermediary register(UnifiedSocialCreditCode code, String name, String by, Instant now) {
        if (code.isIrregular()) {
            throw new IllegalArgumentException("an intermediary is registered under a regular credit code");
        }
        String trimmed = requireText(name, "name");
        Intermediary intermediary = new Intermediary(code.value(), trimmed, by, now, null, List.of());
        intermediary.record(new IntermediaryRegistered(code.value(), trimmed, by, now));
        return intermediary;
    }

    /**
     * Enrols an agent account: records {@link AgentEnrolled}. That the account and the ID number
     * are enrolled under no other intermediary is checked by the caller (a unique claim).
     *
     * @throws ConflictException {@code agency.agent-enrolled} when the account or ID number is
     *     already enrolled here
     */
    public void enrol(String username, String idPseudonym, String idMasked, String by, Instant now) {
        requireText(username, "username");
        if (agents.stream()
                .anyMatch(a -> a.username().equals(username) || a.idPseudonym().equals(idPseudonym))) {
            throw new ConflictException("agency.agent-enrolled", "the agent is already enrolled");
        }
        agents.add(new EnrolledAgent(username, idPseudonym, idMasked, by, now, null));
        record(new AgentEnrolled(creditCode, username, idPseudonym, by, now));
    }

    /**
     * Suspends the whole intermediary ({@code agentUsername} {@code null}) or one of its agents:
     * records {@link AgencySuspended}.
     *
     * @throws ConflictException {@code agency.already-suspended}
     * @throws NotFoundException {@code agent} when no such agent is enrolled here
     */
    public void suspend(String agentUsername, String reason, String by, Instant now) {
        String why = requireText(reason, "reason");
        if (agentUsername == null) {
            if (suspendedReason != null) {
                throw new ConflictException("agency.already-suspended", "the intermediary is already suspended");
            }
            suspendedReason = why;
        } else {
            EnrolledAgent agent = agentNamed(agentUsername);
            if (agent.suspended()) {
                throw new ConflictException("agency.already-suspended", "the agent is already suspended");
            }
            replace(agent.withSuspension(why));
        }
        record(new AgencySuspended(creditCode, agentUsername, why, by, now));
    }

    /**
     * Lifts a suspension of the intermediary ({@code agentUsername} {@code null}) or of one agent:
     * records {@link AgencyReinstated}.
     *
     * @throws ConflictException {@code agency.not-suspended}
     * @throws NotFoundException {@code agent}
     */
    public void reinstate(String agentUsername, String reason, String by, Instant now) {
        String why = requireText(reason, "reason");
        if (agentUsername == null) {
            if (suspendedReason == null) {
                throw new ConflictException("agency.not-suspended", "the intermediary is not suspended");
            }
            suspendedReason = null;
        } else {
            EnrolledAgent agent = agentNamed(agentUsername);
            if (!agent.suspended()) {
                throw new ConflictException("agency.not-suspended", "the agent is not suspended");
            }
            replace(agent.withSuspension(null));
        }
        record(new AgencyReinstated(creditCode, agentUsername, why, by, now));
    }

    /**
     * The enrolled agent who may act for others now: the account with this ID pseudonym, neither
     * it nor the intermediary suspended.
     *
     * @throws AccessRefusedException {@code agency.not-enrolled} when the account is not enrolled
     *     here with this ID number, {@code agency.suspended} when it or the intermediary is suspended
     */
    public EnrolledAgent actingAgent(String username, String idPseudonym) {
        EnrolledAgent agent = agent(username)
                .filter(a -> a.idPseudonym().equals(idPseudonym))
                .orElseThrow(() -> new AccessRefusedException(
                        "agency.not-enrolled", "the agent is not enrolled under a registered intermediary"));
        if (suspendedReason != null || agent.suspended()) {
            throw new AccessRefusedException(
                    "agency.suspended", "the agent or the intermediary is suspended from acting for others");
        }
        return agent;
    }

    public Optional<EnrolledAgent> agent(String username) {
        return agents.stream().filter(a -> a.username().equals(username)).findFirst();
    }

    /** The agent with this ID pseudonym, if enrolled here. */
    public Optional<EnrolledAgent> agentWithId(String idPseudonym) {
        return agents.stream().filter(a -> a.idPseudonym().equals(idPseudonym)).findFirst();
    }

    private EnrolledAgent agentNamed(String username) {
        return agent(username).orElseThrow(() -> new NotFoundException("agent", username));
    }

    private void replace(EnrolledAgent agent) {
        agents.replaceAll(a -> a.username().equals(agent.username()) ? agent : a);
    }

    private static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value.strip();
    }

    public String creditCode() {
        return creditCode;
    }

    public String name() {
        return name;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public boolean suspended() {
        return suspendedReason != null;
    }

    public String suspendedReason() {
        return suspendedReason;
    }

    public List<EnrolledAgent> agents() {
        return List.copyOf(agents);
    }
}
