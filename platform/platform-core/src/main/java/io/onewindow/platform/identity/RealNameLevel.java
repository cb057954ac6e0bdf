package io.onewindow.platform.identity;

import java.util.Locale;

/**
 * How surely a person's account is tied to the person named in it (实名等级), carried as the
 * {@code real_name_level} claim of every token: declared by the person at self-registration,
 * confirmed at a window by an officer who checked the ID card, or confirmed by the authoritative
 * identity service. The order is the strength: a higher level satisfies every lower requirement.
 */
public enum RealNameLevel {
    SELF_DECLARED("self-declared"),
    WINDOW_CONFIRMED("window-confirmed"),
    AUTHORITATIVE("authoritative");

    private final String code;

    RealNameLevel(String code) {
        this.code = code;
    }

    /** The value of the claim and of the settings, e.g. {@code window-confirmed}. */
    public String code() {
        return code;
    }

    /** Whether this level satisfies {@code required}. */
    public boolean satisfies(RealNameLevel required) {
        return compareTo(required) >= 0;
    }

    /**
     * The level a claim names. A token without the claim, or with a value this platform does not
     * know, counts as {@link #SELF_DECLARED}: nobody is taken to be more surely known than a
     * confirmation says.
     */
    public static RealNameLevel ofClaim(String claim) {
        if (claim == null) {
            return SELF_DECLARED;
        }
        for (RealNameLevel level : values()) {
            if (level.code.equals(claim.strip().toLowerCase(Locale.ROOT))) {
                return level;
            }
        }
        return SELF_DECLARED;
    }

    /** The level a setting names ({@code window-confirmed} or {@code WINDOW_CONFIRMED}); refuses others. */
    public static RealNameLevel of(String value) {
        String normalised =
                value == null ? "" : value.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (RealNameLevel level : values()) {
            if (level.code.equals(normalised)) {
                return level;
            }
        }
        throw new IllegalArgumentException(
                "not a real-name level (self-declared, window-confirmed, authoritative): " + value);
    }

    /**
     * The level after a confirmation at a window: {@link #WINDOW_CONFIRMED}, except that an
     * authoritative confirmation is never lowered.
     */
    public RealNameLevel confirmedAtWindow() {
        return satisfies(WINDOW_CONFIRMED) ? this : WINDOW_CONFIRMED;
    }
}
