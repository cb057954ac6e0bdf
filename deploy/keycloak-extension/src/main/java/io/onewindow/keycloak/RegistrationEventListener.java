package io.onewindow.keycloak;

import org.jboss.logging.Logger;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;

/**
 * Gives a newly registered account its role and real-name level, inside the registration's own
 * transaction, so the first token already carries both (see {@link RegistrationEventListenerFactory}).
 */
final class RegistrationEventListener implements EventListenerProvider {

    static final String ACCOUNT_TYPE = "account_type";
    static final String ID_NUMBER = "id_number";

    private static final Logger LOG = Logger.getLogger(RegistrationEventListener.class);

    private final KeycloakSession session;
    private final IdentityVerification identityService;

    RegistrationEventListener(KeycloakSession session, IdentityVerification identityService) {
        this.session = session;
        this.identityService = identityService;
    }

    @Override
    public void onEvent(Event event) {
        if (event.getType() != EventType.REGISTER || event.getUserId() == null) {
            return;
        }
        RealmModel realm = session.realms().getRealm(event.getRealmId());
        UserModel user = realm == null ? null : session.users().getUserById(realm, event.getUserId());
        if (user == null) {
            return;
        }
        grantRoleOfAccountType(realm, user);
        user.setSingleAttribute(RealNameLevels.ATTRIBUTE, RealNameLevels.SELF_DECLARED);
        if (identityService != null && identityService.confirms(nameOf(user), user.getFirstAttribute(ID_NUMBER))) {
            user.setSingleAttribute(RealNameLevels.ATTRIBUTE, RealNameLevels.AUTHORITATIVE);
        }
    }

    private static void grantRoleOfAccountType(RealmModel realm, UserModel user) {
        String type = user.getFirstAttribute(ACCOUNT_TYPE);
        // The profile's options validator admits only these; the check keeps a misconfigured realm
        // from handing out, say, platform-admin through a form field.
        if (type == null || !RegistrationEventListenerFactory.ACCOUNT_TYPES.contains(type)) {
            LOG.warnf("Registered user %s has no valid account_type: no role granted", user.getId());
            return;
        }
        RoleModel role = realm.getRole(type);
        if (role == null) {
            LOG.warnf("Realm %s has no role %s: registered user %s got none", realm.getName(), type, user.getId());
            return;
        }
        user.grantRole(role);
    }

    /** The name as written in Chinese: family name, then given name, without a space. */
    static String nameOf(UserModel user) {
        String family = user.getLastName() == null ? "" : user.getLastName().strip();
        String given = user.getFirstName() == null ? "" : user.getFirstName().strip();
        return family + given;
    }

    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {}

    @Override
    public void close() {}
}
