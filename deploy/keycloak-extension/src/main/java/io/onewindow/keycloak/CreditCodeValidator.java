package io.onewindow.keycloak;

import io.onewindow.platform.identity.InvalidIdentifierException;
import io.onewindow.platform.identity.UnifiedSocialCreditCode;
import org.keycloak.validate.ValidationContext;
import org.keycloak.validate.ValidationError;
import org.keycloak.validate.ValidatorConfig;

/**
 * {@value #ID}: a unified social credit code as GB 32100 defines it (the platform's
 * {@link UnifiedSocialCreditCode}: 18 characters of its alphabet and the check character). A code
 * whose check character does not match is refused here; admitting one is an officer's audited
 * decision, never a self-registration.
 */
public final class CreditCodeValidator extends FilledValueValidator {

    /** The id under which the realm's user profile names this validator. */
    public static final String ID = "onewindow-credit-code";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    protected void doValidate(String value, String inputHint, ValidationContext context, ValidatorConfig config) {
        try {
            UnifiedSocialCreditCode.of(value);
        } catch (InvalidIdentifierException e) {
            String message = UnifiedSocialCreditCode.CHECK_CHARACTER.equals(e.code())
                    ? Messages.CREDIT_CODE_CHECK_CHARACTER
                    : Messages.CREDIT_CODE_FORMAT;
            context.addError(new ValidationError(ID, inputHint, message));
        }
    }

    @Override
    public String getHelpText() {
        return "GB 32100 unified social credit code: alphabet and check character";
    }
}
