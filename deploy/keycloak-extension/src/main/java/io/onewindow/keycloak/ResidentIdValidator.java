package io.onewindow.keycloak;

import io.onewindow.platform.identity.InvalidIdentifierException;
import io.onewindow.platform.identity.ResidentIdNumber;
import org.keycloak.validate.ValidationContext;
import org.keycloak.validate.ValidationError;
import org.keycloak.validate.ValidatorConfig;

/**
 * {@value #ID}: a resident ID number as GB 11643 defines it (the platform's
 * {@link ResidentIdNumber}: 18 characters, a real birth date from 1900 on and not in the future,
 * the check character), issued in a real province (the first two digits, {@link ProvinceCodes}).
 * An empty value is left to the validators that decide whether the field is required.
 */
public final class ResidentIdValidator extends FilledValueValidator {

    /** The id under which the realm's user profile names this validator. */
    public static final String ID = "onewindow-resident-id";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    protected void doValidate(String value, String inputHint, ValidationContext context, ValidatorConfig config) {
        ResidentIdNumber number;
        try {
            number = ResidentIdNumber.of(value);
        } catch (InvalidIdentifierException e) {
            context.addError(new ValidationError(ID, inputHint, messageFor(e.code())));
            return;
        }
        if (!ProvinceCodes.isProvince(number.regionCode().substring(0, 2))) {
            context.addError(new ValidationError(ID, inputHint, Messages.RESIDENT_ID_REGION));
        }
    }

    private static String messageFor(String code) {
        return switch (code) {
            case ResidentIdNumber.BIRTH_DATE -> Messages.RESIDENT_ID_BIRTH_DATE;
            case ResidentIdNumber.CHECK_CHARACTER -> Messages.RESIDENT_ID_CHECK_CHARACTER;
            default -> Messages.RESIDENT_ID_FORMAT;
        };
    }

    @Override
    public String getHelpText() {
        return "GB 11643 resident ID number: format, birth date, province and check character";
    }
}
