package io.onewindow.elicense.license;

import io.onewindow.elicense.license.domain.License;
import io.onewindow.elicense.license.domain.LicenseOrigin;
import io.onewindow.elicense.licensetype.LicenseTypes;
import io.onewindow.elicense.licensetype.domain.LicenseType;
import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.identity.LicenseIdentifier;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.security.Roles;
import io.onewindow.platform.service.ServiceProperties;
import io.onewindow.platform.service.UseCase;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.dao.DuplicateKeyException;

/**
 * Changing an issued license: suspend, reinstate, revoke, renew. Only a dept-admin or approver
 * of the issuing department may; anyone else learns nothing about the license (404). Every change
 * is one {@link LicenseStore#change} (read, decide, conditional write, again on a fresh read when
 * the outbox relay or another officer wrote the license meanwhile).
 */
@UseCase
public class Lifecycle {

    private final LicenseStore licenses;
    private final LicenseTypes types;
    private final LicenseSigner signer;
    private final Clock clock;
    private final ServiceProperties service;

    Lifecycle(LicenseStore licenses, LicenseTypes types, LicenseSigner signer, Clock clock, ServiceProperties service) {
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

    private License change(String licenseId, Caller officer, Consumer<License> transition) {
        requireChangingRole(officer);
        return licenses.change(licenseId, license -> {
            requireOwnDepartment(license, officer);
            transition.accept(license);
        });
    }

    /**
     * Issues the next version of the license (same serial, version + 1, validity from today)
     * and supersedes the old one. The unique identifier makes a second renewal of the same
     * version fail; a change that runs again (the old license was written meanwhile) finds the
     * successor it already stored by that identifier, so a renewal interrupted between its two
     * writes is completed by the next try as well.
     */
    public License renew(String licenseId, Caller officer) {
        requireChangingRole(officer);
        return licenses.changeReturning(licenseId, old -> {
            requireOwnDepartment(old, officer);
            old.checkRenewable();
            License successor = storedSuccessorOf(old, officer);
            old.supersedeBy(successor, officer.username(), clock.instant());
            return successor;
        });
    }

    private License storedSuccessorOf(License old, Caller officer) {
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
            return licenses.add(successor);
        } catch (DuplicateKeyException alreadyRenewed) {
            return licenses.byIdentifier(next.toString())
                    .filter(existing -> old.id().equals(existing.renewedFrom()))
                    .orElseThrow(() -> alreadyRenewed);
        }
    }

    private static void requireChangingRole(Caller officer) {
        if (!officer.hasAnyRole(Roles.DEPT_ADMIN, Roles.APPROVER)) {
            throw new AccessRefusedException("license.change-role", "only a dept-admin or approver changes licenses");
        }
    }

    private static void requireOwnDepartment(License license, Caller officer) {
        if (!officer.belongsTo(license.content().department())) {
            throw new NotFoundException("license", license.id());
        }
    }
}
