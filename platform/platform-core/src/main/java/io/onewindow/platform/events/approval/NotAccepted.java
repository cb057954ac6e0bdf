package io.onewindow.platform.events.approval;

import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * The application was not accepted (不予受理). The service requires a reason; the legal basis is
 * carried as given, and may be blank so that supervision can flag a refusal without one.
 *
 * @param reason why
 * @param legalBasis the provision relied on; may be blank
 * @param by username of the officer
 * @param at when
 */
@EventType("onewindow.approval.NotAccepted.v1")
public record NotAccepted(
        String caseId,
        String caseNumber,
        String matterCode,
        String department,
        String reason,
        String legalBasis,
        String by,
        Instant at)
        implements CaseEvent {}
