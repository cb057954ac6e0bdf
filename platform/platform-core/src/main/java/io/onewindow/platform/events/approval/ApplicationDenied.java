package io.onewindow.platform.events.approval;

import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * The application was denied after review. A reason is required; the legal basis is carried as
 * given and may be blank, so that supervision can flag a denial without one.
 *
 * @param reason why
 * @param legalBasis the provision relied on; may be blank
 * @param decidedBy username of the approver
 * @param decidedAt when
 */
@EventType("onewindow.approval.ApplicationDenied.v1")
public record ApplicationDenied(
        String caseId,
        String caseNumber,
        String matterCode,
        String department,
        String reason,
        String legalBasis,
        String decidedBy,
        Instant decidedAt)
        implements CaseEvent {}
