package io.onewindow.platform.events.license;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * A license was revoked (final): it never verifies as VALID again.
 *
 * @param licenseId the license's id (aggregate id, Kafka key)
 * @param identifier the GB/T 36904 identifier
 * @param department the issuing department
 * @param reason why
 * @param revokedBy the officer's user name
 * @param revokedAt when
 */
@EventType("onewindow.license.LicenseRevoked.v1")
public record LicenseRevoked(
        String licenseId, String identifier, String department, String reason, String revokedBy, Instant revokedAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return licenseId;
    }
}
