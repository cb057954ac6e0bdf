package io.onewindow.supervision.feedback;

import io.onewindow.platform.identity.IdentityPseudonyms;
import io.onewindow.supervision.config.SupervisionSettings;
import org.springframework.stereotype.Component;

/**
 * The appointment service's keyed hash of an ID number (HMAC-SHA-256 over {@code "id:" + number}),
 * so supervision can tell whether a visit was booked for the caller without ever storing the
 * number. Needs the same key as the appointment service.
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
}
