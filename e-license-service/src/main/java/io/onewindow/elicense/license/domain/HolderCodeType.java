package io.onewindow.elicense.license.domain;

import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.identity.ResidentIdNumber;
import io.onewindow.platform.identity.UnifiedSocialCreditCode;

/** The kind of holder code on a license (GB/T 36903): a resident ID number or a credit code. */
public enum HolderCodeType {
    RESIDENT_ID("111"),
    CREDIT_CODE("001");

    private final String code;

    HolderCodeType(String code) {
        this.code = code;
    }

    /** The standard's code: {@code 111} or {@code 001}. */
    public String code() {
        return code;
    }

    public static HolderCodeType ofCode(String code) {
        for (HolderCodeType type : values()) {
            if (type.code.equals(code)) {
                return type;
            }
        }
        throw new InvalidValueException("holder-code-type.unknown", "holderCodeType", "must be 111 or 001");
    }

    /**
     * Validates {@code holderCode} against this type's check character and returns it normalised;
     * a refusal names the field {@code holderCode}, so the 400 lists it.
     */
    public String validate(String holderCode) {
        try {
            return switch (this) {
                case RESIDENT_ID -> ResidentIdNumber.of(holderCode).value();
                case CREDIT_CODE -> UnifiedSocialCreditCode.of(holderCode).value();
            };
        } catch (InvalidValueException refused) {
            throw new InvalidValueException(refused.code(), "holderCode", refused.getMessage());
        }
    }

    /** The code masked for public answers and events: first 6, last 4 characters kept. */
    public static String mask(String holderCode) {
        if (holderCode == null || holderCode.length() < 10) {
            return "****";
        }
        return holderCode.substring(0, 6)
                + "*".repeat(holderCode.length() - 10)
                + holderCode.substring(holderCode.length() - 4);
    }
}
