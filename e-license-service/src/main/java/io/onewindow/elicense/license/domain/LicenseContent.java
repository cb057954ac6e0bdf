package io.onewindow.elicense.license.domain;

import io.onewindow.platform.identity.LicenseIdentifier;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The signed part of a license (GB/T 36903 fields): everything except its lifecycle status,
 * which changes after signing and is answered by the library instead. The signature covers
 * {@link CanonicalForm#of(LicenseContent)}, including {@code keyId}, so a license cannot be
 * presented as signed by another key.
 */
public record LicenseContent(
        String identifier,
        String typeCode,
        String typeName,
        String issuerName,
        String issuerCode,
        String department,
        String holderName,
        String holderCode,
        HolderCodeType holderCodeType,
        LocalDate issuedOn,
        LocalDate validFrom,
        LocalDate validTo,
        String regionCode,
        String matterCode,
        String matterName,
        Map<String, String> faceData,
        String keyId) {

    public LicenseContent {
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(typeCode, "typeCode");
        Objects.requireNonNull(holderName, "holderName");
        Objects.requireNonNull(holderCode, "holderCode");
        Objects.requireNonNull(holderCodeType, "holderCodeType");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(keyId, "keyId");
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("validTo before validFrom");
        }
        faceData = faceData == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(faceData));
    }

    /** The same content for a renewed version: new identifier, validity, issue date and key. */
    public LicenseContent renewed(
            LicenseIdentifier next, LocalDate issuedOn, LocalDate validFrom, LocalDate validTo, String keyId) {
        return new LicenseContent(
                next.toString(),
                typeCode,
                typeName,
                issuerName,
                issuerCode,
                department,
                holderName,
                holderCode,
                holderCodeType,
                issuedOn,
                validFrom,
                validTo,
                regionCode,
                matterCode,
                matterName,
                faceData,
                keyId);
    }

    public String maskedHolderCode() {
        return HolderCodeType.mask(holderCode);
    }

    /** The holder's name as printed and shown: a person's in Chinese order ({@link HolderName}). */
    public String printedHolderName() {
        return HolderName.printed(holderName, holderCodeType);
    }

    /** The holder's name for public answers: an enterprise's in full, a person's masked ({@link HolderName}). */
    public String publicHolderName() {
        return HolderName.inPublic(holderName, holderCodeType);
    }
}
