package io.onewindow.platform.security;

import io.onewindow.platform.identity.RealNameLevel;
import io.onewindow.platform.identity.RealNameLevelInsufficientException;
import io.onewindow.platform.identity.RealNameRule;

/**
 * Asks the {@link RealNameRule} for the caller of a use case: a citizen, an enterprise or an agent
 * (whose own level counts, whoever the principal is) must hold the level the action needs; staff
 * and partner or service clients are not subject to it. The level is the token's
 * {@code real_name_level} claim, so a confirmation counts from the person's next token on.
 */
public class RealNameCheck {

    private final RealNameRule rule;

    public RealNameCheck(RealNameRule rule) {
        this.rule = rule;
    }

    /**
     * Refuses {@code action} (one of {@link RealNameRule}'s actions) with 403
     * {@code real-name-level-insufficient} when the caller holds too low a level.
     *
     * @throws RealNameLevelInsufficientException naming the level needed and the level held
     */
    public void require(Caller caller, String action) {
        if (caller != null && caller.isSubjectToRealNameLevels()) {
            rule.check(action, caller.realNameLevel());
        }
    }

    /** The level {@code action} needs. */
    public RealNameLevel required(String action) {
        return rule.required(action);
    }
}
