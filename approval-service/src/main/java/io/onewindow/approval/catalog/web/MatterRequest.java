package io.onewindow.approval.catalog.web;

import io.onewindow.approval.catalog.domain.CaseType;
import io.onewindow.approval.catalog.domain.MaterialForm;
import io.onewindow.approval.catalog.domain.MaterialRequirement;
import io.onewindow.approval.catalog.domain.MatterDefinition;
import io.onewindow.approval.catalog.domain.ProcessStep;
import io.onewindow.approval.catalog.domain.Subject;
import io.onewindow.platform.web.SafeText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** A catalog entry as a catalog admin drafts it. */
record MatterRequest(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{2,40}") String code,

        @NotBlank @SafeText(multiline = false) @Size(max = 200)
        String name,

        @NotBlank @Pattern(regexp = "[a-z0-9-]{2,60}") String department,
        @NotBlank @Pattern(regexp = "\\d{2}") String matterType,
        @NotEmpty Set<@NotNull Subject> subjects,
        @NotBlank @SafeText @Size(max = 2000) String legalBasis,
        @SafeText @Size(max = 4000) String conditions,
        @NotNull @Size(max = 50) List<@Valid @NotNull Material> materials,
        @NotNull @Size(max = 20) List<@Valid @NotNull Step> steps,
        @Min(0) @Max(45) int statutoryLimitWorkingDays,
        @Min(0) @Max(45) int promisedLimitWorkingDays,
        @DecimalMin("0") BigDecimal fee,
        @SafeText @Size(max = 500) String feeBasis,
        @NotNull CaseType caseType,
        boolean windowMayDecide,
        boolean fullyOnline,
        @Pattern(regexp = "[0-9A-Z]{21}") String licenseTypeCode,
        @Size(max = 400) List<@NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,40}") String> servicePoints) {

    record Material(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,40}")
            String code,

            @NotBlank @SafeText(multiline = false) @Size(max = 200)
            String name,

            @NotNull MaterialForm form,
            boolean required,
            @SafeText @Size(max = 500) String condition,
            @Pattern(regexp = "[0-9A-Z]{21}") String replacedByLicenseType) {}

    record Step(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,40}")
            String code,

            @NotBlank @SafeText(multiline = false) @Size(max = 100)
            String name,

            @NotBlank @Pattern(regexp = "[a-z-]{2,40}") String role,
            @Min(0) @Max(45) int limitWorkingDays) {}

    MatterDefinition toDefinition() {
        return new MatterDefinition(
                code,
                name,
                department,
                matterType,
                subjects,
                legalBasis,
                conditions,
                materials.stream()
                        .map(m -> new MaterialRequirement(
                                m.code(), m.name(), m.form(), m.required(), m.condition(), m.replacedByLicenseType()))
                        .toList(),
                steps.stream()
                        .map(s -> new ProcessStep(s.code(), s.name(), s.role(), s.limitWorkingDays()))
                        .toList(),
                statutoryLimitWorkingDays,
                promisedLimitWorkingDays,
                fee,
                feeBasis,
                caseType,
                windowMayDecide,
                fullyOnline,
                licenseTypeCode,
                servicePoints);
    }
}
