package io.onewindow.appointment.booking.domain;

import io.onewindow.platform.identity.ResidentIdNumber;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hashes (HMAC-SHA-256 with the configured salt) of ID numbers and device fingerprints:
 * stable, so supervision can link repeated bookings of one person or one device, but not
 * reversible by hashing all 10^17 plausible ID numbers without the salt.
 */
public final class IdentityHasher {

    private final SecretKeySpec key;

    public IdentityHasher(String salt) {
        if (salt == null || salt.length() < 16) {
            throw new IllegalArgumentException("the hash salt must have at least 16 characters");
        }
        this.key = new SecretKeySpec(salt.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The principal for a validated ID number. */
    public Principal principal(ResidentIdNumber id) {
        return new Principal(hash("id:" + id.value()), id.masked());
    }

    /** The hash of one device and client address; {@code null} parts count as empty. */
    public String fingerprint(String deviceId, String clientIp) {
        return hash("fp:" + Objects.toString(deviceId, "") + "|" + Objects.toString(clientIp, ""));
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
