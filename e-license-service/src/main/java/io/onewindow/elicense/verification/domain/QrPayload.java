package io.onewindow.elicense.verification.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The signed QR payload of a license, checkable offline with the published keys:
 *
 * <pre>
 * OWL1|&lt;identifier&gt;|&lt;keyId&gt;|&lt;status&gt;|&lt;asOf epoch seconds&gt;|&lt;validTo yyyy-MM-dd or -&gt;|&lt;digest&gt;|&lt;signature&gt;
 * </pre>
 *
 * {@code digest} is base64url (no padding) of SM3 over the license's canonical form, binding
 * the QR to the exact signed license; {@code signature} is base64url of the DER SM2 signature
 * (SM3withSM2, user id {@code 1234567812345678}) by {@code keyId} over every byte before the last
 * {@code |}. {@code status} is the library status as of {@code asOf}.
 */
public record QrPayload(
        String identifier,
        String keyId,
        String status,
        Instant asOf,
        LocalDate validTo,
        String digest,
        byte[] signature) {

    public static final String MAGIC = "OWL1";
    private static final int MAX_LENGTH = 1024;

    /** The bytes the signature covers. */
    public byte[] signedPart() {
        return signedPart(identifier, keyId, status, asOf, validTo, digest);
    }

    public static byte[] signedPart(
            String identifier, String keyId, String status, Instant asOf, LocalDate validTo, String digest) {
        return String.join(
                        "|",
                        MAGIC,
                        identifier,
                        keyId,
                        status,
                        Long.toString(asOf.getEpochSecond()),
                        validTo == null ? "-" : validTo.toString(),
                        digest)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The text encoded in the QR code. */
    public String encode() {
        return new String(signedPart(), StandardCharsets.UTF_8) + "|"
                + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }

    /** Parses a scanned payload; empty for anything that is not well-formed (never throws). */
    public static Optional<QrPayload> parse(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String[] parts = text.split("\\|", -1);
        if (parts.length != 8 || !MAGIC.equals(parts[0])) {
            return Optional.empty();
        }
        try {
            Instant asOf = Instant.ofEpochSecond(Long.parseLong(parts[4]));
            LocalDate validTo = "-".equals(parts[5]) ? null : LocalDate.parse(parts[5]);
            byte[] signature = Base64.getUrlDecoder().decode(parts[7]);
            if (parts[1].isEmpty() || parts[2].isEmpty() || parts[6].isEmpty() || signature.length == 0) {
                return Optional.empty();
            }
            return Optional.of(new QrPayload(parts[1], parts[2], parts[3], asOf, validTo, parts[6], signature));
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
}
