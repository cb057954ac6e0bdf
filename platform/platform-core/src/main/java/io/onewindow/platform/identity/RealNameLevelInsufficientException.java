package io.onewindow.platform.identity;

import io.onewindow.platform.domain.AccessRefusedException;

/**
 * The person's account is not confirmed surely enough for the action (403
 * {@code real-name-level-insufficient}): the problem names the level needed and the level held, so
 * a portal can send the person to a window to have the ID card checked.
 */
public class RealNameLevelInsufficientException extends AccessRefusedException {

    /** The problem code. */
    public static final String CODE = "real-name-level-insufficient";

    private final String action;
    private final RealNameLevel required;
    private final RealNameLevel held;

    public RealNameLevelInsufficientException(String action, RealNameLevel required, RealNameLevel held) {
        super(
                "real-name-level-insufficient",
                action + " needs the real-name level " + required.code() + ", the account holds " + held.code(),
                required.code(),
                held.code(),
                action);
        this.action = action;
        this.required = required;
        this.held = held;
    }

    public String action() {
        return action;
    }

    public RealNameLevel required() {
        return required;
    }

    public RealNameLevel held() {
        return held;
    }
}
