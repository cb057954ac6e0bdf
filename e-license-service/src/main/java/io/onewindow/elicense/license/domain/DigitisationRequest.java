package io.onewindow.elicense.license.domain;

import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.AggregateRoot;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * A window officer's request to digitise one paper license, waiting for a second person of the
 * same department: only a confirmation by someone else issues the signed license (under the
 * {@link #licenseId()} fixed at the request, so a repeated confirmation never issues twice). The
 * requester may withdraw it; it expires unanswered. Records no events: the license it leads to
 * carries {@code LicenseIssued} and {@code PaperLicenseDigitised}.
 */
public final class DigitisationRequest extends AggregateRoot {

    public static final String OTHER_DEPARTMENT = "digitisation.other-department";
    public static final String CONFIRMER_IS_REQUESTER = "digitisation.confirmer-is-requester";
    public static final String NOT_PENDING = "digitisation.not-pending";
    public static final String EXPIRED = "digitisation.expired";

    private final String id;
    private final String licenseId;
    private final String department;
    private final String typeCode;
    private final String holderName;
    private final String holderCode;
    private final HolderCodeType holderCodeType;
    private final LocalDate issuedOn;
    private final LocalDate validFrom;
    private final LocalDate validTo;
    private final Map<String, String> faceData;
    private final long backdatedDays;
    private final String backdatingReason;
    private final String requestedBy;
    private final Instant requestedAt;
    private final Instant expiresAt;
    private DigitisationStatus status;
    private String decidedBy;
    private Instant decidedAt;
    private String rejectionReason;

    /** Rebuilds a stored request; records nothing. */
    public DigitisationRequest(
            String id,
            String licenseId,
            String department,
            String typeCode,
            String holderName,
            String holderCode,
            HolderCodeType holderCodeType,
            DigitisationRule.Dates dates,
            Map<String, String> faceData,
            String requestedBy,
            Instant requestedAt,
            Instant expiresAt,
            DigitisationStatus status,
            String decidedBy,
            Instant decidedAt,
            String rejectionReason) {
        this.id = Objects.requireNonNull(id, "id");
        this.licenseId = Objects.requireNonNull(licenseId, "licenseId");
        this.department = Objects.requireNonNull(department, "department");
        this.typeCode = Objects.requireNonNull(typeCode, "typeCode");
        this.holderName = Objects.requireNonNull(holderName, "holderName");
        this.holderCode = Objects.requireNonNull(holderCode, "holderCode");
        this.holderCodeType = Objects.requireNonNull(holderCodeType, "holderCodeType");
        this.issuedOn = dates.issuedOn();
        this.validFrom = dates.validFrom();
        this.validTo = dates.validTo();
        this.backdatedDays = dates.backdatedDays();
        this.backdatingReason = dates.backdatingReason();
        this.faceData = faceData == null ? Map.of() : Map.copyOf(faceData);
        this.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
        this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        this.status = Objects.requireNonNull(status, "status");
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.rejectionReason = rejectionReason;
    }

    /** A new pending request; the dates have passed the {@link DigitisationRule} already. */
    public static DigitisationRequest request(
            String id,
            String licenseId,
            String department,
            String typeCode,
            String holderName,
            String holderCode,
            HolderCodeType holderCodeType,
            DigitisationRule.Dates dates,
            Map<String, String> faceData,
            String requestedBy,
            Instant now,
            Instant expiresAt) {
        if (!expiresAt.isAfter(now)) {
            throw new IllegalArgumentException("a request must expire after it is made");
        }
        return new DigitisationRequest(
                id,
                licenseId,
                department,
                typeCode,
                holderName,
                holderCode,
                holderCodeType,
                dates,
                faceData,
                requestedBy,
                now,
                expiresAt,
                DigitisationStatus.PENDING,
                null,
                null,
                null);
    }

    /**
     * Confirms the request: a second person of the same department, while it is pending and not
     * expired. Confirming again by the same person (a retry after the license could not be
     * issued) changes nothing.
     */
    public void confirm(String by, String byDepartment, Instant now) {
        requireDepartment(byDepartment);
        if (by.equals(requestedBy)) {
            throw new AccessRefusedException(
                    CONFIRMER_IS_REQUESTER, "a second person of the department confirms, never the requester");
        }
        if (status == DigitisationStatus.CONFIRMED && by.equals(decidedBy)) {
            return;
        }
        requirePendingAt(now);
        status = DigitisationStatus.CONFIRMED;
        decidedBy = by;
        decidedAt = now;
    }

    /** Rejects it (a second person) or withdraws it (the requester), with a reason; issues nothing. */
    public void reject(String by, String byDepartment, String reason, Instant now) {
        requireDepartment(byDepartment);
        if (reason == null || reason.isBlank()) {
            throw new InvalidValueException("license.reason-required", "reason", "say why the request is rejected");
        }
        requirePendingAt(now);
        status = DigitisationStatus.REJECTED;
        decidedBy = by;
        decidedAt = now;
        rejectionReason = reason.strip();
    }

    private void requireDepartment(String byDepartment) {
        if (!department.equals(byDepartment)) {
            throw new AccessRefusedException(OTHER_DEPARTMENT, "the request belongs to another department");
        }
    }

    private void requirePendingAt(Instant now) {
        if (status != DigitisationStatus.PENDING) {
            throw new ConflictException(NOT_PENDING, "the request is " + status + ", not pending");
        }
        if (!now.isBefore(expiresAt)) {
            throw new ConflictException(EXPIRED, "the request expired at " + expiresAt + ": request again");
        }
    }

    /** The status as of {@code now}: a pending request past its expiry is {@code EXPIRED}. */
    public DigitisationStatus statusAt(Instant now) {
        return status == DigitisationStatus.PENDING && !now.isBefore(expiresAt) ? DigitisationStatus.EXPIRED : status;
    }

    public String id() {
        return id;
    }

    public String licenseId() {
        return licenseId;
    }

    public String department() {
        return department;
    }

    public String typeCode() {
        return typeCode;
    }

    public String holderName() {
        return holderName;
    }

    public String holderCode() {
        return holderCode;
    }

    public String maskedHolderCode() {
        return HolderCodeType.mask(holderCode);
    }

    public HolderCodeType holderCodeType() {
        return holderCodeType;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public Map<String, String> faceData() {
        return faceData;
    }

    public long backdatedDays() {
        return backdatedDays;
    }

    public String backdatingReason() {
        return backdatingReason;
    }

    public DigitisationRule.Dates dates() {
        return new DigitisationRule.Dates(issuedOn, validFrom, validTo, backdatedDays, backdatingReason);
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    /** The stored status (a pending one may have expired meanwhile: see {@link #statusAt}). */
    public DigitisationStatus status() {
        return status;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String rejectionReason() {
        return rejectionReason;
    }
}
