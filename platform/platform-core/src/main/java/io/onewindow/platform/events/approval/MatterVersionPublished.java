package io.onewindow.platform.events.approval;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;
import java.util.List;

/**
 * A version of a matter's catalog entry was published and binds every case submitted under it. Carries
 * the full definition, so supervision can compare how cases are handled with what the catalog says
 * (extra steps, raised thresholds, longer limits). Keyed by matter code, so versions stay in order.
 *
 * @param matterCode the matter code
 * @param version the version number, 1, 2, …
 * @param name the matter name
 * @param department the responsible department
 * @param matterType GB/T 39046 matter type, e.g. {@code 01} administrative license
 * @param caseType {@code 1} decided on the spot (即办件), {@code 2} promised deadline (承诺件)
 * @param subjects who may apply: {@code PERSON}, {@code ENTERPRISE}
 * @param legalBasis the legal basis
 * @param statutoryLimitWorkingDays the statutory limit
 * @param promisedLimitWorkingDays the promised limit (not longer than the statutory one)
 * @param feeYuan the fee in yuan, as a decimal string ({@code "0"} when free)
 * @param feeBasis the basis of the fee, blank when free
 * @param windowMayDecide whether a window representative may accept and decide in one action
 * @param fullyOnline whether it can be done without a visit
 * @param licenseTypeCode the license type it produces, or {@code null}
 * @param steps the review steps, in order
 * @param materials the required materials
 * @param servicePoints codes of the service points that accept it
 * @param publishedBy username of the publisher
 * @param publishedAt when
 * @param contentHash the SHA-256 (lower-case hex) of the canonical serialisation of the published
 *     definition, the one its reviewers approved and its publisher named; {@code null} in events
 *     published before it was recorded (added at the end: readers tolerate its absence)
 */
@EventType("onewindow.approval.MatterVersionPublished.v1")
public record MatterVersionPublished(
        String matterCode,
        int version,
        String name,
        String department,
        String matterType,
        String caseType,
        List<String> subjects,
        String legalBasis,
        int statutoryLimitWorkingDays,
        int promisedLimitWorkingDays,
        String feeYuan,
        String feeBasis,
        boolean windowMayDecide,
        boolean fullyOnline,
        String licenseTypeCode,
        List<Step> steps,
        List<Material> materials,
        List<String> servicePoints,
        String publishedBy,
        Instant publishedAt,
        String contentHash)
        implements DomainEvent {

    public MatterVersionPublished {
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
        steps = steps == null ? List.of() : List.copyOf(steps);
        materials = materials == null ? List.of() : List.copyOf(materials);
        servicePoints = servicePoints == null ? List.of() : List.copyOf(servicePoints);
    }

    /** An event without the content hash, as published before it was recorded. */
    public MatterVersionPublished(
            String matterCode,
            int version,
            String name,
            String department,
            String matterType,
            String caseType,
            List<String> subjects,
            String legalBasis,
            int statutoryLimitWorkingDays,
            int promisedLimitWorkingDays,
            String feeYuan,
            String feeBasis,
            boolean windowMayDecide,
            boolean fullyOnline,
            String licenseTypeCode,
            List<Step> steps,
            List<Material> materials,
            List<String> servicePoints,
            String publishedBy,
            Instant publishedAt) {
        this(
                matterCode,
                version,
                name,
                department,
                matterType,
                caseType,
                subjects,
                legalBasis,
                statutoryLimitWorkingDays,
                promisedLimitWorkingDays,
                feeYuan,
                feeBasis,
                windowMayDecide,
                fullyOnline,
                licenseTypeCode,
                steps,
                materials,
                servicePoints,
                publishedBy,
                publishedAt,
                null);
    }

    @Override
    public String aggregateId() {
        return matterCode;
    }

    /**
     * A review step.
     *
     * @param code the step code
     * @param name the step name
     * @param role the realm role that performs it
     * @param limitWorkingDays its own limit in working days
     */
    public record Step(String code, String name, String role, int limitWorkingDays) {}

    /**
     * A required material.
     *
     * @param code the material code
     * @param name its name
     * @param form {@code ORIGINAL} or {@code COPY}
     * @param required {@code true} always required, {@code false} required only under a condition
     * @param condition when a conditional material is required, else blank
     * @param replacedByLicenseType the e-license type that can replace it, or {@code null}
     */
    public record Material(
            String code, String name, String form, boolean required, String condition, String replacedByLicenseType) {}
}
