package io.onewindow.supervision.feedback;

import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.identity.UnifiedSocialCreditCode;
import io.onewindow.platform.security.Caller;
import io.onewindow.supervision.cases.CaseSupervision;
import io.onewindow.supervision.cases.domain.CaseTimeline;
import io.onewindow.supervision.config.SupervisionSettings;
import io.onewindow.supervision.visits.VisitSupervision;
import io.onewindow.supervision.visits.domain.Visit;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Whose case or visit it is: ownership comes from the events, compared with the token. Another
 * person's case or booking is "not found", never confirmed.
 */
@Component
class Ownership {

    private final CaseSupervision cases;
    private final VisitSupervision visits;
    private final PrincipalHasher hasher;
    private final SupervisionSettings settings;

    Ownership(CaseSupervision cases, VisitSupervision visits, PrincipalHasher hasher, SupervisionSettings settings) {
        this.cases = cases;
        this.visits = visits;
        this.hasher = hasher;
        this.settings = settings;
    }

    CaseTimeline ownCase(Caller caller, String caseId) {
        return cases.findIfKnown(caseId)
                .filter(c -> c.applicant()
                        .isApplicant(
                                caller.username(),
                                maskedIdOrCode(caller, c),
                                hasher.applicantHashOf(
                                        caller,
                                        "ENTERPRISE".equals(c.applicant().type()))))
                .orElseThrow(() -> new NotFoundException("case", caseId));
    }

    Visit ownVisit(Caller caller, String bookingId) {
        String hash = hasher.hashOf(caller.idNumber());
        return visits.find(bookingId)
                .filter(v -> v.isFor(hash))
                .orElseThrow(() -> new NotFoundException("booking", bookingId));
    }

    /** A case whoever's it is, for complaints an operator records. */
    Optional<CaseTimeline> anyCase(String caseId) {
        return cases.findIfKnown(caseId);
    }

    /** A visit whoever's it is, for complaints an operator records. */
    Optional<Visit> anyVisit(String bookingId) {
        return visits.find(bookingId);
    }

    // Visits booked before appointment events named the department go to the default one.
    String departmentOf(Visit visit) {
        return visit.department() == null ? settings.defaultDepartment() : visit.department();
    }

    // An enterprise applies under its credit code, a person under their ID number; both masked alike.
    private static String maskedIdOrCode(Caller caller, CaseTimeline c) {
        if ("ENTERPRISE".equals(c.applicant().type()) && caller.creditCode() != null) {
            return UnifiedSocialCreditCode.of(caller.creditCode()).masked();
        }
        return caller.maskedIdNumber();
    }
}
