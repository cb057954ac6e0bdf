package io.onewindow.elicense.verification.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The signed QR payload of a license, checkable offline with the published keys:
 *
 * <pre>
 * OWL2|&lt;identifier&gt;|&lt;keyId&gt;|&lt;status&gt;|&lt;madeAt RFC 3339, +08:00&gt;|&lt;validTo yyyy-MM-dd or -&gt;|&lt;digest&gt;|&lt;signature&gt;
 * </pre>
 *
 * {@code digest} is base64url (no padding) of SM3 over the license's canonical form, binding
 * the QR to the exact signed license; {@code signature} is base64url of the DER SM2 signature
 * (SM3withSM2, user id {@code 1234567812345678}) by {@code keyId} over every byte before the last
 * {@code |}. {@code status} is the library status at {@code madeAt}, the moment the payload was
 * made and signed. Payloads of the first format ({@code OWL1}, the same fields with {@code asOf}
 * in epoch seconds, made by the same code at the moment of signing) are still read.
 *
 * @param format {@code OWL2}, or {@code OWL1} for a payload made before the format changed
 * @param madeAt when the payload was made and signed, with the offset it was written with
 *     ({@code +08:00}; UTC for an {@code OWL1} payload, which states only epoch seconds)
 * @param signedText the exact text the signature covers
 */
public record QrPayload(
        String format,
        String identifier,
        String keyId,
        String status,
        OffsetDateTime madeAt,
        LocalDate validTo,
        String digest,
        byte[] signature,
        String signedText) {

    public static final String MAGIC = "OWL2";
    public static final String MAGIC_V1 = "OWL1";
    private static final int MAX_LENGTH = 1024;

    /** The bytes the signature covers. */
    public byte[] signedPart() {
        return signedText.getBytes(StandardCharsets.UTF_8);
    }

    /** When the payload was made, as an instant. */
    public Instant asOf() {
        return madeAt.toInstant();
    }

    /**
     * The text to sign for a new payload: {@code madeAt} to the second, written RFC 3339 with the
     * offset of {@code zone} (the service's, {@code +08:00}).
     */
    public static String signedText(
            String identifier,
            String keyId,
            String status,
            Instant madeAt,
            ZoneId zone,
            LocalDate validTo,
            String digest) {
        return String.join(
                "|",
                MAGIC,
                identifier,
                keyId,
                status,
                madeAtText(madeAt, zone),
                validTo == null ? "-" : validTo.toString(),
                digest);
    }

    /** A new payload: {@code signedText} as made by {@link #signedText} and its signature. */
    public static QrPayload signed(String signedText, byte[] signature) {
        return parse(signedText + "|" + Base64.getUrlEncoder().withoutPadding().encodeToString(signature))
                .orElseThrow(() -> new IllegalArgumentException("not a payload: " + signedText));
    }

    /** The text of the payload (what the QR's link carries). */
    public String encode() {
        return signedText + "|" + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }

    /** Parses a scanned payload; empty for anything that is not well-formed (never throws). */
    public static Optional<QrPayload> parse(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String[] parts = text.split("\\|", -1);
        if (parts.length != 8 || !(MAGIC.equals(parts[0]) || MAGIC_V1.equals(parts[0]))) {
            return Optional.empty();
        }
        try {
            OffsetDateTime madeAt = MAGIC.equals(parts[0])
                    ? OffsetDateTime.parse(parts[4], DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    : Instant.ofEpochSecond(Long.parseLong(parts[4])).atOffset(java.time.ZoneOffset.UTC);
            LocalDate validTo = "-".equals(parts[5]) ? null : LocalDate.parse(parts[5]);
            byte[] signature = Base64.getUrlDecoder().decode(parts[7]);
            if (parts[1].isEmpty() || parts[2].isEmpty() || parts[6].isEmpty() || signature.length == 0) {
                return Optional.empty();
            }
            return Optional.of(new QrPayload(
                    parts[0],
                    parts[1],
                    parts[2],
                    parts[3],
                    madeAt,
                    validTo,
                    parts[6],
                    signature,
                    text.substring(0, text.lastIndexOf('|'))));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    /** base64url SM3 digest of {@code canonicalForm}. */
    public static String digestOf(byte[] canonicalForm) {
        SM3Digest sm3 = new SM3Digest();
        sm3.update(canonicalForm, 0, canonicalForm.length);
        byte[] out = new byte[sm3.getDigestSize()];
        sm3.doFinal(out, 0);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
    }

    private static String madeAtText(Instant madeAt, ZoneId zone) {
        return madeAt.truncatedTo(ChronoUnit.SECONDS)
                .atZone(zone)
                .toOffsetDateTime()
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
