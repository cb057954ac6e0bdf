package io.onewindow.elicense.licensetype.web;

import io.onewindow.elicense.licensetype.LicenseTypes;
import io.onewindow.elicense.licensetype.domain.LicenseType;
import io.onewindow.platform.web.SafeText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Catalog admins maintain the license types (GB/T 36902 catalog entries). */
@RestController
@RequestMapping("/api/licenses/types")
@Tag(name = "License types (admin)", description = "Defining the license types the district issues")
class LicenseTypeAdminController {

    private final LicenseTypes types;

    LicenseTypeAdminController(LicenseTypes types) {
        this.types = types;
    }

    record TypeRequest(
            @NotBlank @Size(max = 100) @SafeText(multiline = false)
            String name,

            @NotBlank @Size(max = 100) @SafeText(multiline = false)
            String definingBody,

            @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9-]+")
            String department,

            @NotBlank @Size(max = 100) @SafeText(multiline = false)
            String issuerName,

            @NotBlank @Size(max = 18) @SafeText String issuerCode,
            @NotNull @Min(0) @Max(50) Integer validityYears,
            @NotNull @Size(max = 50) List<@NotBlank @Size(max = 50) @SafeText String> faceFields) {}

    @PutMapping("/{code}")
    @PreAuthorize("hasAnyRole('catalog-admin','platform-admin')")
    @Operation(
            summary = "Define or replace a license type",
            description = "The code is the defining body's "
                    + "credit code and 3 digits (GB/T 36904); the issuer code a valid credit code; validityYears 0 = no "
                    + "expiry. Licenses already issued keep what they were signed with.")
    LicenseType define(
            @PathVariable @Pattern(regexp = "[0-9A-Z]{18}[0-9]{3}") String code,
            @Valid @RequestBody TypeRequest request) {
        LicenseType type = new LicenseType(
                code,
                request.name(),
                request.definingBody(),
                request.department(),
                request.issuerName(),
                request.issuerCode(),
                request.validityYears(),
                request.faceFields());
        types.define(type);
        return type;
    }
}
