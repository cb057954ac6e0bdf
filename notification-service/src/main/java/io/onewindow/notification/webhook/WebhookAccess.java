package io.onewindow.notification.webhook;

import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.security.Roles;

/**
 * Who administers which subscriptions: a platform admin any department's, a department admin their own
 * department's only; and which partner system a caller is (its client id and its token's department).
 */
final class WebhookAccess {

    private WebhookAccess() {}

    /** Whether {@code caller} administers {@code department}'s webhooks. */
    static boolean administers(Caller caller, String department) {
        return caller.hasRole(Roles.PLATFORM_ADMIN)
                || (caller.hasRole(Roles.DEPT_ADMIN) && caller.belongsTo(department));
    }

    /** The department whose webhooks the caller sees: {@code null} (all) for a platform admin. */
    static String scopeOf(Caller caller) {
        if (caller.hasRole(Roles.PLATFORM_ADMIN)) {
            return null;
        }
        if (caller.hasRole(Roles.DEPT_ADMIN)
                && caller.department() != null
                && !caller.department().isBlank()) {
            return caller.department();
        }
        throw new AccessRefusedException("webhook.not-an-administrator", "platform or department admins only");
    }

    /** The department of a partner system's token, refusing anyone else. */
    static String partnerDepartment(Caller caller) {
        if (!caller.isPartnerSystem()
                || caller.department() == null
                || caller.department().isBlank()) {
            throw new AccessRefusedException("webhook.not-a-partner", "partner systems with a department only");
        }
        return caller.department();
    }
}
