package io.onewindow.platform.events.license;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A license was renewed: the old one is superseded by a new version (its own
 * {@link LicenseIssued} with origin {@code RENEWAL} follows under the new license id).
 *
 * @param licenseId the superseded license's id (aggregate id, Kafka key)
 * @param identifier the superseded license's identifier
 * @param newLicenseId the new version's license id
 * @param newIdentifier the new version's identifier
 * @param department the issuing department
 * @param newValidTo last day of validity of the new version, {@code null} when it does not expire
 * @param renewedBy the officer's user name
 * @param renewedAt when
 */
@EventType("onewindow.license.LicenseRenewed.v1")
public record LicenseRenewed(
        String licenseId,
        String identifier,
        String newLicenseId,
        String newIdentifier,
        String department,
        LocalDate newValidTo,
        String renewedBy,
        Instant renewedAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return licenseId;
    }
}
