package io.onewindow.keycloak;

import java.util.Locale;
import java.util.stream.Stream;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.userprofile.UserProfileAttributeValidationContext;
import org.keycloak.validate.ValidationContext;
import org.keycloak.validate.ValidationError;
import org.keycloak.validate.ValidatorConfig;

/**
 * {@value #ID}: no other account of the realm holds this value of the attribute (an ID number or a
 * credit code belongs to one account). The value is looked up as given and in upper and lower case,
 * since the identifiers' letters ({@code X}, the credit code's) are accepted in either case. The
 * account being validated may keep its own value.
 */
public final class UniqueAttributeValidator extends FilledValueValidator {

    /** The id under which the realm's user profile names this validator. */
    public static final String ID = "onewindow-unique-attribute";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    protected void doValidate(String value, String attribute, ValidationContext context, ValidatorConfig config) {
        KeycloakSession session = context.getSession();
        RealmModel realm = session.getContext().getRealm();
        String self = validatedUserId(context);
        boolean taken = Stream.of(value, value.toUpperCase(Locale.ROOT), value.toLowerCase(Locale.ROOT))
                .distinct()
                .flatMap(variant -> session.users().searchForUserByUserAttributeStream(realm, attribute, variant))
                .anyMatch(holder -> !holder.getId().equals(self));
        if (taken) {
            context.addError(new ValidationError(ID, attribute, Messages.ALREADY_TAKEN));
        }
    }

    private static String validatedUserId(ValidationContext context) {
        if (context instanceof UserProfileAttributeValidationContext profile) {
            UserModel user = profile.getAttributeContext().getUser();
            return user == null ? null : user.getId();
        }
        return null;
    }

    @Override
    public String getHelpText() {
        return "No other user of the realm holds the same value of this attribute";
    }
}
