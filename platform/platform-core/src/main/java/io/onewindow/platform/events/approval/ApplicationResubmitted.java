package io.onewindow.platform.events.approval;

import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * The applicant answered a correction notice with new materials; the case is back in pre-review.
 *
 * @param answersSequence the sequence number of the correction notice answered
 * @param resubmittedBy username of the applicant or agent
 * @param resubmittedAt when
 */
@EventType("onewindow.approval.ApplicationResubmitted.v1")
public record ApplicationResubmitted(
        String caseId,
        String caseNumber,
        String matterCode,
        String department,
        int answersSequence,
        String resubmittedBy,
        Instant resubmittedAt)
        implements CaseEvent {}
