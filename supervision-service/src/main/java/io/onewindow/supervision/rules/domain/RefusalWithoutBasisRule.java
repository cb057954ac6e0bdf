package io.onewindow.supervision.rules.domain;

import io.onewindow.supervision.alerts.domain.AlertCandidate;
import io.onewindow.supervision.alerts.domain.Severity;
import io.onewindow.supervision.cases.domain.CaseTimeline;
import java.util.ArrayList;
import java.util.List;

/** Rule 4 — a case not accepted or denied without a reason or without a legal basis. */
public final class RefusalWithoutBasisRule implements CaseRule {

    public static final int NUMBER = 4;
    public static final String CODE = "refusal.without-basis";

    private final boolean enabled;

    public RefusalWithoutBasisRule(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public int number() {
        return NUMBER;
    }

    @Override
    public List<AlertCandidate> evaluate(CaseTimeline c, RuleContext ctx) {
        if (!enabled || c.decidedAt() == null) {
            return List.of();
        }
        boolean refused = "NOT_ACCEPTED".equals(c.outcome()) || "DENIED".equals(c.outcome());
        if (!refused || (!blank(c.refusalReason()) && !blank(c.refusalLegalBasis()))) {
            return List.of();
        }
        List<String> evidence = new ArrayList<>(c.eventIdsOf("NotAccepted"));
        evidence.addAll(c.eventIdsOf("ApplicationDenied"));
        String missing = blank(c.refusalReason()) ? "reason" : "legal basis";
        return List.of(Candidates.ofCase(
                NUMBER,
                CODE,
                c,
                Severity.SERIOUS,
                evidence,
                List.of(c.decidedBy() == null ? "" : c.decidedBy()),
                c.decidedAt(),
                c.outcome() + " without a " + missing));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
