package io.onewindow.elicense.consent;

import io.onewindow.elicense.approvalclient.ApprovalClient;
import io.onewindow.elicense.consent.domain.CaseCitations;
import io.onewindow.elicense.consent.domain.DutyRule;
import io.onewindow.elicense.consent.domain.Grant;
import io.onewindow.elicense.consent.domain.LoggedUse;
import io.onewindow.elicense.consent.domain.ReadRefusal;
import io.onewindow.elicense.consent.domain.UseBasis;
import io.onewindow.elicense.license.Holders;
import io.onewindow.elicense.license.LicenseStore;
import io.onewindow.elicense.license.domain.License;
import io.onewindow.elicense.license.domain.LicenseStatus;
import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.identity.LicenseIdentifier;
import io.onewindow.platform.identity.ResidentIdNumber;
import io.onewindow.platform.identity.UnifiedSocialCreditCode;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.security.Roles;
import io.onewindow.platform.service.ServiceProperties;
import io.onewindow.platform.service.UseCase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Using a license (用证): the check approval-service makes, a department reading a license's data
 * on a holder's grant or on duty, and the holder's grants and use log. Every read by someone other
 * than the holder is logged and raises LicenseUsed. A duty is proven, not claimed: staff name a case,
 * and approval-service (the source) must know it as a case of their department that cites the
 * license ({@link DutyRule}); a read the duty does not cover is refused and recorded
 * ({@link ReadRefusal}, LicenseReadRefused).
 */
@UseCase
public class LicenseUse {

    private static final Logger log = LoggerFactory.getLogger(LicenseUse.class);

    private final LicenseStore licenses;
    private final GrantStore grants;
    private final LoggedUseStore useLog;
    private final ReadRefusalStore refusals;
    private final ApprovalClient approval;
    private final Clock clock;
    private final ServiceProperties service;

    LicenseUse(
            LicenseStore licenses,
            GrantStore grants,
            LoggedUseStore useLog,
            ReadRefusalStore refusals,
            ApprovalClient approval,
            Clock clock,
            ServiceProperties service) {
        this.licenses = licenses;
        this.grants = grants;
        this.useLog = useLog;
        this.refusals = refusals;
        this.approval = approval;
        this.clock = clock;
        this.service = service;
    }

    /** The answer to "is this license valid and does it belong to this holder". */
    public record CheckAnswer(
            String identifier, String status, boolean belongsToHolder, String licenseTypeCode, LocalDate validTo) {}

    /** The optional case a use belongs to. */
    public record CaseRef(String matterCode, String caseNumber, String purpose) {}

    /**
     * The fast check: one indexed lookup, no signature verification (licenses are verified when
     * issued and by public verification; the status is what changes). Holders may check only
     * their own code; window officers and approvers of a department check in the course of duty,
     * which is logged. The check answers no personal data (the caller brings the holder code), so
     * staff may check while filing at the window, before the case exists; but a case they name must
     * be a case of their department that cites the license, so the use log never names a case that
     * gave no duty.
     */
    public CheckAnswer check(String identifier, String holderCode, CaseRef ref, Caller caller) {
        String code = normalisedHolderCode(holderCode);
        boolean onDuty = isStaff(caller);
        if (!onDuty && !Holders.codesOf(caller).contains(code)) {
            throw new AccessRefusedException(
                    "license-check.not-holder", "holders may check licenses against their own code only");
        }
        if (onDuty && caller.department() == null) {
            throw new AccessRefusedException(
                    "license-check.no-department", "staff check licenses for their department; the token names none");
        }
        if (onDuty && notBlank(ref.caseNumber())) {
            requireDuty(identifier, ref, caller);
        }
        if (!LicenseIdentifier.isValid(identifier)) {
            return new CheckAnswer(identifier, "INVALID", false, null, null);
        }
        Optional<License> found = licenses.byIdentifier(identifier);
        if (found.isEmpty()) {
            return new CheckAnswer(identifier, "UNKNOWN", false, null, null);
        }
        License license = found.get();
        if (onDuty) {
            logUse(
                    license,
                    UseBasis.DUTY_CHECK,
                    null,
                    new LoggedUse.User(
                            caller.username(),
                            caller.department(),
                            ref.matterCode(),
                            ref.caseNumber(),
                            ref.purpose() == null ? "application check" : ref.purpose()));
        }
        return new CheckAnswer(
                identifier,
                publicStatus(license.statusOn(today())),
                license.isHeldBy(code),
                license.content().typeCode(),
                license.content().validTo());
    }

    /**
     * A license's full data: for its holder; for a department with a live grant for this purpose;
     * or for a window officer or approver naming a case of their department that cites the license
     * (asked from approval-service). Partners read only on a grant. A refusal does not say whether
     * the license exists; a duty the case does not give is recorded as a refused read.
     */
    public License read(String identifier, CaseRef ref, Caller caller) {
        Optional<License> found =
                LicenseIdentifier.isValid(identifier) ? licenses.byIdentifier(identifier) : Optional.empty();
        if (found.isPresent() && Holders.holds(caller, found.get())) {
            License license = found.get();
            logUse(
                    license,
                    UseBasis.HOLDER,
                    null,
                    new LoggedUse.User(caller.username(), null, ref.matterCode(), ref.caseNumber(), ref.purpose()));
            return license;
        }
        Instant now = clock.instant();
        Optional<Grant> grant = caller.department() == null || found.isEmpty()
                ? Optional.empty()
                : grants.ofLicense(found.get().id()).stream()
                        .filter(g -> g.permits(caller.department(), ref.purpose(), now))
                        .findFirst();
        if (grant.isPresent()) {
            License license = found.get();
            logUse(
                    license,
                    UseBasis.GRANT,
                    grant.get().id(),
                    new LoggedUse.User(
                            caller.username(), caller.department(), ref.matterCode(), ref.caseNumber(), ref.purpose()));
            return license;
        }
        if (isStaff(caller) && notBlank(ref.caseNumber())) {
            requireDuty(identifier, ref, caller);
            License license = found.orElseThrow(() -> new NotFoundException("license", identifier));
            logUse(
                    license,
                    UseBasis.DUTY_CHECK,
                    null,
                    new LoggedUse.User(
                            caller.username(), caller.department(), ref.matterCode(), ref.caseNumber(), ref.purpose()));
            return license;
        }
        log.info("Refused read of {} by {}: no grant, no duty case", identifier, caller);
        throw new AccessRefusedException(
                "license-use.no-grant", "reading this license needs the holder's grant or a duty check with a case");
    }

    /**
     * The duty the named case gives, as approval-service knows the case; a read or check it does not
     * cover is recorded (LicenseReadRefused) and refused with 403 {@code license-use.no-duty}.
     * approval-service giving no answer refuses nothing and allows nothing (503).
     */
    private void requireDuty(String identifier, CaseRef ref, Caller caller) {
        Optional<CaseCitations> found = approval.citations(ref.caseNumber())
                .map(c -> new CaseCitations(c.caseNumber(), c.department(), c.matterCode(), c.licenseIdentifiers()));
        Optional<ReadRefusal.Reason> refusal =
                DutyRule.refusal(found, caller.department(), ref.matterCode(), identifier);
        if (refusal.isEmpty()) {
            return;
        }
        ReadRefusal.Reason reason = refusal.get();
        refusals.add(ReadRefusal.of(
                "refusal-" + UUID.randomUUID(),
                new ReadRefusal.Attempt(
                        identifier, caller.username(), caller.department(), ref.matterCode(), ref.caseNumber()),
                reason,
                clock.instant()));
        log.warn(
                "Refused duty read of {} by {} naming case {} ({}): {}",
                identifier,
                caller,
                ref.caseNumber(),
                ref.matterCode(),
                reason);
        throw new AccessRefusedException(
                "license-use.no-duty",
                "case " + ref.caseNumber() + " gives no duty to read this license: " + reason.name(),
                ref.caseNumber(),
                reason.name());
    }

    private static boolean isStaff(Caller caller) {
        return caller.hasAnyRole(Roles.WINDOW_OFFICER, Roles.APPROVER);
    }

    public Grant grant(String licenseId, String department, String purpose, Instant validUntil, Caller holder) {
        License license = ownLicense(licenseId, holder);
        Grant grant = Grant.give(
                "grant-" + UUID.randomUUID(),
                license.id(),
                license.content().holderCode(),
                department,
                purpose,
                validUntil,
                clock.instant());
        grants.save(grant);
        return grant;
    }

    /** Order of a license's grants: newest first, then by id. */
    public static final Sort GRANTS_ORDER = Sort.by(Sort.Direction.DESC, "createdAt");

    /** Order of a license's uses: newest first, then by id. */
    public static final Sort USES_ORDER = Sort.by(Sort.Direction.DESC, "usedAt");

    /** One page of the holder's grants on the license, in {@link #GRANTS_ORDER}. */
    public Page<Grant> grantsOf(String licenseId, Caller holder, Pageable page) {
        ownLicense(licenseId, holder);
        return grants.ofLicense(licenseId, page);
    }

    public Grant withdraw(String licenseId, String grantId, Caller holder) {
        ownLicense(licenseId, holder);
        Grant grant = grants.find(grantId)
                .filter(g -> g.licenseId().equals(licenseId))
                .orElseThrow(() -> new NotFoundException("grant", grantId));
        Grant withdrawn = grant.withdraw(clock.instant());
        grants.save(withdrawn);
        return withdrawn;
    }

    /** One page of the uses of the holder's license, in {@link #USES_ORDER}. */
    public Page<LoggedUse> usesOf(String licenseId, Caller holder, Pageable page) {
        ownLicense(licenseId, holder);
        return useLog.ofLicense(licenseId, page);
    }

    /** The caller's own license; another holder's license is answered as not found. */
    public License ownLicense(String licenseId, Caller holder) {
        Holders.requireHolder(holder);
        return licenses.find(licenseId)
                .filter(l -> Holders.holds(holder, l))
                .orElseThrow(() -> new NotFoundException("license", licenseId));
    }

    private void logUse(License license, UseBasis basis, String grantId, LoggedUse.User user) {
        useLog.add(LoggedUse.of("use-" + UUID.randomUUID(), license, basis, grantId, user, clock.instant()));
    }

    static String publicStatus(LicenseStatus status) {
        return status == LicenseStatus.SUPERSEDED ? "REVOKED" : status.name();
    }

    private static String normalisedHolderCode(String holderCode) {
        if (holderCode != null && ResidentIdNumber.isValid(holderCode)) {
            return ResidentIdNumber.of(holderCode).value();
        }
        if (holderCode != null && UnifiedSocialCreditCode.isValid(holderCode)) {
            return UnifiedSocialCreditCode.of(holderCode).value();
        }
        throw new InvalidValueException(
                "holder-code.invalid", "holderCode", "not a valid resident ID number or unified social credit code");
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(service.timeZone()));
    }
}
