package io.onewindow.supervision.licenses.web;

import io.onewindow.supervision.licenses.LicenseSupervision;
import io.onewindow.supervision.licenses.domain.SupervisedLicense;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A license's life and every use of its data, as supervision saw them, for the discipline inspectors. */
@RestController
@Validated
@RequestMapping("/api/supervision/inspections/licenses")
@PreAuthorize("hasRole('inspector')")
@Tag(name = "Inspections: licenses", description = "License lifecycles and uses (用证), with rule 15")
class InspectionLicensesController {

    private final LicenseSupervision licenses;

    InspectionLicensesController(LicenseSupervision licenses) {
        this.licenses = licenses;
    }

    /**
     * One license as supervision follows it.
     *
     * @param status {@code VALID}, {@code SUSPENDED}, {@code REVOKED}, {@code EXPIRED}, {@code RENEWED}, or
     *     {@code UNKNOWN} while its issue has not been seen
     */
    record LicenseView(
            String licenseId,
            String identifier,
            String licenseTypeCode,
            String department,
            String caseId,
            String caseNumber,
            String matterCode,
            String status,
            List<SupervisedLicense.Entry> timeline) {

        static LicenseView of(SupervisedLicense l) {
            return new LicenseView(
                    l.id(),
                    l.identifier(),
                    l.licenseTypeCode(),
                    l.department(),
                    l.caseId(),
                    l.caseNumber(),
                    l.matterCode(),
                    l.status().name(),
                    l.timeline());
        }
    }

    @GetMapping("/{licenseId}")
    @Operation(
            summary = "A license's timeline: issue, suspension, reinstatement, revocation, renewal, expiry, each use",
            description = "Each use (用证) shows who read it, for which department, on which basis (holder, grant, duty"
                    + " check with its case) and purpose. Rule 15 raises an alert for a use without a basis or of a"
                    + " license suspended, revoked, expired or renewed at that moment. 404 when supervision has not"
                    + " heard of the license; 400 for a malformed id.")
    LicenseView read(@PathVariable @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String licenseId) {
        return LicenseView.of(licenses.get(licenseId));
    }
}
