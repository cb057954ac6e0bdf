package io.onewindow.elicense.license.domain;

import io.onewindow.platform.domain.AggregateRoot;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.events.license.LicenseExpired;
import io.onewindow.platform.events.license.LicenseExpiringSoon;
import io.onewindow.platform.events.license.LicenseIssued;
import io.onewindow.platform.events.license.LicenseReinstated;
import io.onewindow.platform.events.license.LicenseRenewed;
import io.onewindow.platform.events.license.LicenseRevoked;
import io.onewindow.platform.events.license.LicenseSuspended;
import io.onewindow.platform.events.license.PaperLicenseDigitised;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * An issued electronic license: its signed {@link LicenseContent}, the signature, and its
 * lifecycle. Guards every transition and records the event it causes; the signed content never
 * changes after issuance (a renewal is a new license with the next version).
 */
public final class License extends AggregateRoot {

    public static final String ILLEGAL_TRANSITION = "license.illegal-transition";

    private final String id;
    private final LicenseContent content;
    private final String signature;
    private final LicenseOrigin origin;
    private final String caseId;
    private final String caseNumber;
    private final String issuedBy;
    private final Instant issuedAt;
    private LicenseStatus status;
    private String statusReason;
    private Instant statusChangedAt;
    private String supersededBy;
    private final String renewedFrom;
    private LocalDate remindedForValidTo;

    /** Rebuilds a stored license; records no event. */
    public License(
            String id,
            LicenseContent content,
            String signature,
            LicenseOrigin origin,
            String caseId,
            String caseNumber,
            String issuedBy,
            Instant issuedAt,
            LicenseStatus status,
            String statusReason,
            Instant statusChangedAt,
            String supersededBy,
            String renewedFrom,
            LocalDate remindedForValidTo) {
        this.id = Objects.requireNonNull(id, "id");
        this.content = Objects.requireNonNull(content, "content");
        this.signature = Objects.requireNonNull(signature, "signature");
        this.origin = Objects.requireNonNull(origin, "origin");
        this.caseId = caseId;
        this.caseNumber = caseNumber;
        this.issuedBy = issuedBy;
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
        this.status = Objects.requireNonNull(status, "status");
        this.statusReason = statusReason;
        this.statusChangedAt = statusChangedAt;
        this.supersededBy = supersededBy;
        this.renewedFrom = renewedFrom;
        this.remindedForValidTo = remindedForValidTo;
    }

    /** A new, valid license; records {@link LicenseIssued}. */
    public static License issue(
            String id,
            LicenseContent content,
            String signature,
            LicenseOrigin origin,
            String caseId,
            String caseNumber,
            String renewedFrom,
            String issuedBy,
            Instant now) {
        if (origin == LicenseOrigin.APPROVAL && (caseId == null || caseNumber == null)) {
            throw new InvalidValueException(
                    "license.case-required", "caseId", "a license from approval needs its case");
        }
        License license = new License(
                id,
                content,
                signature,
                origin,
                caseId,
                caseNumber,
                issuedBy,
                now,
                LicenseStatus.VALID,
                null,
                now,
                null,
                renewedFrom,
                null);
        license.record(new LicenseIssued(
                id,
                content.identifier(),
                content.typeCode(),
                content.department(),
                origin.name(),
                caseId,
                caseNumber,
                content.matterCode(),
                content.holderCodeType().code(),
                content.maskedHolderCode(),
                content.validFrom(),
                content.validTo(),
                content.keyId(),
                issuedBy,
                now));
        return license;
    }

    /**
     * Records that this newly issued license is a digitised paper license: asked for by one
     * person, confirmed by another ({@code PaperLicenseDigitised}, after its {@code LicenseIssued}).
     */
    public void recordDigitisation(
            String requestedBy, String confirmedBy, long backdatedDays, String backdatingReason, Instant now) {
        if (origin != LicenseOrigin.DIGITISED) {
            throw new IllegalStateException("only a digitised license records its digitisation");
        }
        if (requestedBy.equals(confirmedBy)) {
            throw new IllegalArgumentException("the confirmer of a digitisation is never its requester");
        }
        record(new PaperLicenseDigitised(
                id,
                content.identifier(),
                content.typeCode(),
                content.department(),
                content.maskedHolderCode(),
                content.validFrom(),
                content.validTo(),
                backdatedDays,
                backdatingReason,
                requestedBy,
                confirmedBy,
                now));
    }

    public void suspend(String reason, String by, Instant now) {
        requireStatus("suspend", LicenseStatus.VALID);
        requireReason(reason);
        change(LicenseStatus.SUSPENDED, reason, now);
        record(new LicenseSuspended(id, content.identifier(), content.department(), reason, by, now));
    }

    public void reinstate(String by, Instant now) {
        requireStatus("reinstate", LicenseStatus.SUSPENDED);
        change(LicenseStatus.VALID, null, now);
        record(new LicenseReinstated(id, content.identifier(), content.department(), by, now));
    }

    /** Final: a revoked license is never valid again. */
    public void revoke(String reason, String by, Instant now) {
        requireStatus("revoke", LicenseStatus.VALID, LicenseStatus.SUSPENDED, LicenseStatus.EXPIRED);
        requireReason(reason);
        change(LicenseStatus.REVOKED, reason, now);
        record(new LicenseRevoked(id, content.identifier(), content.department(), reason, by, now));
    }

    /**
     * Marks this license superseded by its renewed version {@code successor} (already issued
     * and stored); allowed while valid or expired, never for a suspended or revoked one.
     */
    public void supersedeBy(License successor, String by, Instant now) {
        requireStatus("renew", LicenseStatus.VALID, LicenseStatus.EXPIRED);
        if (!id.equals(successor.renewedFrom)) {
            throw new IllegalArgumentException("successor was not renewed from this license");
        }
        change(LicenseStatus.SUPERSEDED, "renewed", now);
        supersededBy = successor.id;
        record(new LicenseRenewed(
                id,
                content.identifier(),
                successor.id,
                successor.content.identifier(),
                content.department(),
                successor.content.validTo(),
                by,
                now));
    }

    /** Checks that a renewal may start from this license, before its successor is made. */
    public void checkRenewable() {
        requireStatus("renew", LicenseStatus.VALID, LicenseStatus.EXPIRED);
    }

    /** Expires the license when {@code today} is past its last valid day; returns whether it did. */
    public boolean expireIfDue(LocalDate today, Instant now) {
        if (!isExpiryDue(today)) {
            return false;
        }
        change(LicenseStatus.EXPIRED, "validity ended " + content.validTo(), now);
        record(new LicenseExpired(id, content.identifier(), content.department(), content.validTo(), now));
        return true;
    }

    /**
     * Reminds the holder once per validity period when at most {@code windowDays} days are left;
     * returns whether it did.
     */
    public boolean remindIfExpiringSoon(LocalDate today, int windowDays, Instant now) {
        if (!isReminderDue(today, windowDays)) {
            return false;
        }
        remindedForValidTo = content.validTo();
        record(new LicenseExpiringSoon(
                id,
                content.identifier(),
                content.typeCode(),
                content.department(),
                content.holderCodeType().code(),
                content.maskedHolderCode(),
                content.validTo(),
                now));
        return true;
    }

    /** Whether {@link #expireIfDue} would expire the license on {@code today}: valid or suspended, past its last valid day. */
    public boolean isExpiryDue(LocalDate today) {
        return (status == LicenseStatus.VALID || status == LicenseStatus.SUSPENDED)
                && content.validTo() != null
                && today.isAfter(content.validTo());
    }

    /**
     * Whether {@link #remindIfExpiringSoon} would remind on {@code today}: valid, at most {@code
     * windowDays} days before its last valid day (that day included), not yet reminded for it.
     */
    public boolean isReminderDue(LocalDate today, int windowDays) {
        return status == LicenseStatus.VALID
                && content.validTo() != null
                && !content.validTo().equals(remindedForValidTo)
                && !today.isAfter(content.validTo())
                && ChronoUnit.DAYS.between(today, content.validTo()) <= windowDays;
    }

    /** What a verifier is told on {@code today}: the stored status, or EXPIRED past validity before the job ran. */
    public LicenseStatus statusOn(LocalDate today) {
        if ((status == LicenseStatus.VALID || status == LicenseStatus.SUSPENDED)
                && content.validTo() != null
                && today.isAfter(content.validTo())) {
            return LicenseStatus.EXPIRED;
        }
        return status;
    }

    /** Whether {@code code} (a resident ID number or credit code) is this license's holder. */
    public boolean isHeldBy(String code) {
        return code != null && code.equalsIgnoreCase(content.holderCode());
    }

    private void change(LicenseStatus next, String reason, Instant now) {
        status = next;
        statusReason = reason;
        statusChangedAt = now;
    }

    private void requireStatus(String action, LicenseStatus... allowed) {
        for (LicenseStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw new ConflictException(ILLEGAL_TRANSITION, "cannot " + action + " a license that is " + status);
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidValueException("license.reason-required", "reason", "a reason is required");
        }
    }

    public String id() {
        return id;
    }

    public LicenseContent content() {
        return content;
    }

    public String signature() {
        return signature;
    }

    public LicenseOrigin origin() {
        return origin;
    }

    public String caseId() {
        return caseId;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public LicenseStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }

    public String supersededBy() {
        return supersededBy;
    }

    public String renewedFrom() {
        return renewedFrom;
    }

    public LocalDate remindedForValidTo() {
        return remindedForValidTo;
    }
}
