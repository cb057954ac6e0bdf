package io.onewindow.platform.events.approval;

import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * Pre-review (预审) found the materials complete, and every e-license offered in place of paper was
 * checked with the e-license service; the case is ready to be accepted.
 *
 * @param licenseChecks how many e-license references were checked
 * @param passedAt when pre-review passed
 */
@EventType("onewindow.approval.PreReviewPassed.v1")
public record PreReviewPassed(
        String caseId, String caseNumber, String matterCode, String department, int licenseChecks, Instant passedAt)
        implements CaseEvent {}
