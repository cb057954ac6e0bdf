package io.onewindow.platform.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed pseudonyms (HMAC-SHA256) for identities that travel in events: the same person or
 * device always gets the same pseudonym under one key, so supervision can count and match
 * them, while nobody without the key can recompute a pseudonym from an ID number. Every
 * service that must produce or match pseudonyms is given the same key.
 */
public final class IdentityPseudonyms {

    /** Shortest key accepted: a guessable key would make the pseudonyms reversible by search. */
    public static final int MIN_KEY_LENGTH = 16;

    private final SecretKeySpec key;

    public IdentityPseudonyms(String secretKey) {
        if (secretKey == null || secretKey.length() < MIN_KEY_LENGTH) {
            throw new IllegalArgumentException(
                    "the pseudonym key must have at least " + MIN_KEY_LENGTH + " characters");
        }
        this.key = new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The pseudonym of a resident ID number (its normalised 18 characters). */
    public String ofIdNumber(String idNumber) {
        return hash("id:" + Objects.requireNonNull(idNumber, "idNumber"));
    }

    /**
     * The pseudonym of a unified social credit code (its normalised 18 characters): how an
     * enterprise is recognised, as a person is by {@link #ofIdNumber(String)}. Its own namespace,
     * so a code never shares a pseudonym with an ID number.
     */
    public String ofCreditCode(String creditCode) {
        return hash("cc:" + Objects.requireNonNull(creditCode, "creditCode"));
    }

    /**
     * The pseudonym of an applicant as typed or as a token carries it: an enterprise by its credit
     * code, a person by their ID number, each normalised as {@link UnifiedSocialCreditCode} and
     * {@link ResidentIdNumber} do (so {@code x} and {@code X} give one pseudonym); a value that is
     * not valid (an irregular code admitted by an audited override) is hashed as it was given.
     * The one rule for whoever writes an applicant's pseudonym and whoever matches a caller to it.
     */
    public String ofApplicant(String code, boolean enterprise) {
        Objects.requireNonNull(code, "code");
        if (enterprise) {
            return ofCreditCode(
                    UnifiedSocialCreditCode.isValid(code)
                            ? UnifiedSocialCreditCode.of(code).value()
                            : code);
        }
        return ofIdNumber(
                ResidentIdNumber.isValid(code) ? ResidentIdNumber.of(code).value() : code);
    }

    /** The pseudonym of a device and client address; {@code null} parts count as empty. */
    public String ofDevice(String deviceId, String clientAddress) {
        return hash("fp:" + Objects.toString(deviceId, "") + "|" + Objects.toString(clientAddress, ""));
    }

    private String hash(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
