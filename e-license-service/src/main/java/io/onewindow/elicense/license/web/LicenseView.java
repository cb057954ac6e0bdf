package io.onewindow.elicense.license.web;

import io.onewindow.elicense.license.domain.License;
import io.onewindow.elicense.license.domain.LicenseContent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** A license's full data, for its holder and for readers with a grant or duty check. */
public record LicenseView(
        String id,
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
        String status,
        String origin,
        String caseNumber,
        String keyId,
        String signature,
        String supersededBy,
        String renewedFrom,
        Instant issuedAt) {

    public static LicenseView of(License license) {
        LicenseContent c = license.content();
        return new LicenseView(
                license.id(),
                c.identifier(),
                c.typeCode(),
                c.typeName(),
                c.issuerName(),
                c.issuerCode(),
                c.department(),
                c.printedHolderName(),
                c.holderCode(),
                c.holderCodeType().code(),
                c.issuedOn(),
                c.validFrom(),
                c.validTo(),
                c.regionCode(),
                c.matterCode(),
                c.matterName(),
                c.faceData(),
                license.status().name(),
                license.origin().name(),
                license.caseNumber(),
                c.keyId(),
                license.signature(),
                license.supersededBy(),
                license.renewedFrom(),
                license.issuedAt());
    }
}
