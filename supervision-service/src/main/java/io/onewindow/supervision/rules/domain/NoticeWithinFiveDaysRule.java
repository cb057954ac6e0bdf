package io.onewindow.supervision.rules.domain;

import io.onewindow.supervision.alerts.domain.AlertCandidate;
import io.onewindow.supervision.alerts.domain.Severity;
import io.onewindow.supervision.cases.domain.CaseState;
import io.onewindow.supervision.cases.domain.CaseTimeline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule 2 — Administrative License Law art. 32: within {@code noticeWorkingDays} (5) working days of
 * receipt the applicant gets an acceptance, a refusal or a correction notice. Fires when that
 * time passed in silence, when the first notice came late, and when the case was accepted by law
 * because nobody answered.
 */
public final class NoticeWithinFiveDaysRule implements CaseRule {

    public static final int NUMBER = 2;
    public static final String CODE = "art32.no-notice-in-time";

    private final boolean enabled;
    private final int noticeWorkingDays;

    public NoticeWithinFiveDaysRule(boolean enabled, int noticeWorkingDays) {
        if (noticeWorkingDays < 1) {
            throw new IllegalArgumentException("notice-working-days must be at least 1");
        }
        this.enabled = enabled;
        this.noticeWorkingDays = noticeWorkingDays;
    }

    @Override
    public int number() {
        return NUMBER;
    }

    @Override
    public List<AlertCandidate> evaluate(CaseTimeline c, RuleContext ctx) {
        if (!enabled || c.receivedAt() == null) {
            return List.of();
        }
        LocalDate deadline = ctx.calendar().addWorkingDays(ctx.dateOf(c.receivedAt()), noticeWorkingDays);
        List<String> evidence = new ArrayList<>(c.eventIdsOf("ApplicationSubmitted"));
        String summary;
        if (c.automaticAcceptance()) {
            evidence.addAll(c.eventIdsOf("ApplicationAccepted"));
            summary = "accepted by law: no notice within " + noticeWorkingDays + " working days of receipt";
        } else if (c.firstNoticeAt() != null) {
            if (!ctx.dateOf(c.firstNoticeAt()).isAfter(deadline)) {
                return List.of();
            }
            summary = "first notice given after " + deadline;
        } else {
            if (!ctx.today().isAfter(deadline) || c.state() == CaseState.WITHDRAWN) {
                return List.of();
            }
            summary = "no acceptance or correction notice by " + deadline;
        }
        return List.of(Candidates.ofCase(
                NUMBER, CODE, c, Severity.SERIOUS, evidence, List.of(), ctx.endOf(deadline), summary));
    }
}
