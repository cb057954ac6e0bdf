package io.onewindow.elicense.license;

import io.onewindow.elicense.license.domain.License;
import io.onewindow.elicense.license.domain.LicenseIdentifier;
import io.onewindow.elicense.license.domain.LicenseOrigin;
import io.onewindow.elicense.licensetype.LicenseTypes;
import io.onewindow.elicense.licensetype.domain.LicenseType;
import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.security.Roles;
import io.onewindow.platform.service.ServiceProperties;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Changing an issued license: suspend, reinstate, revoke, renew. Only a dept-admin or approver
 * of the issuing department may; anyone else learns nothing about the license (404).
 */
@Service
public class Lifecycle {

    static final String CONCURRENT_CHANGE = "license.concurrent-change";
    private static final int ATTEMPTS = 3;

    private final Licenses licenses;
    private final LicenseTypes types;
    private final LicenseSigner signer;
    private final Clock clock;
    private final ServiceProperties service;

    Lifecycle(Licenses licenses, LicenseTypes types, LicenseSigner signer, Clock clock, ServiceProperties service) {
        this.licenses = licenses;
        this.types = types;
        this.signer = signer;
        this.clock = clock;
        this.service = service;
    }

    public License suspend(String licenseId, String reason, Caller officer) {
        return change(licenseId, officer, license -> license.suspend(reason, officer.username(), clock.instant()));
    }

    public License reinstate(String licenseId, Caller officer) {
        return change(licenseId, officer, license -> license.reinstate(officer.username(), clock.instant()));
    }

    public License revoke(String licenseId, String reason, Caller officer) {
        return change(licenseId, officer, license -> license.revoke(reason, officer.username(), clock.instant()));
    }

    /**
     * Reads, changes and saves the license, again from a fresh read when the document changed in
     * between: the outbox relay bumps the version whenever it removes published events, so a
     * change right after another one meets a stale version quite normally.
     */
    private License change(String licenseId, Caller officer, Consumer<License> transition) {
        for (int attempt = 1; ; attempt++) {
            Licenses.Stored stored = ownDepartments(licenseId, officer);
            transition.accept(stored.license());
            try {
                licenses.save(stored);
                return stored.license();
            } catch (OptimisticLockingFailureException stale) {
                if (attempt == ATTEMPTS) {
                    throw new ConflictException(CONCURRENT_CHANGE, "the license is being changed; try again");
                }
            }
        }
    }

    /**
     * Issues the next version of the license (same serial, version + 1, validity from today)
     * and supersedes the old one. The unique identifier makes a second renewal of the same
     * version fail; a renewal interrupted between its two writes is completed by the next try.
     */
    public License renew(String licenseId, Caller officer) {
        for (int attempt = 1; ; attempt++) {
            try {
                return renewOnce(licenseId, officer);
            } catch (OptimisticLockingFailureException stale) {
                // The successor is already stored; the next try finds it by its identifier.
                if (attempt == ATTEMPTS) {
                    throw new ConflictException(CONCURRENT_CHANGE, "the license is being changed; try again");
                }
            }
        }
    }

    private License renewOnce(String licenseId, Caller officer) {
        Licenses.Stored stored = ownDepartments(licenseId, officer);
        License old = stored.license();
        old.checkRenewable();
        LicenseType type = types.get(old.content().typeCode());
        LicenseIdentifier next =
                LicenseIdentifier.parse(old.content().identifier()).nextVersion();
        LocalDate today = LocalDate.now(clock.withZone(service.timeZone()));
        LicenseSigner.SignedContent signed = signer.sign(
                type.department(), keyId -> old.content().renewed(next, today, today, type.validToFor(today), keyId));
        License successor = License.issue(
                "lic-" + UUID.randomUUID(),
                signed.content(),
                signed.signature(),
                LicenseOrigin.RENEWAL,
                // The case id stays on the first version only: it is unique per license.
                null,
                old.caseNumber(),
                old.id(),
                officer.username(),
                clock.instant());
        try {
            licenses.insert(successor);
        } catch (DuplicateKeyException alreadyRenewed) {
            successor = licenses.byIdentifier(next.toString())
                    .filter(existing -> old.id().equals(existing.renewedFrom()))
                    .orElseThrow(() -> alreadyRenewed);
        }
        old.supersedeBy(successor, officer.username(), clock.instant());
        licenses.save(stored);
        return successor;
    }

    private Licenses.Stored ownDepartments(String licenseId, Caller officer) {
        if (!officer.hasAnyRole(Roles.DEPT_ADMIN, Roles.APPROVER)) {
            throw new AccessRefusedException("license.change-role", "only a dept-admin or approver changes licenses");
        }
        Licenses.Stored stored = licenses.get(licenseId);
        if (!officer.belongsTo(stored.license().content().department())) {
            throw new NotFoundException("license", licenseId);
        }
        return stored;
    }
}
