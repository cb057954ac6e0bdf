package io.onewindow.supervision.rules.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A paper license digitised by e-license-service (one officer asked, a second person confirmed).
 *
 * @param licenseId the issued license
 * @param eventId the {@code PaperLicenseDigitised} event's id
 * @param identifier the license identifier
 * @param department the issuing department
 * @param requestedBy the officer who asked
 * @param confirmedBy the second person who confirmed
 * @param backdatedDays days its validity starts before the request
 * @param backdatingReason the recorded reason when back-dated beyond the allowed days, else {@code null}
 * @param digitisedAt when it was confirmed and issued
 * @param day the day of {@code digitisedAt} in the district's zone
 */
public record Digitisation(
        String licenseId,
        String eventId,
        String identifier,
        String department,
        String requestedBy,
        String confirmedBy,
        long backdatedDays,
        String backdatingReason,
        Instant digitisedAt,
        LocalDate day) {

    /** Whether it was back-dated beyond the days allowed without a reason (the reason is recorded). */
    public boolean backdatedBeyondAllowance() {
        return backdatingReason != null && !backdatingReason.isBlank();
    }
}
