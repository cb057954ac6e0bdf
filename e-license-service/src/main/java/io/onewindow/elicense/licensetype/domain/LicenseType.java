package io.onewindow.elicense.licensetype.domain;

import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.identity.UnifiedSocialCreditCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of license (GB/T 36902 catalog entry): its GB/T 36904 type code (the defining body's
 * credit code + 3 digits), the department that issues it and its validity rule.
 *
 * @param code the type code, e.g. {@code 11100000000013338W001}
 * @param name the type name, e.g. 营业执照
 * @param definingBody the body that defines the type
 * @param department the OneWindow department that issues and changes licenses of this type
 * @param issuerName the issuing body's name written on licenses
 * @param issuerCode the issuing body's unified social credit code (the identifier's issuer code)
 * @param validityYears how long a license is valid from its first day; 0 for no expiry
 * @param faceFields the license-face fields in their display order
 */
public record LicenseType(
        String code,
        String name,
        String definingBody,
        String department,
        String issuerName,
        String issuerCode,
        int validityYears,
        List<String> faceFields) {

    private static final Pattern CODE = Pattern.compile("[0-9A-Z]{18}[0-9]{3}");

    public LicenseType {
        if (code == null || !CODE.matcher(code).matches() || !UnifiedSocialCreditCode.isValid(code.substring(0, 18))) {
            throw new InvalidValueException(
                    "license-type.code", "code", "a type code is the defining body's credit code and 3 digits");
        }
        try {
            UnifiedSocialCreditCode.of(issuerCode);
        } catch (InvalidValueException refused) {
            throw new InvalidValueException(refused.code(), "issuerCode", refused.getMessage());
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(department, "department");
        if (validityYears < 0) {
            throw new IllegalArgumentException("validityYears must not be negative");
        }
        faceFields = faceFields == null ? List.of() : List.copyOf(faceFields);
    }

    /**
     * Refuses face data with a field the type does not define, so a typo never ends up signed on
     * a license. Licenses from approvals take the matter's fields as approved.
     */
    public void requireKnownFaceFields(java.util.Map<String, String> faceData) {
        if (faceData == null || faceFields.isEmpty()) {
            return;
        }
        for (String field : faceData.keySet()) {
            if (!faceFields.contains(field)) {
                throw new InvalidValueException(
                        "license.face-field-unknown",
                        "faceData",
                        "license type " + code + " has no face field " + field);
            }
        }
    }

    /** The last valid day of a license valid from {@code validFrom}, or {@code null} for no expiry. */
    public LocalDate validToFor(LocalDate validFrom) {
        return validityYears == 0 ? null : validFrom.plusYears(validityYears).minusDays(1);
    }
}
