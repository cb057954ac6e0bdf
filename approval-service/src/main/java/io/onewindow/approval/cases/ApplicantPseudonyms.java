package io.onewindow.approval.cases;

import io.onewindow.approval.cases.domain.Applicant;
import io.onewindow.approval.catalog.domain.Subject;
import io.onewindow.platform.identity.IdentityPseudonyms;
import org.springframework.stereotype.Component;

/**
 * The applicant's keyed pseudonym for {@code ApplicationSubmitted}: a person by their ID number, an
 * enterprise by its credit code, under the platform's shared pseudonym key, so supervision can
 * recognise the applicant of a case filed by an agent or at a window by hashing the caller's token
 * claim the same way, and nothing downstream needs the number itself.
 */
@Component
class ApplicantPseudonyms {

    private final IdentityPseudonyms pseudonyms;

    ApplicantPseudonyms(IdentityPseudonyms pseudonyms) {
        this.pseudonyms = pseudonyms;
    }

    String of(Applicant applicant) {
        return pseudonyms.ofApplicant(applicant.code(), applicant.type() == Subject.ENTERPRISE);
    }

    /**
     * Whether the person {@code idNumber} is the one a stored ID-number pseudonym names, under the
     * current key or an earlier one still configured.
     */
    boolean isPerson(String idNumber, String storedPseudonym) {
        return storedPseudonym != null && pseudonyms.matches(storedPseudonym, p -> p.ofIdNumber(idNumber));
    }
}
