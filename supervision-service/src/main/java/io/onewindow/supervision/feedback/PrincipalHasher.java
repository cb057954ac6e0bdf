package io.onewindow.supervision.feedback;

import io.onewindow.platform.identity.IdentityPseudonyms;
import io.onewindow.platform.security.Caller;
import org.springframework.stereotype.Component;

/**
 * The platform's keyed pseudonyms of the caller (HMAC-SHA-256 of the ID number or credit code), so
 * supervision can tell whether a visit was booked for the caller, or a case filed for them, without
 * ever storing the number. Needs the same key as the appointment and approval services.
 */
@Component
class PrincipalHasher {

    private final IdentityPseudonyms pseudonyms;

    PrincipalHasher(IdentityPseudonyms pseudonyms) {
        this.pseudonyms = pseudonyms;
    }

    String hashOf(String idNumber) {
        return idNumber == null ? null : pseudonyms.ofIdNumber(idNumber);
    }

    /**
     * The caller's pseudonym as the approval service names an applicant: an enterprise case by the
     * token's credit code, any other by its ID number ({@link IdentityPseudonyms#ofApplicant}).
     */
    String applicantHashOf(Caller caller, boolean enterpriseCase) {
        String code = enterpriseCase ? caller.creditCode() : caller.idNumber();
        return code == null ? null : pseudonyms.ofApplicant(code, enterpriseCase);
    }
}
