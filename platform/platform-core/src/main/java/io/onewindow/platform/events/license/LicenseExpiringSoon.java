package io.onewindow.platform.events.license;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A license expires within the reminder window (30 days by default, the renewal deadline of
 * Administrative License Law art. 50); raised once per license and validity period.
 *
 * @param licenseId the license's id (aggregate id, Kafka key)
 * @param identifier the GB/T 36904 identifier
 * @param licenseTypeCode the type code
 * @param department the issuing department
 * @param holderCodeType {@code 111} resident ID or {@code 001} USCC
 * @param maskedHolderCode the holder code, masked
 * @param validTo its last day of validity
 * @param remindedAt when the reminder was raised
 */
@EventType("onewindow.license.LicenseExpiringSoon.v1")
public record LicenseExpiringSoon(
        String licenseId,
        String identifier,
        String licenseTypeCode,
        String department,
        String holderCodeType,
        String maskedHolderCode,
        LocalDate validTo,
        Instant remindedAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return licenseId;
    }
}
