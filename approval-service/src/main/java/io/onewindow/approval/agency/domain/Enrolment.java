package io.onewindow.approval.agency.domain;

/**
 * An agent account enrolled under a registered intermediary, as the register published it.
 *
 * @param intermediaryCode the intermediary's credit code
 * @param agentUsername the agent's account
 * @param agentPseudonym pseudonym of the agent's resident ID number
 */
public record Enrolment(String intermediaryCode, String agentUsername, String agentPseudonym) {}
