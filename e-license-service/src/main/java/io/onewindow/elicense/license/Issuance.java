package io.onewindow.elicense.license;

import io.micrometer.core.instrument.MeterRegistry;
import io.onewindow.elicense.approvalclient.ApprovalClient;
import io.onewindow.elicense.approvalclient.ApprovalUnavailableException;
import io.onewindow.elicense.config.LicenseSettings;
import io.onewindow.elicense.license.domain.HolderCodeType;
import io.onewindow.elicense.license.domain.License;
import io.onewindow.elicense.license.domain.LicenseContent;
import io.onewindow.elicense.license.domain.LicenseOrigin;
import io.onewindow.elicense.licensetype.LicenseTypes;
import io.onewindow.elicense.licensetype.domain.LicenseType;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.events.approval.ApplicationApproved;
import io.onewindow.platform.identity.LicenseIdentifier;
import io.onewindow.platform.service.ServiceProperties;
import io.onewindow.platform.service.UseCase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;

/**
 * Issuing licenses from approved cases, each confirmed with approval-service first (digitised paper
 * licenses: {@link Digitisation}). Issuance from an approval is idempotent per case: the unique case
 * id on licenses lets only one insert win.
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
    private final ApprovalClient approval;
    private final MeterRegistry meters;

    /** Counter of approval events approval-service did not confirm, by {@code reason}. */
    public static final String UNCONFIRMED_METRIC = "onewindow.license.approvals.unconfirmed";

    Issuance(
            LicenseStore licenses,
            LicenseTypes types,
            Serials serials,
            LicenseSigner signer,
            Clock clock,
            ServiceProperties service,
            LicenseSettings settings,
            ApprovalClient approval,
            MeterRegistry meters) {
        this.licenses = licenses;
        this.types = types;
        this.serials = serials;
        this.signer = signer;
        this.clock = clock;
        this.service = service;
        this.settings = settings;
        this.approval = approval;
        this.meters = meters;
    }

    /**
     * Issues the license of an approved case, exactly once per case: a case already holding a
     * license (a redelivered or concurrently delivered event) gets nothing new. The event is only the
     * cue: before acting, approval-service (the source) is asked for the case, and only a case it
     * confirms as approved, for the same matter, department and license type, is issued, with the
     * holder data and face data from its answer. Anyone able to write to the approval topic could
     * have written the event; only approval-service's answer counts. Returns the case's license, or
     * empty when the matter produces none or approval-service does not confirm the case (logged and
     * counted in {@code onewindow.license.approvals.unconfirmed}).
     *
     * @throws ApprovalUnavailableException when approval-service gives no answer (the listener
     *     retries the event, then dead-letters it; nothing is issued meanwhile)
     */
    public Optional<License> issueForApprovedCase(ApplicationApproved approved) {
        if (approved.licenseTypeCode() == null || approved.licenseTypeCode().isBlank()) {
            return Optional.empty();
        }
        Optional<License> existing = licenses.byCaseId(approved.caseId());
        if (existing.isPresent()) {
            return existing;
        }
        ApprovalClient.Confirmation answer = approval.approvedCase(approved.caseId());
        if (!answer.confirmed()) {
            return unconfirmed(approved, answer.unconfirmed().name());
        }
        ApprovalClient.ApprovedCase facts = answer.approvedCase();
        if (!Objects.equals(facts.caseId(), approved.caseId())
                || !Objects.equals(facts.matterCode(), approved.matterCode())
                || !Objects.equals(facts.department(), approved.department())
                || !Objects.equals(facts.licenseTypeCode(), approved.licenseTypeCode())) {
            return unconfirmed(approved, "MISMATCH");
        }
        LicenseType type = types.get(facts.licenseTypeCode());
        if (!type.department().equals(facts.department())) {
            throw new ConflictException(
                    "license-type.other-department",
                    "case " + facts.caseNumber() + " of " + facts.department() + " cannot issue type " + type.code()
                            + " of " + type.department());
        }
        HolderCodeType codeType = HolderCodeType.ofCode(facts.holderCodeType());
        String holderCode = codeType.validate(facts.holderCode());
        LocalDate validFrom = LocalDate.ofInstant(facts.decidedAt(), service.timeZone());
        License license = issue(
                "lic-" + UUID.randomUUID(),
                type,
                facts.holderName(),
                holderCode,
                codeType,
                validFrom,
                validFrom,
                type.validToFor(validFrom),
                facts.matterCode(),
                facts.matterName(),
                facts.faceData(),
                LicenseOrigin.APPROVAL,
                facts.caseId(),
                facts.caseNumber(),
                facts.decidedBy());
        try {
            licenses.add(license);
            log.info("Issued {} for case {}", license.content().identifier(), facts.caseNumber());
            return Optional.of(license);
        } catch (DuplicateKeyException concurrent) {
            // The same case was issued by a concurrent delivery between our check and insert.
            return licenses.byCaseId(approved.caseId());
        }
    }

    private Optional<License> unconfirmed(ApplicationApproved approved, String reason) {
        log.warn(
                "ApplicationApproved for case {} ({}, {}, type {}) not confirmed by approval-service: {}; nothing issued",
                approved.caseNumber(),
                approved.matterCode(),
                approved.department(),
                approved.licenseTypeCode(),
                reason);
        meters.counter(UNCONFIRMED_METRIC, "reason", reason).increment();
        return Optional.empty();
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
