package io.onewindow.platform.identity;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Which action needs which real-name level (实名等级), the one rule every service asks: booking
 * needs a self-declared account, filing an application and reading one's license wallet an account
 * confirmed at a window (or by the authoritative identity service). The levels are settings
 * ({@code onewindow.real-name.required.<action>}); an action not named needs no more than
 * {@link RealNameLevel#SELF_DECLARED}.
 */
public final class RealNameRule {

    /** Booking a place at a service hall. */
    public static final String BOOKING = "booking";

    /** Submitting an application (citizen, enterprise, or an agent for a principal). */
    public static final String FILING = "filing";

    /** The holder reading his or her own electronic licenses. */
    public static final String LICENSE_WALLET = "license-wallet";

    /** The platform's defaults: booking self-declared, filing and the license wallet window-confirmed. */
    public static final Map<String, RealNameLevel> DEFAULTS = Map.of(
            BOOKING, RealNameLevel.SELF_DECLARED,
            FILING, RealNameLevel.WINDOW_CONFIRMED,
            LICENSE_WALLET, RealNameLevel.WINDOW_CONFIRMED);

    private final Map<String, RealNameLevel> required;

    /**
     * The defaults with {@code overrides} over them. An action is named as in the settings
     * ({@code license-wallet}; {@code license.wallet} and {@code license_wallet}, as an environment
     * variable binds it, are the same); an action the platform does not know is refused, so a
     * misspelt setting cannot leave an action at its default unnoticed.
     */
    public RealNameRule(Map<String, RealNameLevel> overrides) {
        Map<String, RealNameLevel> merged = new TreeMap<>(DEFAULTS);
        if (overrides != null) {
            overrides.forEach((name, level) -> {
                String action =
                        name.strip().toLowerCase(Locale.ROOT).replace('.', '-').replace('_', '-');
                if (!DEFAULTS.containsKey(action)) {
                    throw new IllegalArgumentException("onewindow.real-name.required." + name
                            + ": not an action with a real-name level ("
                            + String.join(", ", new TreeMap<>(DEFAULTS).keySet())
                            + ")");
                }
                merged.put(action, Objects.requireNonNull(level, name));
            });
        }
        this.required = Map.copyOf(merged);
    }

    /** The level {@code action} needs. */
    public RealNameLevel required(String action) {
        return required.getOrDefault(action, RealNameLevel.SELF_DECLARED);
    }

    /** Whether a person holding {@code held} may do {@code action}. */
    public boolean allows(String action, RealNameLevel held) {
        return (held == null ? RealNameLevel.SELF_DECLARED : held).satisfies(required(action));
    }

    /** Refuses {@code action} to a person holding {@code held} when it needs more. */
    public void check(String action, RealNameLevel held) {
        RealNameLevel level = held == null ? RealNameLevel.SELF_DECLARED : held;
        RealNameLevel needed = required(action);
        if (!level.satisfies(needed)) {
            throw new RealNameLevelInsufficientException(action, needed, level);
        }
    }
}
