package io.onewindow.platform.events.license;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A license passed its last day of validity (recorded by the scheduled expiry job).
 *
 * @param licenseId the license's id (aggregate id, Kafka key)
 * @param identifier the GB/T 36904 identifier
 * @param department the issuing department
 * @param validTo its last day of validity
 * @param expiredAt when the job recorded it
 */
@EventType("onewindow.license.LicenseExpired.v1")
public record LicenseExpired(
        String licenseId, String identifier, String department, LocalDate validTo, Instant expiredAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return licenseId;
    }
}
