package io.onewindow.platform.identity;

import io.onewindow.platform.domain.InvalidValueException;
import java.util.regex.Pattern;

/**
 * An electronic license identifier per GB/T 36904-2018:
 * {@code 1.2.156.3005.2.<type code>.<issuer code>.<serial>.<version>.<check>}, where the check
 * character is ISO 7064 MOD 37,36 over type code, issuer code, serial and version joined
 * without dots.
 */
public record LicenseIdentifier(String typeCode, String issuerCode, String serial, String version, char check) {

    /** The OID arc every electronic license identifier starts with. */
    public static final String PREFIX = "1.2.156.3005.2.";

    public static final String FORMAT = "license-identifier.format";
    public static final String CHECK_CHARACTER = "license-identifier.check-character";

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final Pattern TYPE_CODE = Pattern.compile("[0-9A-Z]{18}[0-9]{3}");
    private static final Pattern ISSUER_CODE = Pattern.compile("[0-9A-Z]{18}");
    private static final Pattern SERIAL = Pattern.compile("[0-9A-Z]{1,32}");
    private static final Pattern VERSION = Pattern.compile("[0-9]{3}");

    public LicenseIdentifier {
        requireMatch(TYPE_CODE, typeCode, "type code");
        requireMatch(ISSUER_CODE, issuerCode, "issuer code");
        requireMatch(SERIAL, serial, "serial");
        requireMatch(VERSION, version, "version");
        char expected = checkCharacter(typeCode + issuerCode + serial + version);
        if (check != expected) {
            throw new InvalidValueException(CHECK_CHARACTER, "identifier", "the check character does not match");
        }
    }

    /** A new identifier with its check character computed. */
    public static LicenseIdentifier issue(String typeCode, String issuerCode, String serial, int version) {
        String v = String.format("%03d", version);
        requireMatch(TYPE_CODE, typeCode, "type code");
        requireMatch(ISSUER_CODE, issuerCode, "issuer code");
        requireMatch(SERIAL, serial, "serial");
        requireMatch(VERSION, v, "version");
        return new LicenseIdentifier(
                typeCode, issuerCode, serial, v, checkCharacter(typeCode + issuerCode + serial + v));
    }

    /** Parses the dotted form; refuses a wrong shape or check character with {@link InvalidValueException}. */
    public static LicenseIdentifier parse(String text) {
        if (text == null || !text.startsWith(PREFIX) || text.length() > 120) {
            throw new InvalidValueException(FORMAT, "identifier", "not a GB/T 36904 license identifier");
        }
        String[] parts = text.substring(PREFIX.length()).split("\\.", -1);
        if (parts.length != 5 || parts[4].length() != 1) {
            throw new InvalidValueException(FORMAT, "identifier", "not a GB/T 36904 license identifier");
        }
        return new LicenseIdentifier(parts[0], parts[1], parts[2], parts[3], parts[4].charAt(0));
    }

    /** Whether {@code text} is a well-formed identifier with a correct check character. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    /** ISO 7064 MOD 37,36 (hybrid system) over {@code 0-9A-Z}. */
    static char checkCharacter(String data) {
        int p = 36;
        for (int i = 0; i < data.length(); i++) {
            int value = ALPHABET.indexOf(data.charAt(i));
            if (value < 0) {
                throw new InvalidValueException(FORMAT, "identifier", "only 0-9 and A-Z are allowed");
            }
            int s = (p + value) % 36;
            if (s == 0) {
                s = 36;
            }
            p = (2 * s) % 37;
        }
        return ALPHABET.charAt((37 - p) % 36);
    }

    public int versionNumber() {
        return Integer.parseInt(version);
    }

    /** The next version of the same license (renewal): same type, issuer and serial. */
    public LicenseIdentifier nextVersion() {
        return issue(typeCode, issuerCode, serial, versionNumber() + 1);
    }

    @Override
    public String toString() {
        return PREFIX + typeCode + "." + issuerCode + "." + serial + "." + version + "." + check;
    }

    private static void requireMatch(Pattern pattern, String value, String what) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new InvalidValueException(FORMAT, "identifier", "malformed " + what);
        }
    }
}
