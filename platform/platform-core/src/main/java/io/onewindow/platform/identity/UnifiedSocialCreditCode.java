package io.onewindow.platform.identity;

import java.util.Optional;

/**
 * The unified social credit code of an organisation (enterprise, public institution, social
 * organisation, …) as defined by GB 32100-2015: 18 characters from {@code 0-9 A-H J-N P-R T U
 * W-Y}, the last one a check character.
 *
 * <p>Lowercase letters are accepted and stored upper-case. Some codes really issued do not pass
 * the check; {@link #acceptIrregular(String, String, String)} admits such a code only with the
 * name of whoever approved it and the reason, which stay on the value so the decision can be
 * audited wherever the code travels. There is no other way around the check.
 *
 * <p>Two codes are equal when their characters are equal, whether or not one was admitted as
 * irregular: the approval describes how the code got in, not which organisation it names.
 *
 * <p>{@link #toString()} returns the {@linkplain #masked() masked} form; {@link #value()} gives
 * the full code.
 */
public final class UnifiedSocialCreditCode {

    /** Failure code: the value is null or blank. */
    public static final String REQUIRED = "credit-code.required";

    /** Failure code: wrong length or a character outside the GB 32100 alphabet. */
    public static final String FORMAT = "credit-code.format";

    /** Failure code: the check character does not match the first 17 characters. */
    public static final String CHECK_CHARACTER = "credit-code.check-character";

    /** Failure code: an irregular code was offered without an approver or a reason. */
    public static final String IRREGULAR_APPROVAL = "credit-code.irregular-approval";

    private static final int LENGTH = 18;
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private final String value;
    private final IrregularApproval irregularApproval;

    private UnifiedSocialCreditCode(String value, IrregularApproval irregularApproval) {
        this.value = value;
        this.irregularApproval = irregularApproval;
    }

    /**
     * Makes a credit code from user or partner input.
     *
     * @throws InvalidIdentifierException if the value is missing, malformed or has a wrong check
     *     character
     */
    public static UnifiedSocialCreditCode of(String value) {
        String normalised = normalise(value);
        if (normalised.charAt(LENGTH - 1) != checkCharacter(normalised)) {
            throw new InvalidIdentifierException(
                    CHECK_CHARACTER, "The check character of the unified social credit code does not match");
        }
        return new UnifiedSocialCreditCode(normalised, null);
    }

    /**
     * Admits a code whose check character does not match, as an audited exception. The code must
     * still have 18 characters from the GB 32100 alphabet. If the check character does match after
     * all, the code is simply regular and no approval is recorded.
     *
     * @param code the code as issued
     * @param approvedBy who approved admitting it (an officer's user id or name)
     * @param reason why, e.g. the issuing authority's confirmation that the code is genuine
     * @throws InvalidIdentifierException if the code is malformed or the approver or reason is
     *     missing
     */
    public static UnifiedSocialCreditCode acceptIrregular(String code, String approvedBy, String reason) {
        String normalised = normalise(code);
        IrregularApproval approval = new IrregularApproval(approvedBy, reason);
        if (normalised.charAt(LENGTH - 1) == checkCharacter(normalised)) {
            return new UnifiedSocialCreditCode(normalised, null);
        }
        return new UnifiedSocialCreditCode(normalised, approval);
    }

    /** Whether {@link #of(String)} would accept the value; never throws. */
    public static boolean isValid(String value) {
        try {
            of(value);
            return true;
        } catch (InvalidIdentifierException e) {
            return false;
        }
    }

    /** The full 18-character code, upper-case. */
    public String value() {
        return value;
    }

    /** Characters 3 to 8: the administrative division code of the registration authority. */
    public String regionCode() {
        return value.substring(2, 8);
    }

    /** Whether this code was admitted despite a check character that does not match. */
    public boolean isIrregular() {
        return irregularApproval != null;
    }

    /** Who approved admitting this irregular code and why; empty for a regular code. */
    public Optional<IrregularApproval> irregularApproval() {
        return Optional.ofNullable(irregularApproval);
    }

    /** The code with its middle hidden, e.g. {@code 91440113******0166}. */
    public String masked() {
        return value.substring(0, 8) + "******" + value.substring(14);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UnifiedSocialCreditCode code && value.equals(code.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The {@linkplain #masked() masked} code, so that logging a value never leaks it. */
    @Override
    public String toString() {
        return masked();
    }

    private static String normalise(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidIdentifierException(REQUIRED, "A unified social credit code is required");
        }
        if (value.length() != LENGTH) {
            throw new InvalidIdentifierException(FORMAT, "A unified social credit code has 18 characters");
        }
        char[] chars = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            char c = value.charAt(i);
            // Only ASCII letters are folded: String.toUpperCase would map other scripts too.
            if (c >= 'a' && c <= 'z') {
                c = (char) (c - 'a' + 'A');
            }
            if (ALPHABET.indexOf(c) < 0) {
                throw new InvalidIdentifierException(
                        FORMAT,
                        "Character " + (i + 1) + " of the unified social credit code is not one of "
                                + "0-9 A-H J-N P-R T U W-Y (I, O, S, V and Z are not used)");
            }
            chars[i] = c;
        }
        return new String(chars);
    }

    private static char checkCharacter(String code) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /**
     * The audited decision to admit a code whose check character does not match.
     *
     * @param approvedBy who approved it
     * @param reason why it was approved
     */
    public record IrregularApproval(String approvedBy, String reason) {

        /**
         * @throws InvalidIdentifierException if either part is missing, because an approval
         *     nobody can be held to is a silent bypass
         */
        public IrregularApproval {
            if (approvedBy == null || approvedBy.isBlank()) {
                throw new InvalidIdentifierException(
                        IRREGULAR_APPROVAL, "Admitting an irregular credit code needs the approver");
            }
            if (reason == null || reason.isBlank()) {
                throw new InvalidIdentifierException(
                        IRREGULAR_APPROVAL, "Admitting an irregular credit code needs a reason");
            }
            approvedBy = approvedBy.strip();
            reason = reason.strip();
        }
    }
}
