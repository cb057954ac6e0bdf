package io.onewindow.approval.cases.domain;

import io.onewindow.approval.catalog.domain.MatterDefinition;
import io.onewindow.platform.events.approval.Channel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything a case ({@link ApplicationCase}) holds, flat, under the field names it has always been stored with: the
 * store keeps this record and rebuilds the case from it.
 */
public record CaseSnapshot(
        String id,
        String caseNumber,
        MatterDefinition matter,
        int matterVersion,
        Applicant applicant,
        String agent,
        String filedBy,
        Channel channel,
        Map<String, String> formData,
        List<SubmittedMaterial> materials,
        CaseState state,
        PreReviewStatus preReview,
        List<String> defects,
        Instant receivedAt,
        LocalDate receivedOn,
        LocalDate art32Deadline,
        List<CorrectionNotice> corrections,
        Instant acceptedAt,
        LocalDate acceptedOn,
        boolean acceptedAutomatically,
        String acceptedBy,
        int extensionWorkingDays,
        String extensionReason,
        List<Suspension> suspensions,
        List<CompletedStep> completedSteps,
        Decision decision,
        Instant closedAt,
        LocalDate closedOn,
        List<AuditLink> audit,
        Set<Integer> officialYearsCounted,
        Visit visit,
        Delivery delivery,
        LinkedFiling linked) {

    /** The case as it is stored. */
    static CaseSnapshot of(ApplicationCase c) {
        StatutoryClock clock = c.statutoryClock();
        return new CaseSnapshot(
                c.id(),
                c.caseNumber(),
                c.matter(),
                c.matterVersion(),
                c.applicant(),
                c.particulars().agent(),
                c.particulars().filedBy(),
                c.particulars().channel(),
                c.particulars().formData(),
                c.materials(),
                c.state(),
                c.preReviewStatus(),
                c.defects(),
                clock.receivedAt(),
                clock.receivedOn(),
                clock.art32Deadline(),
                c.corrections(),
                clock.acceptedAt(),
                clock.acceptedOn(),
                clock.acceptedAutomatically(),
                clock.acceptedBy(),
                clock.extensionWorkingDays(),
                clock.extensionReason(),
                clock.suspensions(),
                c.completedSteps(),
                c.decision(),
                clock.closedAt(),
                clock.closedOn(),
                c.audit(),
                clock.officialYearsCounted(),
                c.particulars().visit(),
                c.delivery(),
                c.particulars().linked());
    }

    /** A case just filed, before it is received: in pre-review, nothing else happened yet. */
    static CaseSnapshot filed(Filing f) {
        return new CaseSnapshot(
                f.id(),
                f.caseNumber(),
                f.matter(),
                f.matterVersion(),
                f.applicant(),
                f.agent(),
                f.filedBy().username(),
                f.channel(),
                f.formData(),
                f.materials(),
                CaseState.PRE_REVIEW,
                null,
                List.of(),
                null,
                null,
                null,
                List.of(),
                null,
                null,
                false,
                null,
                0,
                null,
                List.of(),
                List.of(),
                null,
                null,
                null,
                List.of(),
                null,
                f.visit(),
                null,
                f.linked());
    }
}
