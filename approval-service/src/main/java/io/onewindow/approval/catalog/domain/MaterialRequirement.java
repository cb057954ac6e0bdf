package io.onewindow.approval.catalog.domain;

import io.onewindow.platform.domain.InvalidValueException;

/**
 * A material the catalog requires for a matter.
 *
 * @param code stable code, referenced by applications and correction notices
 * @param name what the applicant brings
 * @param form original or copy
 * @param required always required; {@code false} means required only under {@code condition}
 * @param condition when a conditional material is required
 * @param replacedByLicenseType the e-license type that can stand in for the paper, or {@code null}
 */
public record MaterialRequirement(
        String code, String name, MaterialForm form, boolean required, String condition, String replacedByLicenseType) {

    public MaterialRequirement {
        if (code == null || !code.matches("[A-Za-z0-9_-]{1,40}")) {
            throw new InvalidValueException("catalog.invalid-material", "materials.code", "bad material code: " + code);
        }
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("catalog.invalid-material", "materials.name", "a material needs a name");
        }
        if (form == null) {
            throw new InvalidValueException("catalog.invalid-material", "materials.form", "original or copy?");
        }
        if (!required && (condition == null || condition.isBlank())) {
            throw new InvalidValueException(
                    "catalog.invalid-material",
                    "materials.condition",
                    "a conditional material must say when it is required: " + code);
        }
    }

    /** Whether an e-license of {@code licenseType} may be given instead of this material. */
    public boolean replaceableBy(String licenseType) {
        return replacedByLicenseType != null && replacedByLicenseType.equals(licenseType);
    }
}
