package io.onewindow.platform.events.license;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * A license's data was read or checked by someone other than the public verifier (用证).
 *
 * @param licenseId the license's id (aggregate id, Kafka key)
 * @param identifier the GB/T 36904 identifier
 * @param licenseTypeCode the type code
 * @param basis {@code HOLDER} (the holder's own use), {@code GRANT} (a holder's authorization) or
 *     {@code DUTY_CHECK} (a department's check in the course of a case)
 * @param grantId the grant used, {@code null} unless {@code basis = GRANT}
 * @param usedBy the user name or client id of the reader
 * @param department the reader's department, {@code null} for the holder
 * @param matterCode the matter of the case the use belongs to, {@code null} when none was given
 * @param caseNumber the case number the use belongs to, {@code null} when none was given
 * @param purpose the stated purpose
 * @param usedAt when
 */
@EventType("onewindow.license.LicenseUsed.v1")
public record LicenseUsed(
        String licenseId,
        String identifier,
        String licenseTypeCode,
        String basis,
        String grantId,
        String usedBy,
        String department,
        String matterCode,
        String caseNumber,
        String purpose,
        Instant usedAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return licenseId;
    }
}
