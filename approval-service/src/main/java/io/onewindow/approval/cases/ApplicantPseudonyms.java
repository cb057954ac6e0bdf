package io.onewindow.approval.cases;

import io.onewindow.approval.ApprovalSettings;
import io.onewindow.approval.cases.domain.Applicant;
import io.onewindow.approval.catalog.domain.Subject;
import io.onewindow.platform.identity.IdentityPseudonyms;
import io.onewindow.platform.identity.ResidentIdNumber;
import io.onewindow.platform.identity.UnifiedSocialCreditCode;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The applicant's keyed pseudonym for {@code ApplicationSubmitted}: a person by their ID number, an
 * enterprise by its credit code, under the platform's shared pseudonym key, so supervision can
 * recognise the applicant of a case filed by an agent or at a window by hashing the caller's token
 * claim the same way, and nothing downstream needs the number itself.
 */
@Component
class ApplicantPseudonyms {

    /** The local default, shared with appointment-service and supervision-service. */
    static final String DEMO_KEY = "onewindow-local-demo-salt-change-me";

    private final IdentityPseudonyms pseudonyms;

    ApplicantPseudonyms(ApprovalSettings settings) {
        if (DEMO_KEY.equals(settings.pseudonymKey())) {
            LoggerFactory.getLogger(ApplicantPseudonyms.class)
                    .warn("onewindow.approval.pseudonym-key is the demo value: set ONEWINDOW_APPOINTMENT_HASH_SALT "
                            + "to the platform's secret outside the local run, or applicant pseudonyms can be"
                            + " recomputed");
        }
        this.pseudonyms = new IdentityPseudonyms(settings.pseudonymKey());
    }

    String of(Applicant applicant) {
        String code = applicant.code();
        if (applicant.type() == Subject.ENTERPRISE) {
            // An irregular code admitted by an audited override is hashed as it was given.
            return pseudonyms.ofCreditCode(
                    UnifiedSocialCreditCode.isValid(code)
                            ? UnifiedSocialCreditCode.of(code).value()
                            : code);
        }
        return pseudonyms.ofIdNumber(
                ResidentIdNumber.isValid(code) ? ResidentIdNumber.of(code).value() : code);
    }
}
