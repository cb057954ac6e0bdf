package io.onewindow.platform.events.approval;

import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * The applicant withdrew the application before a decision.
 *
 * @param stateBefore the state the case was in
 * @param reason the applicant's reason, may be blank
 * @param withdrawnBy username
 * @param withdrawnAt when
 */
@EventType("onewindow.approval.ApplicationWithdrawn.v1")
public record ApplicationWithdrawn(
        String caseId,
        String caseNumber,
        String matterCode,
        String department,
        String stateBefore,
        String reason,
        String withdrawnBy,
        Instant withdrawnAt)
        implements CaseEvent {}
