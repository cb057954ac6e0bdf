package io.onewindow.appointment.booking.domain;

import io.onewindow.platform.identity.IdentityPseudonyms;
import io.onewindow.platform.identity.ResidentIdNumber;

/**
 * Keyed hashes (the platform's {@link IdentityPseudonyms}, HMAC-SHA-256) of ID numbers and device fingerprints:
 * stable, so supervision can link repeated bookings of one person or one device, but not
 * reversible by hashing all 10^17 plausible ID numbers without the key.
 */
public final class IdentityHasher {

    private final IdentityPseudonyms pseudonyms;

    public IdentityHasher(IdentityPseudonyms pseudonyms) {
        this.pseudonyms = pseudonyms;
    }

    /** The principal for a validated ID number. */
    public Principal principal(ResidentIdNumber id) {
        return new Principal(pseudonyms.ofIdNumber(id.value()), id.masked());
    }

    /** The hash of one device and client address; {@code null} parts count as empty. */
    public String fingerprint(String deviceId, String clientIp) {
        return pseudonyms.ofDevice(deviceId, clientIp);
    }
}
