package io.onewindow.elicense.license.domain;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * The bytes a license signature covers: a JSON object of the signed fields with keys sorted
 * by code point at every level, no insignificant whitespace, {@code null} fields left out,
 * dates as ISO-8601 {@code yyyy-MM-dd}, strings escaped minimally (only {@code "}, {@code \}
 * and control characters, the latter as lower-case {@code \}{@code u00XX}), UTF-8 encoded.
 * Written by hand rather than with a JSON library so that a library upgrade can never change
 * the bytes of licenses already signed.
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
        StringBuilder json = new StringBuilder(512);
        writeObject(json, fields);
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void writeObject(StringBuilder json, Map<String, ?> fields) {
        json.append('{');
        boolean first = true;
        for (Map.Entry<String, ?> field : new TreeMap<>(fields).entrySet()) {
            if (field.getValue() == null) {
                continue;
            }
            if (!first) {
                json.append(',');
            }
            first = false;
            writeString(json, field.getKey());
            json.append(':');
            if (field.getValue() instanceof Map<?, ?> nested) {
                @SuppressWarnings("unchecked")
                Map<String, ?> object = (Map<String, ?>) nested;
                writeObject(json, object);
            } else {
                writeString(json, field.getValue().toString());
            }
        }
        json.append('}');
    }

    private static void writeString(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        json.append('"');
    }
}
