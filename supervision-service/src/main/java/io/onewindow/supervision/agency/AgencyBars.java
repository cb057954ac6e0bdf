package io.onewindow.supervision.agency;

import io.onewindow.platform.events.appointment.AgencyReinstated;
import io.onewindow.platform.events.appointment.AgencySuspended;
import io.onewindow.platform.events.appointment.IntermediaryRegistered;
import io.onewindow.platform.service.UseCase;
import io.onewindow.supervision.agency.domain.AgencyBar;
import java.util.List;

/**
 * The register of bars on acting for others, for inspectors: every agent or intermediary an
 * inspector barred in appointment-service, with reason, who and when, and when and by whom it was
 * lifted. Kept from the appointment topic ({@code AgencySuspended}, {@code AgencyReinstated},
 * {@code IntermediaryRegistered} for the names).
 */
@UseCase
public class AgencyBars {

    private final AgencyBarStore store;

    AgencyBars(AgencyBarStore store) {
        this.store = store;
    }

    public void registered(IntermediaryRegistered e) {
        if (e.creditCode() != null) {
            store.intermediary(e.creditCode(), e.name());
        }
    }

    public void suspended(String eventId, AgencySuspended e) {
        if (e.intermediaryCode() == null || e.suspendedAt() == null) {
            return;
        }
        store.suspended(eventId, e.intermediaryCode(), e.agentUsername(), e.reason(), e.suspendedBy(), e.suspendedAt());
    }

    public void reinstated(AgencyReinstated e) {
        if (e.intermediaryCode() == null || e.reinstatedAt() == null) {
            return;
        }
        store.lifted(e.intermediaryCode(), e.agentUsername(), e.reason(), e.reinstatedBy(), e.reinstatedAt());
    }

    /**
     * The bars, newest first.
     *
     * @param current {@code true} only those that hold, {@code false} only lifted ones, {@code null} all
     * @param intermediaryCode only this intermediary's, or {@code null}
     */
    public List<AgencyBar> list(Boolean current, String intermediaryCode) {
        return store.bars(current, intermediaryCode);
    }
}
