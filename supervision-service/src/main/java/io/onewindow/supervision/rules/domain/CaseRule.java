package io.onewindow.supervision.rules.domain;

import io.onewindow.supervision.alerts.domain.AlertCandidate;
import io.onewindow.supervision.alerts.domain.AlertClosure;
import io.onewindow.supervision.cases.domain.CaseTimeline;
import java.util.List;

/** A supervision rule that looks at one case. Evaluated on every event of the case and on the sweep. */
public interface CaseRule {

    /** The rule's number in docs/supervision-service.md. */
    int number();

    /** What the rule finds now; an empty list when the case is in order. */
    List<AlertCandidate> evaluate(CaseTimeline timeline, RuleContext context);

    /**
     * The alerts of this rule that the case has settled without a breach and that close themselves
     * (if they exist and are still open); none by default.
     */
    default List<AlertClosure> settled(CaseTimeline timeline, RuleContext context) {
        return List.of();
    }
}
