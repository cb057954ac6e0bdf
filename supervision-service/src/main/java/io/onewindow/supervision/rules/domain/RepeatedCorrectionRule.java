package io.onewindow.supervision.rules.domain;

import io.onewindow.platform.rules.CorrectionRule;
import io.onewindow.supervision.alerts.domain.AlertCandidate;
import io.onewindow.supervision.alerts.domain.Severity;
import io.onewindow.supervision.cases.domain.CaseTimeline;
import io.onewindow.supervision.cases.domain.CorrectionNotice;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Rule 3 — repeated returns (一次性告知): everything missing is listed in the first notice. Each
 * correction notice past the first {@code maxNotices} is judged with the platform's
 * {@link CorrectionRule}, the rule the approval service applies when the notice is given, so the
 * two services cannot disagree:
 *
 * <ul>
 *   <li>a notice that only repeats items of earlier notices (still defective) is lawful: no alert;
 *   <li>a notice naming new items with the officer's recorded reason is lawful but reviewed: WARNING;
 *   <li>a notice naming new items without a reason breaks the rule: SERIOUS.
 * </ul>
 *
 * The first notice that names new items raises the case's one alert of this rule, with its verdict's
 * severity and its time; a later one does not change it (an alert is raised once per rule and case).
 * With {@code maxNotices} above 1, the notices within it are not judged at all.
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
        List<CorrectionNotice> notices = c.corrections();
        if (!enabled || notices.size() <= maxNotices) {
            return List.of();
        }
        Set<String> earlier = new LinkedHashSet<>();
        for (int i = 0; i < notices.size(); i++) {
            CorrectionNotice notice = notices.get(i);
            CorrectionRule.Judgement judgement =
                    CorrectionRule.judge(notice.sequence(), earlier, notice.materialCodes(), notice.justification());
            if (i >= maxNotices) {
                Optional<Severity> severity = severityOf(judgement.verdict());
                if (severity.isPresent()) {
                    return List.of(alert(c, notices.subList(0, i + 1), judgement, severity.get()));
                }
            }
            earlier.addAll(notice.materialCodes());
        }
        return List.of();
    }

    /** The severity of the alert a verdict raises; none for a lawful notice with nothing to review. */
    static Optional<Severity> severityOf(CorrectionRule.Verdict verdict) {
        return switch (verdict) {
            case FIRST_NOTICE, REPEATS_EARLIER_ITEMS -> Optional.empty();
            case NEW_ITEMS_JUSTIFIED -> Optional.of(Severity.WARNING);
            case NEW_ITEMS_UNJUSTIFIED -> Optional.of(Severity.SERIOUS);
        };
    }

    private static AlertCandidate alert(
            CaseTimeline c, List<CorrectionNotice> upTo, CorrectionRule.Judgement judgement, Severity severity) {
        CorrectionNotice breaking = upTo.get(upTo.size() - 1);
        List<String> involved = new ArrayList<>(new LinkedHashSet<>(
                upTo.stream().map(CorrectionNotice::requestedBy).toList()));
        boolean justified = judgement.verdict() == CorrectionRule.Verdict.NEW_ITEMS_JUSTIFIED;
        return Candidates.ofCase(
                NUMBER,
                CODE,
                c,
                severity,
                upTo.stream().map(CorrectionNotice::eventId).toList(),
                involved,
                breaking.requestedAt(),
                "correction notice " + breaking.sequence() + " names new items " + judgement.newItems()
                        + (justified ? " (justified)" : " without a recorded reason"));
    }
}
