package io.onewindow.elicense.license;

import io.onewindow.elicense.config.LicenseSettings;
import io.onewindow.elicense.license.domain.DigitisationRequest;
import io.onewindow.elicense.license.domain.DigitisationRule;
import io.onewindow.elicense.license.domain.DigitisationStatus;
import io.onewindow.elicense.license.domain.HolderCodeType;
import io.onewindow.elicense.license.domain.License;
import io.onewindow.elicense.license.domain.LicenseOrigin;
import io.onewindow.elicense.licensetype.LicenseTypes;
import io.onewindow.elicense.licensetype.domain.LicenseType;
import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.security.Roles;
import io.onewindow.platform.service.ServiceProperties;
import io.onewindow.platform.service.UseCase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;

/**
 * Digitising paper licenses with four eyes: a window officer (or the department admin) of the
 * type's department requests it, a second person of the same department confirms or rejects it,
 * and only the confirmation signs and issues the license ({@code LicenseIssued} with origin
 * {@code DIGITISED}, then {@code PaperLicenseDigitised}). The dates keep the
 * {@link DigitisationRule}: capped by the type's validity, back-dating beyond the setting only with
 * a reason.
 */
@UseCase
public class Digitisation {

    private static final Logger log = LoggerFactory.getLogger(Digitisation.class);

    private final DigitisationRequestStore requests;
    private final LicenseStore licenses;
    private final LicenseTypes types;
    private final Issuance issuance;
    private final Clock clock;
    private final ServiceProperties service;
    private final LicenseSettings.Digitisation settings;
    private final DigitisationRule rule;

    Digitisation(
            DigitisationRequestStore requests,
            LicenseStore licenses,
            LicenseTypes types,
            Issuance issuance,
            Clock clock,
            ServiceProperties service,
            LicenseSettings settings) {
        this.requests = requests;
        this.licenses = licenses;
        this.types = types;
        this.issuance = issuance;
        this.clock = clock;
        this.service = service;
        this.settings = settings.digitisation();
        this.rule = new DigitisationRule(this.settings.maxBackdating());
    }

    /**
     * What the requesting officer enters from the paper license.
     *
     * @param validTo the last valid day printed on the paper, or {@code null} for the type's
     * @param backdatingReason why, when {@code validFrom} lies further back than the setting allows
     */
    public record DigitiseCommand(
            String typeCode,
            String holderName,
            String holderCode,
            String holderCodeType,
            LocalDate issuedOn,
            LocalDate validFrom,
            LocalDate validTo,
            Map<String, String> faceData,
            String backdatingReason) {}

    /** Requests the digitisation of a paper license of one of the caller's department's types. */
    public DigitisationRequest request(Caller officer, DigitiseCommand command) {
        requireStaff(officer);
        Checked checked = check(command, officer.department());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String key = UUID.randomUUID().toString();
        DigitisationRequest request = DigitisationRequest.request(
                "dig-" + key,
                "lic-" + key,
                checked.type().department(),
                checked.type().code(),
                command.holderName(),
                checked.holderCode(),
                checked.codeType(),
                checked.dates(),
                command.faceData(),
                officer.username(),
                now,
                now.plus(settings.requestTtl()));
        requests.add(request);
        log.info(
                "{} requested digitising a {} license for {}",
                officer.username(),
                request.typeCode(),
                request.maskedHolderCode());
        return request;
    }

    /** The caller's department's requests waiting for a second person, oldest first. */
    public List<DigitisationRequest> pending(Caller staff) {
        requireStaff(staff);
        return requests.pending(staff.department(), clock.instant());
    }

    /** One request, for the staff of its department. */
    public DigitisationRequest get(Caller staff, String id) {
        requireStaff(staff);
        DigitisationRequest request = requests.get(id);
        requireDepartment(staff, request);
        return request;
    }

    /**
     * Confirms a request and issues its license: a second person of the request's department,
     * never the requester. The type is read again, so a request never signs more validity than the
     * type allows now. A repeated confirmation answers the license already issued.
     */
    public License confirm(Caller confirmer, String id) {
        requireStaff(confirmer);
        DigitisationRequest read = requests.get(id);
        requireDepartment(confirmer, read);
        Optional<License> issued = licenses.find(read.licenseId());
        if (issued.isPresent()) {
            read.confirm(confirmer.username(), confirmer.department(), clock.instant());
            return issued.get();
        }
        LicenseType type = types.get(read.typeCode());
        LocalDate cap = type.validToFor(read.validFrom());
        boolean withinType = cap == null
                ? read.validTo() == null
                : read.validTo() != null && !read.validTo().isAfter(cap);
        if (!type.department().equals(read.department()) || !withinType) {
            throw new ConflictException(
                    "digitisation.type-changed",
                    "license type " + type.code()
                            + " changed since the request (department or validity): request again");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        DigitisationRequest confirmed =
                requests.change(id, request -> request.confirm(confirmer.username(), confirmer.department(), now));
        return issue(confirmed, type, confirmer.username(), now);
    }

    /** The request's status now: a pending one past its expiry is {@code EXPIRED}. */
    public DigitisationStatus statusOf(DigitisationRequest request) {
        return request.statusAt(clock.instant());
    }

    /** Rejects a request (a second person of the department) or withdraws it (its requester). */
    public DigitisationRequest reject(Caller staff, String id, String reason) {
        requireStaff(staff);
        requireDepartment(staff, requests.get(id));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return requests.change(id, request -> request.reject(staff.username(), staff.department(), reason, now));
    }

    /**
     * Seeds a digitised license of the local run's demo data under a fixed id, once, as if
     * {@code requestedBy} had asked and {@code confirmedBy} confirmed; the dates keep the rule.
     */
    License seedOnce(
            String licenseId, DigitiseCommand command, String department, String requestedBy, String confirmedBy) {
        Optional<License> existing = licenses.find(licenseId);
        if (existing.isPresent()) {
            return existing.get();
        }
        Checked checked = check(command, department);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        DigitisationRequest request = DigitisationRequest.request(
                "dig-seed-" + licenseId,
                licenseId,
                department,
                checked.type().code(),
                command.holderName(),
                checked.holderCode(),
                checked.codeType(),
                checked.dates(),
                command.faceData(),
                requestedBy,
                now,
                now.plus(settings.requestTtl()));
        request.confirm(confirmedBy, department, now);
        return issue(request, checked.type(), confirmedBy, now);
    }

    private License issue(DigitisationRequest request, LicenseType type, String confirmedBy, Instant now) {
        License license = issuance.issue(
                request.licenseId(),
                type,
                request.holderName(),
                request.holderCode(),
                request.holderCodeType(),
                request.issuedOn(),
                request.validFrom(),
                request.validTo(),
                null,
                null,
                request.faceData(),
                LicenseOrigin.DIGITISED,
                null,
                null,
                confirmedBy);
        license.recordDigitisation(
                request.requestedBy(), confirmedBy, request.backdatedDays(), request.backdatingReason(), now);
        try {
            licenses.add(license);
        } catch (DuplicateKeyException concurrent) {
            // A second confirmation of the same request issued it between our read and insert.
            return licenses.get(request.licenseId());
        }
        log.info(
                "Digitised {} requested by {}, confirmed by {}",
                license.content().identifier(),
                request.requestedBy(),
                confirmedBy);
        return license;
    }

    private record Checked(
            LicenseType type, HolderCodeType codeType, String holderCode, DigitisationRule.Dates dates) {}

    private Checked check(DigitiseCommand command, String department) {
        LicenseType type = types.find(command.typeCode())
                .orElseThrow(() -> new NotFoundException("license-type", command.typeCode()));
        if (!type.department().equals(department)) {
            throw new AccessRefusedException(
                    "license.other-department", "licenses of this type belong to another department");
        }
        HolderCodeType codeType = HolderCodeType.ofCode(command.holderCodeType());
        String holderCode = codeType.validate(command.holderCode());
        type.requireKnownFaceFields(command.faceData());
        LocalDate today = LocalDate.now(clock.withZone(service.timeZone()));
        DigitisationRule.Dates dates = rule.check(
                type, command.issuedOn(), command.validFrom(), command.validTo(), command.backdatingReason(), today);
        return new Checked(type, codeType, holderCode, dates);
    }

    private static void requireStaff(Caller caller) {
        if (!caller.hasAnyRole(Roles.DEPT_ADMIN, Roles.WINDOW_OFFICER) || caller.department() == null) {
            throw new AccessRefusedException("license.digitise-role", "only department staff digitise licenses");
        }
    }

    private static void requireDepartment(Caller staff, DigitisationRequest request) {
        if (!staff.belongsTo(request.department())) {
            throw new AccessRefusedException(
                    DigitisationRequest.OTHER_DEPARTMENT, "the request belongs to another department");
        }
    }
}
