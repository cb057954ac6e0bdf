package io.onewindow.keycloak;

/**
 * The message keys of the extension's validation errors. Keycloak looks each key up in the theme
 * messages, which the extension adds ({@code theme-resources/messages/messages_*.properties}), so
 * its own registration page shows the Chinese or English text next to the field.
 */
public final class Messages {

    /** The resident ID number is not 17 digits followed by a digit or X. */
    public static final String RESIDENT_ID_FORMAT = "onewindowResidentIdFormat";

    /** Characters 7 to 14 are not a real date from 1900 on, or the date is in the future. */
    public static final String RESIDENT_ID_BIRTH_DATE = "onewindowResidentIdBirthDate";

    /** The first two digits are not a province, autonomous region or municipality of GB/T 2260. */
    public static final String RESIDENT_ID_REGION = "onewindowResidentIdRegion";

    /** The GB 11643 check character does not match. */
    public static final String RESIDENT_ID_CHECK_CHARACTER = "onewindowResidentIdCheckCharacter";

    /** The credit code is not 18 characters of the GB 32100 alphabet. */
    public static final String CREDIT_CODE_FORMAT = "onewindowCreditCodeFormat";

    /** The GB 32100 check character does not match. */
    public static final String CREDIT_CODE_CHECK_CHARACTER = "onewindowCreditCodeCheckCharacter";

    /** Not a mainland mobile number (11 digits, {@code 1[3-9]…}). */
    public static final String MOBILE_FORMAT = "onewindowMobileFormat";

    /** Another account already holds this value. */
    public static final String ALREADY_TAKEN = "onewindowAlreadyTaken";

    /** A field the registration needs (for every account, or for this type of account) is empty. */
    public static final String REQUIRED_AT_REGISTRATION = "onewindowRequiredAtRegistration";

    /** The user tried to change, after registration, a field only an administrator may change. */
    public static final String FIXED_AFTER_REGISTRATION = "onewindowFixedAfterRegistration";

    private Messages() {}
}
