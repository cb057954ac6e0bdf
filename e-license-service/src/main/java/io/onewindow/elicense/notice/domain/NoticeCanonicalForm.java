package io.onewindow.elicense.notice.domain;

import io.onewindow.elicense.signing.domain.CanonicalJson;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The bytes a notice's seal covers, and their SHA-256: a JSON object of every field of
 * {@link NoticeContent} with keys sorted by code point at every level, arrays in their order, no
 * insignificant whitespace, {@code null} fields left out, the issue time as ISO-8601 UTC
 * ({@code 2026-03-02T02:00:00Z}), strings escaped minimally ({@code "}, {@code \} and control
 * characters as lower-case {@code \}{@code u00XX}), UTF-8 encoded, by {@link CanonicalJson} as the
 * licenses' form is, so that a library upgrade never changes the bytes of notices already sealed.
 */
public final class NoticeCanonicalForm {

    /** Bumped (and kept beside the old one) only if the form ever has to change. */
    public static final String VERSION = "ow-notice-c14n-1";

    private NoticeCanonicalForm() {}

    public static byte[] of(NoticeContent content) {
        Map<String, Object> fields = new TreeMap<>();
        fields.put("c14n", VERSION);
        fields.put("noticeId", content.noticeId());
        fields.put("caseId", content.caseId());
        fields.put("caseNumber", content.caseNumber());
        fields.put("matterCode", content.matterCode());
        fields.put("matterName", content.matterName());
        fields.put("department", content.department());
        fields.put("kind", content.kind().name());
        fields.put("issuedAt", content.issuedAt().toString());
        fields.put("applicantMasked", content.applicantMasked());
        fields.put("title", content.title());
        fields.put("paragraphs", content.paragraphs());
        List<Map<String, Object>> items = new ArrayList<>();
        for (CorrectionLine item : content.items()) {
            Map<String, Object> line = new TreeMap<>();
            line.put("materialCode", item.materialCode());
            line.put("materialName", item.materialName());
            line.put("problem", item.problem());
            items.add(line);
        }
        fields.put("items", items);
        fields.put("facts", new TreeMap<String, Object>(content.facts()));
        fields.put("keyId", content.keyId());
        return CanonicalJson.of(fields);
    }

    /** SHA-256 of the canonical form. */
    public static byte[] hash(NoticeContent content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(of(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** SHA-256 of the canonical form, lower-case hex. */
    public static String hashHex(NoticeContent content) {
        return HexFormat.of().formatHex(hash(content));
    }
}
