package io.onewindow.keycloak;

import java.util.regex.Pattern;
import org.keycloak.validate.ValidationContext;
import org.keycloak.validate.ValidationError;
import org.keycloak.validate.ValidatorConfig;

/**
 * {@value #ID}: a mainland China mobile number, 11 ASCII digits starting {@code 13}–{@code 19},
 * without country code, spaces or hyphens (the form a notice by SMS is sent to).
 */
public final class MobileNumberValidator extends FilledValueValidator {

    /** The id under which the realm's user profile names this validator. */
    public static final String ID = "onewindow-mobile";

    private static final Pattern MAINLAND_MOBILE = Pattern.compile("1[3-9][0-9]{9}");

    @Override
    public String getId() {
        return ID;
    }

    @Override
    protected void doValidate(String value, String inputHint, ValidationContext context, ValidatorConfig config) {
        if (!MAINLAND_MOBILE.matcher(value).matches()) {
            context.addError(new ValidationError(ID, inputHint, Messages.MOBILE_FORMAT));
        }
    }

    @Override
    public String getHelpText() {
        return "Mainland China mobile number: 11 digits, 13x to 19x";
    }
}
