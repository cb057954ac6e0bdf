package io.onewindow.platform.events.approval;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;

/**
 * A department of the registry as it stands after a change: registered, renamed, its partner system
 * changed, or retired. Keyed by the department code; a reader keeps the highest {@code version}.
 * The catalog accepts matters only of active registered departments.
 *
 * @param code the department code used everywhere on the platform, e.g. {@code market-regulation}
 * @param version 1 when registered, +1 per change
 * @param name the department's Chinese name, e.g. {@code 番禺区市场监督管理局} (a body, not a person)
 * @param partnerClientId the Keycloak client id of the department's own system that reports
 *     milestones for it (实时对接), or {@code null} when it has none
 * @param active {@code false} once retired: no new matters, no new partner reports
 * @param recordedBy username of the platform administrator who made the change, {@code system} for
 *     demo data
 */
@EventType("onewindow.approval.DepartmentRecorded.v1")
public record DepartmentRecorded(
        String code, long version, String name, String partnerClientId, boolean active, String recordedBy)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return code;
    }
}
