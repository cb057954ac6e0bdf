package io.onewindow.approval.internal;

import io.onewindow.approval.cases.CaseQueries;
import io.onewindow.approval.cases.domain.ApplicationCase;
import io.onewindow.approval.cases.domain.CaseState;
import io.onewindow.approval.cases.domain.Decision;
import io.onewindow.approval.cases.domain.SubmittedMaterial;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.service.UseCase;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What other OneWindow services may ask approval-service on their own behalf (role
 * {@code platform-service}, a client-credentials token; never a person): the facts of an approved
 * case, so the e-license service issues a license only for a case approval really approved and
 * prints the holder data from the source instead of from an event anyone on the topic could have
 * written; and the licenses a case cites, so the e-license service lets staff read a license's
 * data only for a case of their department that cites it. Each answer is logged as a read of the
 * case.
 */
@UseCase
public class ServiceCaseFacts {

    private final CaseQueries cases;

    ServiceCaseFacts(CaseQueries cases) {
        this.cases = cases;
    }

    /**
     * The facts of an approved case: what the license must print.
     *
     * @param status {@code APPROVED}, or {@code COMPLETED} when the approval has been delivered
     * @param holderName the applicant's name (person or enterprise)
     * @param holderCode the resident ID number or unified social credit code, in full
     * @param holderCodeType {@code 111} resident ID number, {@code 001} unified social credit code
     * @param faceData the license-face fields as approved (application form merged with the approver's)
     */
    public record ApprovedCase(
            String caseId,
            String caseNumber,
            String status,
            String matterCode,
            String matterName,
            int matterVersion,
            String department,
            String licenseTypeCode,
            String decidedBy,
            Instant decidedAt,
            String holderName,
            String holderCode,
            String holderCodeType,
            Map<String, String> faceData) {}

    /**
     * The licenses a case cites as materials, with what identifies the case's duty.
     *
     * @param status the case's state
     * @param licenseIdentifiers the GB/T 36904 identifiers given as materials (in place of paper)
     */
    public record Citations(
            String caseId,
            String caseNumber,
            String department,
            String matterCode,
            String status,
            List<String> licenseIdentifiers) {}

    /**
     * The approved case {@code caseId}: 404 {@code case} when there is none, 409
     * {@code internal.case-not-approved} when it was not (or not yet) approved.
     */
    public ApprovedCase approvedCase(String caseId, Caller service) {
        // A projection of the case, not the whole aggregate: e-license asks once per approval, on
        // the approval → license path (docs/bench.md, "approval → license, the confirmation call").
        CaseQueries.DecisionFacts c = cases.decisionForService(caseId, service, "service: approved case")
                .orElseThrow(() -> new NotFoundException("case", caseId));
        Decision decision = c.decision();
        boolean approved = decision != null
                && "APPROVED".equals(decision.outcome())
                && (c.state() == CaseState.APPROVED || c.state() == CaseState.COMPLETED);
        if (!approved) {
            throw new ConflictException(
                    "internal.case-not-approved", "case " + c.caseNumber() + " is " + c.state() + ", not approved");
        }
        return new ApprovedCase(
                c.caseId(),
                c.caseNumber(),
                c.state().name(),
                c.matterCode(),
                c.matterName(),
                c.matterVersion(),
                c.department(),
                c.licenseTypeCode(),
                decision.by(),
                decision.at(),
                c.applicant().name(),
                c.applicant().code(),
                c.applicant().codeType(),
                decision.faceData());
    }

    /** The licenses case {@code caseNumber} cites; 404 {@code case} when there is no such case. */
    public Citations citations(String caseNumber, Caller service) {
        ApplicationCase c = cases.byNumberForService(caseNumber, service, "service: cited licenses")
                .orElseThrow(() -> new NotFoundException("case", caseNumber));
        return new Citations(
                c.id(),
                c.caseNumber(),
                c.matter().department(),
                c.matter().code(),
                c.state().name(),
                c.materials().stream()
                        .map(SubmittedMaterial::licenseIdentifier)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList());
    }
}
