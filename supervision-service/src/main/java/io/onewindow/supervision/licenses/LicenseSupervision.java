package io.onewindow.supervision.licenses;

import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.events.license.LicenseExpired;
import io.onewindow.platform.events.license.LicenseIssued;
import io.onewindow.platform.events.license.LicenseReinstated;
import io.onewindow.platform.events.license.LicenseRenewed;
import io.onewindow.platform.events.license.LicenseRevoked;
import io.onewindow.platform.events.license.LicenseSuspended;
import io.onewindow.platform.events.license.LicenseUsed;
import io.onewindow.platform.service.UseCase;
import io.onewindow.supervision.alerts.AlertBook;
import io.onewindow.supervision.licenses.domain.LicenseUseRule;
import io.onewindow.supervision.licenses.domain.SupervisedLicense;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Follows every license through e-license-service's events (issue, suspension, reinstatement, revocation,
 * renewal, expiry, each use of its data) into one timeline per license ({@value #COLLECTION}, a projection
 * rebuilt from the topic), and judges each use by rule 15 ({@link LicenseUseRule}).
 */
@UseCase
public class LicenseSupervision {

    static final String COLLECTION = "supervised_licenses";

    private final MongoTemplate mongo;
    private final AlertBook alerts;

    LicenseSupervision(MongoTemplate mongo, AlertBook alerts) {
        this.mongo = mongo;
        this.alerts = alerts;
    }

    public void issued(String eventId, LicenseIssued e) {
        apply(
                e.licenseId(),
                l -> l.issued(
                        eventId,
                        e.identifier(),
                        e.licenseTypeCode(),
                        e.department(),
                        e.caseId(),
                        e.caseNumber(),
                        e.matterCode(),
                        e.issuedBy(),
                        e.issuedAt()));
    }

    public void suspended(String eventId, LicenseSuspended e) {
        apply(
                e.licenseId(),
                l -> l.changed(
                        eventId,
                        "SUSPENDED",
                        e.identifier(),
                        e.department(),
                        e.suspendedBy(),
                        e.reason(),
                        e.suspendedAt()));
    }

    public void reinstated(String eventId, LicenseReinstated e) {
        apply(
                e.licenseId(),
                l -> l.changed(
                        eventId,
                        "REINSTATED",
                        e.identifier(),
                        e.department(),
                        e.reinstatedBy(),
                        null,
                        e.reinstatedAt()));
    }

    public void revoked(String eventId, LicenseRevoked e) {
        apply(
                e.licenseId(),
                l -> l.changed(
                        eventId, "REVOKED", e.identifier(), e.department(), e.revokedBy(), e.reason(), e.revokedAt()));
    }

    public void renewed(String eventId, LicenseRenewed e) {
        apply(
                e.licenseId(),
                l -> l.changed(
                        eventId,
                        "RENEWED",
                        e.identifier(),
                        e.department(),
                        e.renewedBy(),
                        "renewed as " + e.newIdentifier() + " valid to " + e.newValidTo(),
                        e.renewedAt()));
    }

    public void expired(String eventId, LicenseExpired e) {
        apply(
                e.licenseId(),
                l -> l.changed(
                        eventId,
                        "EXPIRED",
                        e.identifier(),
                        e.department(),
                        null,
                        "valid to " + e.validTo(),
                        e.expiredAt()));
    }

    /** A use of the license's data: on its timeline, and judged by rule 15 as the license stood then. */
    public void used(String eventId, LicenseUsed e) {
        SupervisedLicense.Status[] atUse = new SupervisedLicense.Status[1];
        String detail = e.basis()
                + (e.grantId() == null ? "" : " grant " + e.grantId())
                + (e.caseNumber() == null ? "" : " case " + e.caseNumber())
                + (e.purpose() == null ? "" : ": " + e.purpose());
        SupervisedLicense license = apply(e.licenseId(), l -> {
            atUse[0] = l.used(eventId, e.usedBy(), e.department(), detail, e.usedAt());
            return atUse[0] != null;
        });
        // A redelivery judges again (the first delivery may have stopped before the alert): raising is idempotent.
        SupervisedLicense.Status status = atUse[0] != null ? atUse[0] : license.statusAt(e.usedAt());
        LicenseUseRule.judge(
                        eventId,
                        license,
                        e.basis(),
                        e.grantId(),
                        e.caseNumber(),
                        e.usedBy(),
                        e.department(),
                        status,
                        e.usedAt())
                .ifPresent(found -> alerts.raise(List.of(found)));
    }

    /** The license's timeline; 404 when supervision has not heard of it. */
    public SupervisedLicense get(String licenseId) {
        SupervisedLicense license = mongo.findById(licenseId, SupervisedLicense.class, COLLECTION);
        if (license == null) {
            throw new NotFoundException("license", licenseId);
        }
        return license;
    }

    /** The licenses issued from a case. */
    public List<SupervisedLicense> ofCase(String caseId) {
        return mongo.find(Query.query(Criteria.where("caseId").is(caseId)), SupervisedLicense.class, COLLECTION);
    }

    private SupervisedLicense apply(String licenseId, Predicate<SupervisedLicense> change) {
        for (int attempt = 1; ; attempt++) {
            SupervisedLicense license = mongo.findById(licenseId, SupervisedLicense.class, COLLECTION);
            boolean fresh = license == null;
            if (fresh) {
                license = SupervisedLicense.open(licenseId);
            }
            if (!change.test(license)) {
                return license;
            }
            try {
                if (fresh) {
                    mongo.insert(license, COLLECTION);
                } else {
                    mongo.save(license, COLLECTION);
                }
                return license;
            } catch (DuplicateKeyException | org.springframework.dao.OptimisticLockingFailureException e) {
                if (attempt >= 5) {
                    throw e;
                }
            }
        }
    }
}
