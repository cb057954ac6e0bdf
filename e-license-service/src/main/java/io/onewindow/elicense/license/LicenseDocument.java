package io.onewindow.elicense.license;

import io.onewindow.elicense.ELicenseServiceApplication;
import io.onewindow.elicense.license.domain.HolderCodeType;
import io.onewindow.elicense.license.domain.License;
import io.onewindow.elicense.license.domain.LicenseContent;
import io.onewindow.elicense.license.domain.LicenseOrigin;
import io.onewindow.elicense.license.domain.LicenseStatus;
import io.onewindow.platform.messaging.outbox.OutboxEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The stored form of a {@link License}, with its outbox so state and events are one write, and the
 * {@code version} its store writes conditionally on (the outbox relay raises it too).
 */
@Document(ELicenseServiceApplication.LICENSES)
record LicenseDocument(
        @Id String id,
        Long version,
        String identifier,
        String typeCode,
        String typeName,
        String issuerName,
        String issuerCode,
        String department,
        String holderName,
        String holderCode,
        String holderCodeType,
        LocalDate issuedOn,
        LocalDate validFrom,
        LocalDate validTo,
        String regionCode,
        String matterCode,
        String matterName,
        Map<String, String> faceData,
        String keyId,
        String signature,
        String origin,
        String caseId,
        String caseNumber,
        String issuedBy,
        Instant issuedAt,
        String status,
        String statusReason,
        Instant statusChangedAt,
        String supersededBy,
        String renewedFrom,
        LocalDate remindedForValidTo,
        List<OutboxEntry> outbox) {

    static LicenseDocument of(License license, long version, List<OutboxEntry> outbox) {
        LicenseContent c = license.content();
        return new LicenseDocument(
                license.id(),
                version,
                c.identifier(),
                c.typeCode(),
                c.typeName(),
                c.issuerName(),
                c.issuerCode(),
                c.department(),
                c.holderName(),
                c.holderCode(),
                c.holderCodeType().code(),
                c.issuedOn(),
                c.validFrom(),
                c.validTo(),
                c.regionCode(),
                c.matterCode(),
                c.matterName(),
                c.faceData(),
                c.keyId(),
                license.signature(),
                license.origin().name(),
                license.caseId(),
                license.caseNumber(),
                license.issuedBy(),
                license.issuedAt(),
                license.status().name(),
                license.statusReason(),
                license.statusChangedAt(),
                license.supersededBy(),
                license.renewedFrom(),
                license.remindedForValidTo(),
                new ArrayList<>(outbox == null ? List.of() : outbox));
    }

    License toDomain() {
        LicenseContent content = new LicenseContent(
                identifier,
                typeCode,
                typeName,
                issuerName,
                issuerCode,
                department,
                holderName,
                holderCode,
                HolderCodeType.ofCode(holderCodeType),
                issuedOn,
                validFrom,
                validTo,
                regionCode,
                matterCode,
                matterName,
                faceData,
                keyId);
        return new License(
                id,
                content,
                signature,
                LicenseOrigin.valueOf(origin),
                caseId,
                caseNumber,
                issuedBy,
                issuedAt,
                LicenseStatus.valueOf(status),
                statusReason,
                statusChangedAt,
                supersededBy,
                renewedFrom,
                remindedForValidTo);
    }
}
