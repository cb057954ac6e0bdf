package io.onewindow.elicense.license.domain;

import io.onewindow.elicense.signing.domain.CanonicalJson;
import java.util.Map;
import java.util.TreeMap;

/**
 * The bytes a license signature covers: a JSON object of the signed fields with keys sorted
 * by code point at every level, no insignificant whitespace, {@code null} fields left out,
 * dates as ISO-8601 {@code yyyy-MM-dd}, strings escaped minimally (only {@code "}, {@code \}
 * and control characters, the latter as lower-case {@code \}{@code u00XX}), UTF-8 encoded.
 * Written by {@link CanonicalJson}, by hand, so that a library upgrade can never change the bytes of
 * licenses already signed.
 */
public final class CanonicalForm {

    /** Bumped (and kept beside the old one) only if the form ever has to change. */
    public static final String VERSION = "ow-license-c14n-1";

    private CanonicalForm() {}

    public static byte[] of(LicenseContent content) {
        Map<String, Object> fields = new TreeMap<>();
        fields.put("c14n", VERSION);
        fields.put("identifier", content.identifier());
        fields.put("typeCode", content.typeCode());
        fields.put("typeName", content.typeName());
        fields.put("issuerName", content.issuerName());
        fields.put("issuerCode", content.issuerCode());
        fields.put("department", content.department());
        fields.put("holderName", content.holderName());
        fields.put("holderCode", content.holderCode());
        fields.put("holderCodeType", content.holderCodeType().code());
        fields.put("issuedOn", content.issuedOn().toString());
        fields.put("validFrom", content.validFrom().toString());
        fields.put(
                "validTo", content.validTo() == null ? null : content.validTo().toString());
        fields.put("regionCode", content.regionCode());
        fields.put("matterCode", content.matterCode());
        fields.put("matterName", content.matterName());
        fields.put("faceData", new TreeMap<>(content.faceData()));
        fields.put("keyId", content.keyId());
        return CanonicalJson.of(fields);
    }
}
