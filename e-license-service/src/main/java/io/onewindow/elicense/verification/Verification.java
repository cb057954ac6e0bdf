package io.onewindow.elicense.verification;

import io.onewindow.elicense.license.LicenseSigner;
import io.onewindow.elicense.license.LicenseStore;
import io.onewindow.elicense.license.domain.CanonicalForm;
import io.onewindow.elicense.license.domain.License;
import io.onewindow.elicense.license.domain.LicenseStatus;
import io.onewindow.elicense.signing.DepartmentKeys;
import io.onewindow.elicense.signing.domain.Sm2;
import io.onewindow.elicense.verification.domain.QrPayload;
import io.onewindow.platform.identity.LicenseIdentifier;
import io.onewindow.platform.service.ServiceProperties;
import io.onewindow.platform.service.UseCase;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Public verification of a license by identifier or by its QR payload: check character, then
 * the status in the library (read on every request, never cached, so a revocation counts at
 * once), then the SM2 signature against the published key. Anything that does not add up is
 * INVALID, never an error.
 */
@UseCase
public class Verification {

    private final LicenseStore licenses;
    private final LicenseSigner signer;
    private final DepartmentKeys keys;
    private final Clock clock;
    private final ServiceProperties service;

    Verification(
            LicenseStore licenses, LicenseSigner signer, DepartmentKeys keys, Clock clock, ServiceProperties service) {
        this.licenses = licenses;
        this.signer = signer;
        this.keys = keys;
        this.clock = clock;
        this.service = service;
    }

    /**
     * The answer: the result, and for a license that exists and is authentic its public face
     * with the holder masked.
     */
    public record Answer(
            VerificationResult result,
            String reason,
            String identifier,
            String typeCode,
            String typeName,
            String issuerName,
            String holderName,
            String holderCode,
            LocalDate validFrom,
            LocalDate validTo,
            String keyId,
            String supersededBy,
            Instant checkedAt,
            String qrStatus,
            Instant qrStatusAsOf) {

        static Answer invalid(String reason, String identifier, Instant now) {
            return new Answer(
                    VerificationResult.INVALID,
                    reason,
                    identifier,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    now,
                    null,
                    null);
        }
    }

    public Answer byIdentifier(String identifier) {
        Instant now = clock.instant();
        if (!LicenseIdentifier.isValid(identifier)) {
            return Answer.invalid("check-character", identifier, now);
        }
        return licenses.byIdentifier(identifier)
                .map(license -> answer(license, now, null))
                .orElseGet(() -> Answer.invalid("unknown", identifier, now));
    }

    public Answer byQrPayload(String payload) {
        Instant now = clock.instant();
        Optional<QrPayload> parsed = QrPayload.parse(payload);
        if (parsed.isEmpty()) {
            return Answer.invalid("malformed-payload", null, now);
        }
        QrPayload qr = parsed.get();
        if (!LicenseIdentifier.isValid(qr.identifier())) {
            return Answer.invalid("check-character", qr.identifier(), now);
        }
        boolean signed = keys.publicKey(qr.keyId())
                .map(key -> Sm2.verify(key, qr.signedPart(), qr.signature()))
                .orElse(false);
        if (!signed) {
            return Answer.invalid("payload-signature", qr.identifier(), now);
        }
        Optional<License> found = licenses.byIdentifier(qr.identifier());
        if (found.isEmpty()) {
            return Answer.invalid("unknown", qr.identifier(), now);
        }
        License license = found.get();
        String digest = QrPayload.digestOf(CanonicalForm.of(license.content()));
        if (!MessageDigest.isEqual(
                digest.getBytes(StandardCharsets.US_ASCII), qr.digest().getBytes(StandardCharsets.US_ASCII))) {
            return Answer.invalid("payload-digest", qr.identifier(), now);
        }
        return answer(license, now, qr);
    }

    /** Makes the signed QR payload of a license, status as of now, signed by its department's current key. */
    public String qrPayloadOf(License license) {
        Instant asOf = clock.instant();
        LicenseStatus status = license.statusOn(today());
        String shown = status == LicenseStatus.SUPERSEDED ? LicenseStatus.REVOKED.name() : status.name();
        String digest = QrPayload.digestOf(CanonicalForm.of(license.content()));
        DepartmentKeys.ActiveKey key = keys.activeKey(license.content().department());
        byte[] signedPart = QrPayload.signedPart(
                license.content().identifier(),
                key.keyId(),
                shown,
                asOf,
                license.content().validTo(),
                digest);
        byte[] signature = Sm2.sign(key.privateKey(), signedPart);
        return new QrPayload(
                        license.content().identifier(),
                        key.keyId(),
                        shown,
                        asOf,
                        license.content().validTo(),
                        digest,
                        signature)
                .encode();
    }

    private Answer answer(License license, Instant now, QrPayload qr) {
        if (!signer.verify(license.content(), license.signature())) {
            return Answer.invalid("signature", license.content().identifier(), now);
        }
        LicenseStatus status = license.statusOn(today());
        VerificationResult result = switch (status) {
            case VALID -> VerificationResult.VALID;
            case EXPIRED -> VerificationResult.EXPIRED;
            case SUSPENDED -> VerificationResult.SUSPENDED;
            case REVOKED, SUPERSEDED -> VerificationResult.REVOKED;
        };
        String supersededBy = license.supersededBy() == null
                ? null
                : licenses.find(license.supersededBy())
                        .map(successor -> successor.content().identifier())
                        .orElse(null);
        var c = license.content();
        return new Answer(
                result,
                // The officer's free-text reason stays internal; verifiers get a stable code only.
                status == LicenseStatus.SUPERSEDED ? "superseded" : null,
                c.identifier(),
                c.typeCode(),
                c.typeName(),
                c.issuerName(),
                c.maskedHolderName(),
                c.maskedHolderCode(),
                c.validFrom(),
                c.validTo(),
                c.keyId(),
                supersededBy,
                now,
                qr == null ? null : qr.status(),
                qr == null ? null : qr.asOf());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(service.timeZone()));
    }
}
