package io.onewindow.elicense.verification.domain;

import io.onewindow.elicense.signing.domain.Sm2;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The check a verifier can make without the library: take the payload out of the scanned address
 * (or the bare payload), verify its SM2 signature with the published key it names, and read the
 * status it states as of the moment it was made. Only the online check knows of a revocation after
 * that moment, so a payload older than {@code maxAge} is reported with the warning {@link
 * #TOO_OLD}: the verifier should check online (or have the holder show a fresh code).
 *
 * @param link the verification address the service writes into its codes
 * @param maxAge how old a payload may be before the warning
 */
public record OfflineCheck(QrLink link, Duration maxAge) {

    /** Warning: the payload is older than {@code maxAge}; a later revocation would not show in it. */
    public static final String TOO_OLD = "qr-older-than-max-age";

    /** Warning: the payload says it was made after the moment of the check (a wrong clock somewhere). */
    public static final String FROM_THE_FUTURE = "qr-made-in-the-future";

    /** How far a maker's clock may run ahead of the verifier's before the payload counts as from the future. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    public OfflineCheck {
        if (maxAge == null || maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("the QR code's maximum age must be positive: " + maxAge);
        }
    }

    /**
     * The outcome: {@code reason} is {@code null} when the signature holds, else why not
     * ({@code malformed-payload}, {@code foreign-address}, {@code payload-signature}).
     */
    public record Outcome(String reason, QrPayload payload, Duration age, List<String> warnings) {

        public boolean signed() {
            return reason == null;
        }

        static Outcome refused(String reason) {
            return new Outcome(reason, null, null, List.of());
        }
    }

    /**
     * Checks {@code scanned} at {@code now} with the published keys ({@code keyId} → key; empty for a
     * key never published).
     */
    public Outcome check(String scanned, Function<String, Optional<PublicKey>> publishedKeys, Instant now) {
        return check(link.read(scanned), publishedKeys, now);
    }

    /** Checks what was read from a code (see {@link QrLink#read}, {@link QrLink#readParameter}). */
    public Outcome check(QrLink.Scanned read, Function<String, Optional<PublicKey>> publishedKeys, Instant now) {
        if (read instanceof QrLink.Scanned.Foreign) {
            return Outcome.refused("foreign-address");
        }
        if (!(read instanceof QrLink.Scanned.Payload scannedPayload)) {
            return Outcome.refused("malformed-payload");
        }
        Optional<QrPayload> parsed = QrPayload.parse(scannedPayload.text());
        if (parsed.isEmpty()) {
            return Outcome.refused("malformed-payload");
        }
        QrPayload qr = parsed.get();
        boolean signed = publishedKeys
                .apply(qr.keyId())
                .map(key -> Sm2.verify(key, qr.signedPart(), qr.signature()))
                .orElse(false);
        if (!signed) {
            return new Outcome("payload-signature", qr, null, List.of());
        }
        Duration age = Duration.between(qr.asOf(), now);
        return new Outcome(null, qr, age, warnings(age));
    }

    /** The warnings for a payload of {@code age}: older than allowed, or made after now. */
    List<String> warnings(Duration age) {
        if (age.compareTo(maxAge) > 0) {
            return List.of(TOO_OLD);
        }
        if (age.isNegative() && age.abs().compareTo(CLOCK_SKEW) > 0) {
            return List.of(FROM_THE_FUTURE);
        }
        return List.of();
    }
}
