package io.onewindow.platform.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A citizen identity number as defined by GB 11643-1999: a 6-digit address code, the birth date
 * as {@code YYYYMMDD}, a 3-digit sequence and a check character.
 *
 * <p>Made only from a value that passes every check, so holding one means it is well formed. A
 * lowercase {@code x} check character is accepted and stored as {@code X}, so equal numbers are
 * equal values. Surrounding whitespace is refused rather than trimmed: trimming is a decision for
 * the edge that reads user input, not for the domain.
 *
 * <p>{@link #toString()} returns the {@linkplain #masked() masked} form so a full number never
 * reaches a log line by accident; use {@link #value()} where the full number is really needed.
 *
 * @param value the full 18-character number, check character upper-case
 */
public record ResidentIdNumber(String value) {

    /** Failure code: the value is null or blank. */
    public static final String REQUIRED = "resident-id.required";

    /** Failure code: wrong length or a character that may not appear where it is. */
    public static final String FORMAT = "resident-id.format";

    /**
     * Failure code: characters 7 to 14 are not a real date from 1900-01-01 on, or the date has not
     * come yet anywhere on earth (no one is born in the future).
     */
    public static final String BIRTH_DATE = "resident-id.birth-date";

    /** Failure code: the check character does not match the first 17 digits. */
    public static final String CHECK_CHARACTER = "resident-id.check-character";

    private static final int LENGTH = 18;
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);
    private static final ZoneOffset LATEST_ZONE = ZoneOffset.ofHours(14);

    /**
     * Validates and normalises the number.
     *
     * @throws InvalidIdentifierException if the value is missing, malformed, has an impossible
     *     birth date or a wrong check character
     */
    public ResidentIdNumber {
        value = validate(value);
    }

    /**
     * Makes a resident ID number from user or partner input.
     *
     * @throws InvalidIdentifierException if the value is not a valid GB 11643 number
     */
    public static ResidentIdNumber of(String value) {
        return new ResidentIdNumber(value);
    }

    /** Whether {@link #of(String)} would accept the value; never throws. */
    public static boolean isValid(String value) {
        try {
            validate(value);
            return true;
        } catch (InvalidIdentifierException e) {
            return false;
        }
    }

    /** The 6-digit administrative division code where the number was first issued. */
    public String regionCode() {
        return value.substring(0, 6);
    }

    /** The holder's date of birth, encoded in characters 7 to 14. */
    public LocalDate birthDate() {
        return parseBirthDate(value);
    }

    /**
     * The number with the birth date and sequence hidden, e.g. {@code 440113********1235}: enough
     * for a holder to recognise their own number, not enough to identify them.
     */
    public String masked() {
        return value.substring(0, 6) + "********" + value.substring(14);
    }

    /** The {@linkplain #masked() masked} number, so that logging a value never leaks it. */
    @Override
    public String toString() {
        return masked();
    }

    private static String validate(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidIdentifierException(REQUIRED, "A resident ID number is required");
        }
        if (value.length() != LENGTH) {
            throw new InvalidIdentifierException(FORMAT, "A resident ID number has 18 characters");
        }
        for (int i = 0; i < LENGTH - 1; i++) {
            if (!isAsciiDigit(value.charAt(i))) {
                throw new InvalidIdentifierException(
                        FORMAT, "The first 17 characters of a resident ID number are digits");
            }
        }
        char last = value.charAt(LENGTH - 1);
        if (last == 'x') {
            last = 'X';
        }
        if (!isAsciiDigit(last) && last != 'X') {
            throw new InvalidIdentifierException(FORMAT, "The last character of a resident ID number is a digit or X");
        }
        String normalised = value.substring(0, LENGTH - 1) + last;
        parseBirthDate(normalised);
        if (last != checkCharacter(normalised)) {
            throw new InvalidIdentifierException(
                    CHECK_CHARACTER, "The check character of the resident ID number does not match");
        }
        return normalised;
    }

    private static LocalDate parseBirthDate(String number) {
        int year = Integer.parseInt(number, 6, 10, 10);
        int month = Integer.parseInt(number, 10, 12, 10);
        int day = Integer.parseInt(number, 12, 14, 10);
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new InvalidIdentifierException(
                    BIRTH_DATE, "The birth date in the resident ID number is not a real date");
        }
        if (date.isBefore(EARLIEST_BIRTH_DATE)) {
            throw new InvalidIdentifierException(
                    BIRTH_DATE, "The birth date in the resident ID number is before 1900-01-01");
        }
        // The latest date anywhere (UTC+14): a number issued today in the district's zone always passes,
        // whatever zone the server runs in.
        if (date.isAfter(LocalDate.now(LATEST_ZONE))) {
            throw new InvalidIdentifierException(
                    BIRTH_DATE, "The birth date in the resident ID number is in the future");
        }
        return date;
    }

    private static char checkCharacter(String number) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    // Character.isDigit would also admit full-width and other Unicode digits.
    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
