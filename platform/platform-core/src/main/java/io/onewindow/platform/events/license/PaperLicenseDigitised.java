package io.onewindow.platform.events.license;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A paper license was digitised: one window officer asked, a second person of the department
 * confirmed, and the signed license was issued (a {@link LicenseIssued} with origin
 * {@code DIGITISED} follows). Supervision's rule on digitised licenses reads this.
 *
 * @param licenseId the issued license (aggregate id)
 * @param identifier its identifier
 * @param licenseTypeCode the type
 * @param department the issuing department
 * @param maskedHolderCode the holder code, masked
 * @param validFrom first day of validity (may lie before today)
 * @param validTo last day of validity, {@code null} when the type does not expire
 * @param backdatedDays how many days {@code validFrom} lies before the day of the request
 * @param backdatingReason the recorded reason when back-dated beyond the allowed days, else
 *     {@code null}
 * @param requestedBy the officer who asked
 * @param confirmedBy the second person who confirmed (never {@code requestedBy})
 * @param digitisedAt when it was confirmed and issued
 */
@EventType("onewindow.license.PaperLicenseDigitised.v1")
public record PaperLicenseDigitised(
        String licenseId,
        String identifier,
        String licenseTypeCode,
        String department,
        String maskedHolderCode,
        LocalDate validFrom,
        LocalDate validTo,
        long backdatedDays,
        String backdatingReason,
        String requestedBy,
        String confirmedBy,
        Instant digitisedAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return licenseId;
    }
}
