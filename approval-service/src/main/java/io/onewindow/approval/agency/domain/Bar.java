package io.onewindow.approval.agency.domain;

/**
 * A current bar on acting for others: one agent under an intermediary, or the whole intermediary
 * ({@code agentUsername} {@code null}).
 *
 * @param intermediaryCode the intermediary
 * @param agentUsername the barred agent, or {@code null} for the whole intermediary
 */
public record Bar(String intermediaryCode, String agentUsername) {

    /** Whether this bar stops {@code agentUsername} acting under {@code intermediary}. */
    public boolean stops(String intermediary, String agentUsername) {
        return intermediaryCode.equals(intermediary)
                && (this.agentUsername == null || this.agentUsername.equals(agentUsername));
    }
}
