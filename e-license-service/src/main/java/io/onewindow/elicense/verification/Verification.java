package io.onewindow.elicense.verification;

import io.onewindow.elicense.config.LicenseSettings;
import io.onewindow.elicense.license.LicenseSigner;
import io.onewindow.elicense.license.LicenseStore;
import io.onewindow.elicense.license.domain.CanonicalForm;
import io.onewindow.elicense.license.domain.License;
import io.onewindow.elicense.license.domain.LicenseStatus;
import io.onewindow.elicense.signing.DepartmentKeys;
import io.onewindow.elicense.signing.domain.Sm2;
import io.onewindow.elicense.verification.domain.OfflineCheck;
import io.onewindow.elicense.verification.domain.QrLink;
import io.onewindow.elicense.verification.domain.QrPayload;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.identity.LicenseIdentifier;
import io.onewindow.platform.service.ServiceProperties;
import io.onewindow.platform.service.UseCase;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
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
    private final QrLink link;
    private final OfflineCheck offline;

    Verification(
            LicenseStore licenses,
            LicenseSigner signer,
            DepartmentKeys keys,
            Clock clock,
            ServiceProperties service,
            LicenseSettings settings) {
        this.licenses = licenses;
        this.signer = signer;
        this.keys = keys;
        this.clock = clock;
        this.service = service;
        this.link = settings.verification().qrLink();
        this.offline = new OfflineCheck(link, settings.verification().qrMaxAge());
    }

    /**
     * The answer: the result, and for a license that exists and is authentic its public face
     * with a person's name masked (an enterprise's shown in full). For a QR code also the status
     * it carried, when it was made ({@code qrMadeAt}, the service's offset) and the offline
     * check's warnings (e.g. {@code qr-older-than-max-age}).
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
            Instant qrStatusAsOf,
            OffsetDateTime qrMadeAt,
            List<String> warnings) {

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
                    null,
                    null,
                    List.of());
        }
    }

    public Answer byIdentifier(String identifier) {
        Instant now = clock.instant();
        try {
            LicenseIdentifier.parse(identifier);
        } catch (InvalidValueException wrong) {
            // Garbage is no identifier at all; only a well-formed one can have a wrong check character.
            return Answer.invalid(
                    LicenseIdentifier.CHECK_CHARACTER.equals(wrong.code()) ? "check-character" : "format",
                    identifier,
                    now);
        }
        return licenses.byIdentifier(identifier)
                .map(license -> answer(license, now, null, List.of()))
                .orElseGet(() -> Answer.invalid("unknown", identifier, now));
    }

    /**
     * Verifies what a QR code holds: the whole verification address or the bare payload. First
     * the offline check (signature by the published key), then the library: the license, its
     * digest, its current status.
     */
    public Answer byQrPayload(String scanned) {
        return byQrCode(link.read(scanned));
    }

    /** Verifies the {@code p} parameter of the QR code's address, as the page the phone opened received it. */
    public Answer byQrParameter(String p) {
        return byQrCode(link.readParameter(p));
    }

    private Answer byQrCode(QrLink.Scanned scanned) {
        Instant now = clock.instant();
        OfflineCheck.Outcome outcome = offline.check(scanned, keys::publicKey, now);
        QrPayload qr = outcome.payload();
        if (qr != null && !LicenseIdentifier.isValid(qr.identifier())) {
            return Answer.invalid(outcome.signed() ? "check-character" : outcome.reason(), qr.identifier(), now);
        }
        if (!outcome.signed()) {
            return Answer.invalid(outcome.reason(), qr == null ? null : qr.identifier(), now);
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
        return answer(license, now, qr, outcome.warnings());
    }

    /** Makes the signed QR payload of a license, status as of now, signed by its department's current key. */
    public String qrPayloadOf(License license) {
        Instant madeAt = clock.instant();
        LicenseStatus status = license.statusOn(today());
        String shown = status == LicenseStatus.SUPERSEDED ? LicenseStatus.REVOKED.name() : status.name();
        String digest = QrPayload.digestOf(CanonicalForm.of(license.content()));
        DepartmentKeys.ActiveKey key = keys.activeKey(license.content().department());
        String signedText = QrPayload.signedText(
                license.content().identifier(),
                key.keyId(),
                shown,
                madeAt,
                service.timeZone(),
                license.content().validTo(),
                digest);
        byte[] signature = Sm2.sign(key.privateKey(), signedText.getBytes(StandardCharsets.UTF_8));
        return QrPayload.signed(signedText, signature).encode();
    }

    /** The address a QR code encodes for {@code payload}: the verification page carrying it. */
    public String qrLinkOf(String payload) {
        return link.linkTo(payload);
    }

    private Answer answer(License license, Instant now, QrPayload qr, List<String> warnings) {
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
                c.publicHolderName(),
                // Credit codes as before; ID numbers never in full.
                c.maskedHolderCode(),
                c.validFrom(),
                c.validTo(),
                c.keyId(),
                supersededBy,
                now,
                qr == null ? null : qr.status(),
                qr == null ? null : qr.asOf(),
                qr == null ? null : qr.asOf().atZone(service.timeZone()).toOffsetDateTime(),
                warnings);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(service.timeZone()));
    }
}
