package io.onewindow.supervision.rules.domain;

import io.onewindow.supervision.alerts.domain.AlertCandidate;
import io.onewindow.supervision.alerts.domain.Severity;
import io.onewindow.supervision.cases.domain.CaseTimeline;
import io.onewindow.supervision.cases.domain.TimelineEntry;
import java.util.List;

/**
 * Rule 3 — repeated returns: missing materials are listed all at once (一次性告知), so more than
 * {@code maxNotices} (1) correction notices on one case is flagged; serious unless the officer
 * recorded why (then a warning for review).
 */
public final class RepeatedCorrectionRule implements CaseRule {

    public static final int NUMBER = 3;
    public static final String CODE = "correction.repeated";

    private final boolean enabled;
    private final int maxNotices;

    public RepeatedCorrectionRule(boolean enabled, int maxNotices) {
        if (maxNotices < 1) {
            throw new IllegalArgumentException("max-notices must be at least 1");
        }
        this.enabled = enabled;
        this.maxNotices = maxNotices;
    }

    @Override
    public int number() {
        return NUMBER;
    }

    @Override
    public List<AlertCandidate> evaluate(CaseTimeline c, RuleContext ctx) {
        List<TimelineEntry> notices = c.entries().stream()
                .filter(entry -> entry.type().equals("CorrectionRequested"))
                .toList();
        if (!enabled || notices.size() <= maxNotices) {
            return List.of();
        }
        TimelineEntry breaking = notices.get(maxNotices);
        return List.of(Candidates.ofCase(
                NUMBER,
                CODE,
                c,
                c.extraCorrectionJustified() ? Severity.WARNING : Severity.SERIOUS,
                notices.stream().map(TimelineEntry::eventId).toList(),
                notices.stream().map(TimelineEntry::actor).toList(),
                breaking.at(),
                notices.size() + " correction notices" + (c.extraCorrectionJustified() ? " (justified)" : "")));
    }
}
