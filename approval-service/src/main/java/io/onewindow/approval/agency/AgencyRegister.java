package io.onewindow.approval.agency;

import io.onewindow.approval.agency.domain.Mandate;
import io.onewindow.platform.events.appointment.AgencyReinstated;
import io.onewindow.platform.events.appointment.AgencySuspended;
import io.onewindow.platform.events.appointment.AgentEnrolled;
import io.onewindow.platform.events.appointment.MandateGranted;
import io.onewindow.platform.events.appointment.MandateRevoked;
import io.onewindow.platform.service.UseCase;

/**
 * Keeps approval's copy of the agency register (appointment-service owns it) from the register's
 * events: who is enrolled under which intermediary, who is barred, which mandates were given and
 * revoked. It follows the register within the consumer's delay (normally seconds); a revocation
 * or a bar takes effect here when its event is consumed.
 */
@UseCase
public class AgencyRegister {

    private final AgencyRegisterStore store;

    AgencyRegister(AgencyRegisterStore store) {
        this.store = store;
    }

    public void enrolled(AgentEnrolled e) {
        store.enrolled(e.intermediaryCode(), e.agentUsername(), e.agentPseudonym(), e.enrolledAt());
    }

    public void suspended(AgencySuspended e) {
        store.barState(e.intermediaryCode(), e.agentUsername(), true, e.reason(), e.suspendedBy(), e.suspendedAt());
    }

    public void reinstated(AgencyReinstated e) {
        store.barState(e.intermediaryCode(), e.agentUsername(), false, e.reason(), e.reinstatedBy(), e.reinstatedAt());
    }

    public void granted(MandateGranted e) {
        store.granted(
                new Mandate(
                        e.mandateId(),
                        e.principalPseudonym(),
                        e.agentPseudonym(),
                        e.agentUsername(),
                        e.intermediaryCode(),
                        e.matterCodes(),
                        e.validFrom(),
                        e.validUntil(),
                        null),
                e.grantedAt());
    }

    public void revoked(MandateRevoked e) {
        store.revoked(e.mandateId(), e.principalPseudonym(), e.agentPseudonym(), e.revokedAt());
    }
}
