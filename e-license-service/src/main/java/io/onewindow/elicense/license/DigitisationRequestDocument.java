package io.onewindow.elicense.license;

import io.onewindow.elicense.ELicenseServiceApplication;
import io.onewindow.elicense.license.domain.DigitisationRequest;
import io.onewindow.elicense.license.domain.DigitisationRule;
import io.onewindow.elicense.license.domain.DigitisationStatus;
import io.onewindow.elicense.license.domain.HolderCodeType;
import io.onewindow.platform.messaging.outbox.OutboxEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The stored form of a {@link DigitisationRequest} (its outbox stays empty: it records no events). */
@Document(ELicenseServiceApplication.DIGITISATION_REQUESTS)
record DigitisationRequestDocument(
        @Id String id,
        Long version,
        String licenseId,
        String department,
        String typeCode,
        String holderName,
        String holderCode,
        String holderCodeType,
        LocalDate issuedOn,
        LocalDate validFrom,
        LocalDate validTo,
        Map<String, String> faceData,
        long backdatedDays,
        String backdatingReason,
        String requestedBy,
        Instant requestedAt,
        Instant expiresAt,
        String status,
        String decidedBy,
        Instant decidedAt,
        String rejectionReason,
        List<OutboxEntry> outbox) {

    static DigitisationRequestDocument of(DigitisationRequest r, long version, List<OutboxEntry> outbox) {
        return new DigitisationRequestDocument(
                r.id(),
                version,
                r.licenseId(),
                r.department(),
                r.typeCode(),
                r.holderName(),
                r.holderCode(),
                r.holderCodeType().code(),
                r.issuedOn(),
                r.validFrom(),
                r.validTo(),
                r.faceData(),
                r.backdatedDays(),
                r.backdatingReason(),
                r.requestedBy(),
                r.requestedAt(),
                r.expiresAt(),
                r.status().name(),
                r.decidedBy(),
                r.decidedAt(),
                r.rejectionReason(),
                outbox);
    }

    DigitisationRequest toDomain() {
        return new DigitisationRequest(
                id,
                licenseId,
                department,
                typeCode,
                holderName,
                holderCode,
                HolderCodeType.ofCode(holderCodeType),
                new DigitisationRule.Dates(issuedOn, validFrom, validTo, backdatedDays, backdatingReason),
                faceData,
                requestedBy,
                requestedAt,
                expiresAt,
                DigitisationStatus.valueOf(status),
                decidedBy,
                decidedAt,
                rejectionReason);
    }
}
