package io.onewindow.supervision.feedback;

import io.onewindow.platform.identity.IdentityPseudonyms;
import io.onewindow.platform.identity.ResidentIdNumber;
import io.onewindow.platform.identity.UnifiedSocialCreditCode;
import io.onewindow.platform.security.Caller;
import io.onewindow.supervision.config.SupervisionSettings;
import org.springframework.stereotype.Component;

/**
 * The platform's keyed pseudonyms of the caller (HMAC-SHA-256 of the ID number or credit code), so
 * supervision can tell whether a visit was booked for the caller, or a case filed for them, without
 * ever storing the number. Needs the same key as the appointment and approval services.
 */
@Component
class PrincipalHasher {

    private final IdentityPseudonyms pseudonyms;

    PrincipalHasher(SupervisionSettings settings) {
        this.pseudonyms = new IdentityPseudonyms(settings.principalHashSalt());
    }

    String hashOf(String idNumber) {
        return idNumber == null ? null : pseudonyms.ofIdNumber(idNumber);
    }

    /**
     * The caller's pseudonym as the approval service names an applicant: an enterprise case by the
     * token's credit code, any other by its ID number, each normalised as the value objects do.
     */
    String applicantHashOf(Caller caller, boolean enterpriseCase) {
        if (enterpriseCase) {
            String code = caller.creditCode();
            if (code == null) {
                return null;
            }
            return pseudonyms.ofCreditCode(
                    UnifiedSocialCreditCode.isValid(code)
                            ? UnifiedSocialCreditCode.of(code).value()
                            : code);
        }
        String id = caller.idNumber();
        if (id == null) {
            return null;
        }
        return pseudonyms.ofIdNumber(
                ResidentIdNumber.isValid(id) ? ResidentIdNumber.of(id).value() : id);
    }
}
