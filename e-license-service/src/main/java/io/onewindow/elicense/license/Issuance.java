package io.onewindow.elicense.license;

import io.onewindow.elicense.config.LicenseSettings;
import io.onewindow.elicense.license.domain.HolderCodeType;
import io.onewindow.elicense.license.domain.License;
import io.onewindow.elicense.license.domain.LicenseContent;
import io.onewindow.elicense.license.domain.LicenseIdentifier;
import io.onewindow.elicense.license.domain.LicenseOrigin;
import io.onewindow.elicense.licensetype.LicenseTypes;
import io.onewindow.elicense.licensetype.domain.LicenseType;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.events.approval.ApplicationApproved;
import io.onewindow.platform.service.ServiceProperties;
import io.onewindow.platform.service.UseCase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;

/**
 * Issuing licenses from approved cases (digitised paper licenses: {@link Digitisation}). Issuance
 * from an approval is idempotent per case: the unique case id on licenses lets only one insert win.
 */
@UseCase
public class Issuance {

    private static final Logger log = LoggerFactory.getLogger(Issuance.class);

    private final LicenseStore licenses;
    private final LicenseTypes types;
    private final Serials serials;
    private final LicenseSigner signer;
    private final Clock clock;
    private final ServiceProperties service;
    private final LicenseSettings settings;

    Issuance(
            LicenseStore licenses,
            LicenseTypes types,
            Serials serials,
            LicenseSigner signer,
            Clock clock,
            ServiceProperties service,
            LicenseSettings settings) {
        this.licenses = licenses;
        this.types = types;
        this.serials = serials;
        this.signer = signer;
        this.clock = clock;
        this.service = service;
        this.settings = settings;
    }

    /**
     * Issues the license of an approved case, exactly once per case: a case already holding a
     * license (a redelivered or concurrently delivered event) gets nothing new. Returns the
     * case's license, or empty when the matter produces none.
     */
    public Optional<License> issueForApprovedCase(ApplicationApproved approved) {
        if (approved.licenseTypeCode() == null || approved.licenseTypeCode().isBlank()) {
            return Optional.empty();
        }
        Optional<License> existing = licenses.byCaseId(approved.caseId());
        if (existing.isPresent()) {
            return existing;
        }
        LicenseType type = types.get(approved.licenseTypeCode());
        if (!type.department().equals(approved.department())) {
            throw new ConflictException(
                    "license-type.other-department",
                    "case " + approved.caseNumber() + " of " + approved.department() + " cannot issue type "
                            + type.code() + " of " + type.department());
        }
        HolderCodeType codeType = HolderCodeType.ofCode(approved.holderCodeType());
        String holderCode = codeType.validate(approved.holderCode());
        LocalDate validFrom = LocalDate.ofInstant(approved.decidedAt(), service.timeZone());
        License license = issue(
                "lic-" + UUID.randomUUID(),
                type,
                approved.holderName(),
                holderCode,
                codeType,
                validFrom,
                validFrom,
                type.validToFor(validFrom),
                approved.matterCode(),
                approved.matterName(),
                approved.faceData(),
                LicenseOrigin.APPROVAL,
                approved.caseId(),
                approved.caseNumber(),
                approved.decidedBy());
        try {
            licenses.add(license);
            log.info("Issued {} for case {}", license.content().identifier(), approved.caseNumber());
            return Optional.of(license);
        } catch (DuplicateKeyException concurrent) {
            // The same case was issued by a concurrent delivery between our check and insert.
            return licenses.byCaseId(approved.caseId());
        }
    }

    /**
     * Signs and builds a new license of {@code type} (not yet stored); {@link Digitisation} issues
     * digitised paper licenses through it too.
     */
    License issue(
            String licenseId,
            LicenseType type,
            String holderName,
            String holderCode,
            HolderCodeType codeType,
            LocalDate issuedOn,
            LocalDate validFrom,
            LocalDate validTo,
            String matterCode,
            String matterName,
            Map<String, String> faceData,
            LicenseOrigin origin,
            String caseId,
            String caseNumber,
            String issuedBy) {
        LicenseIdentifier identifier = LicenseIdentifier.issue(
                type.code(), type.issuerCode(), serials.next(type.code(), type.issuerCode(), issuedOn.getYear()), 1);
        LicenseSigner.SignedContent signed = signer.sign(
                type.department(),
                keyId -> new LicenseContent(
                        identifier.toString(),
                        type.code(),
                        type.name(),
                        type.issuerName(),
                        type.issuerCode(),
                        type.department(),
                        holderName,
                        holderCode,
                        codeType,
                        issuedOn,
                        validFrom,
                        validTo,
                        settings.regionCode(),
                        matterCode,
                        matterName,
                        faceData,
                        keyId));
        Instant now = clock.instant();
        return License.issue(
                licenseId, signed.content(), signed.signature(), origin, caseId, caseNumber, null, issuedBy, now);
    }
}
