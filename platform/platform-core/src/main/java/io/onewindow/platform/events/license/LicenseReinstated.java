package io.onewindow.platform.events.license;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * A suspended license was reinstated by its issuing department.
 *
 * @param licenseId the license's id (aggregate id, Kafka key)
 * @param identifier the GB/T 36904 identifier
 * @param department the issuing department
 * @param reinstatedBy the officer's user name
 * @param reinstatedAt when
 */
@EventType("onewindow.license.LicenseReinstated.v1")
public record LicenseReinstated(
        String licenseId, String identifier, String department, String reinstatedBy, Instant reinstatedAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return licenseId;
    }
}
