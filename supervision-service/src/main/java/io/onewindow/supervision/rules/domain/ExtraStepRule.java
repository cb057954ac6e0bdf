package io.onewindow.supervision.rules.domain;

import io.onewindow.supervision.alerts.domain.AlertCandidate;
import io.onewindow.supervision.alerts.domain.Severity;
import io.onewindow.supervision.cases.domain.CaseTimeline;
import io.onewindow.supervision.cases.domain.StepRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule 5 (cases) — an extra step: an action on the case that its published catalog version does
 * not contain, by the producer's own flag or by comparison with the version's step list.
 */
public final class ExtraStepRule implements CaseRule {

    public static final int NUMBER = 5;
    public static final String CODE = "catalog.extra-step";

    private final boolean enabled;

    public ExtraStepRule(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public int number() {
        return NUMBER;
    }

    @Override
    public List<AlertCandidate> evaluate(CaseTimeline c, RuleContext ctx) {
        List<AlertCandidate> found = new ArrayList<>();
        if (!enabled) {
            return found;
        }
        for (StepRecord step : c.steps()) {
            boolean outside = !step.inCatalog()
                    || ctx.matter().map(m -> !m.hasStep(step.code())).orElse(false);
            if (outside) {
                found.add(Candidates.ofCase(
                        NUMBER,
                        CODE,
                        c,
                        "STEP",
                        c.id() + "/" + step.code(),
                        Severity.SERIOUS,
                        List.of(step.eventId()),
                        List.of(step.performedBy() == null ? "" : step.performedBy()),
                        step.at(),
                        "step " + step.code() + " is not in the published catalog version"));
            }
        }
        return found;
    }
}
