package io.onewindow.appointment.servicepoint.domain;

import io.onewindow.platform.domain.InvalidValueException;

/** The three tiers of service points (行使层级 codes of GB/T 39046). */
public enum Tier {
    /** District service center and the specialised halls. */
    DISTRICT(4),
    /** Town and street centers. */
    TOWN(5),
    /** Village and community stations. */
    VILLAGE(6);

    private final int code;

    Tier(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Tier ofCode(int code) {
        for (Tier tier : values()) {
            if (tier.code == code) {
                return tier;
            }
        }
        throw new InvalidValueException("unknown-tier", "tier", "tier must be 4, 5 or 6, was " + code);
    }
}
