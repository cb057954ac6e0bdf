package io.onewindow.platform.events.license;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A license was issued: from an approved case ({@code origin = "APPROVAL"}), by digitising an
 * existing paper license ({@code "DIGITISED"}) or as the new version of a renewed one
 * ({@code "RENEWAL"}). Supervision watches for licenses without a case.
 *
 * @param licenseId the license's id (aggregate id, Kafka key)
 * @param identifier the GB/T 36904 identifier
 * @param licenseTypeCode the type code (defining body's USCC + 3 digits)
 * @param department the issuing department
 * @param origin {@code APPROVAL}, {@code DIGITISED} or {@code RENEWAL}
 * @param caseId the approval case id, {@code null} when not issued from a case
 * @param caseNumber the approval case number, {@code null} when not issued from a case
 * @param matterCode the linked matter code, {@code null} when unknown
 * @param holderCodeType {@code 111} resident ID or {@code 001} USCC
 * @param maskedHolderCode the holder code, masked
 * @param validFrom first day of validity
 * @param validTo last day of validity, {@code null} when it does not expire
 * @param keyId the id of the department key that signed it
 * @param issuedBy who issued it (user name or {@code system})
 * @param issuedAt when
 */
@EventType("onewindow.license.LicenseIssued.v1")
public record LicenseIssued(
        String licenseId,
        String identifier,
        String licenseTypeCode,
        String department,
        String origin,
        String caseId,
        String caseNumber,
        String matterCode,
        String holderCodeType,
        String maskedHolderCode,
        LocalDate validFrom,
        LocalDate validTo,
        String keyId,
        String issuedBy,
        Instant issuedAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return licenseId;
    }
}
