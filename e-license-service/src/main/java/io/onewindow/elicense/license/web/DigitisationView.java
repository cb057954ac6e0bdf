package io.onewindow.elicense.license.web;

import io.onewindow.elicense.license.domain.DigitisationRequest;
import io.onewindow.elicense.license.domain.DigitisationStatus;
import io.onewindow.elicense.license.domain.HolderName;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A request to digitise a paper license as its department's staff see it: what will be signed, the
 * holder code masked.
 *
 * @param status PENDING, CONFIRMED, REJECTED or EXPIRED
 * @param licenseId the issued license, once confirmed
 */
public record DigitisationView(
        String id,
        String status,
        String department,
        String typeCode,
        String holderName,
        String maskedHolderCode,
        String holderCodeType,
        LocalDate issuedOn,
        LocalDate validFrom,
        LocalDate validTo,
        long backdatedDays,
        String backdatingReason,
        Map<String, String> faceData,
        String requestedBy,
        Instant requestedAt,
        Instant expiresAt,
        String decidedBy,
        Instant decidedAt,
        String rejectionReason,
        String licenseId) {

    static DigitisationView of(DigitisationRequest r, DigitisationStatus status) {
        return new DigitisationView(
                r.id(),
                status.name(),
                r.department(),
                r.typeCode(),
                HolderName.printed(r.holderName(), r.holderCodeType()),
                r.maskedHolderCode(),
                r.holderCodeType().code(),
                r.issuedOn(),
                r.validFrom(),
                r.validTo(),
                r.backdatedDays(),
                r.backdatingReason(),
                r.faceData(),
                r.requestedBy(),
                r.requestedAt(),
                r.expiresAt(),
                r.decidedBy(),
                r.decidedAt(),
                r.rejectionReason(),
                status == DigitisationStatus.CONFIRMED ? r.licenseId() : null);
    }
}
