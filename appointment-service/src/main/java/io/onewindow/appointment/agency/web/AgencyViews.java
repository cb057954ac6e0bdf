package io.onewindow.appointment.agency.web;

import io.onewindow.appointment.agency.domain.EnrolledAgent;
import io.onewindow.appointment.agency.domain.Intermediary;
import io.onewindow.appointment.agency.domain.Mandate;
import java.time.Instant;
import java.util.List;

/** Response bodies of the agency endpoints: identities masked, never in full, never pseudonyms. */
final class AgencyViews {

    private AgencyViews() {}

    /** An intermediary in the register, with its agents. */
    record IntermediaryView(
            String creditCode,
            String name,
            String registeredBy,
            Instant registeredAt,
            boolean suspended,
            String suspendedReason,
            List<AgentView> agents) {

        static IntermediaryView of(Intermediary i) {
            return new IntermediaryView(
                    i.creditCode(),
                    i.name(),
                    i.registeredBy(),
                    i.registeredAt(),
                    i.suspended(),
                    i.suspendedReason(),
                    i.agents().stream().map(AgentView::of).toList());
        }
    }

    /** An enrolled agent: the account and the masked ID number. */
    record AgentView(String username, String idMasked, Instant enrolledAt, boolean suspended, String suspendedReason) {

        static AgentView of(EnrolledAgent a) {
            return new AgentView(a.username(), a.idMasked(), a.enrolledAt(), a.suspended(), a.suspendedReason());
        }
    }

    /**
     * A mandate as its principal and its agent see it.
     *
     * @param live whether it covers requests now (not revoked, within its term)
     */
    record MandateView(
            String id,
            String principalKind,
            String maskedPrincipal,
            String agentUsername,
            String agentIdMasked,
            String intermediaryCode,
            List<String> matterCodes,
            Instant validFrom,
            Instant validUntil,
            String grantedVia,
            String recordedBy,
            Instant grantedAt,
            Instant revokedAt,
            boolean live) {

        static MandateView of(Mandate m, Instant now) {
            return new MandateView(
                    m.id(),
                    m.principalKind().name(),
                    m.maskedPrincipal(),
                    m.agentUsername(),
                    m.agentIdMasked(),
                    m.intermediaryCode(),
                    m.matterCodes(),
                    m.term().validFrom(),
                    m.term().validUntil(),
                    m.grantedVia().name(),
                    m.recordedBy(),
                    m.grantedAt(),
                    m.revokedAt(),
                    m.isLiveAt(now));
        }
    }
}
