package io.onewindow.platform.events.license;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * A license was suspended by its issuing department; it verifies as SUSPENDED until reinstated.
 *
 * @param licenseId the license's id (aggregate id, Kafka key)
 * @param identifier the GB/T 36904 identifier
 * @param department the issuing department
 * @param reason why
 * @param suspendedBy the officer's user name
 * @param suspendedAt when
 */
@EventType("onewindow.license.LicenseSuspended.v1")
public record LicenseSuspended(
        String licenseId, String identifier, String department, String reason, String suspendedBy, Instant suspendedAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return licenseId;
    }
}
