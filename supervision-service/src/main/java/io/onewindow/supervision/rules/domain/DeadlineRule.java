package io.onewindow.supervision.rules.domain;

import io.onewindow.supervision.alerts.domain.AlertCandidate;
import io.onewindow.supervision.alerts.domain.AlertClosure;
import io.onewindow.supervision.alerts.domain.Severity;
import io.onewindow.supervision.cases.domain.CardColour;
import io.onewindow.supervision.cases.domain.CaseTimeline;
import io.onewindow.supervision.cases.domain.StepRecord;
import io.onewindow.supervision.catalog.domain.MatterDefinition;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rule 1 — overdue and near-deadline (the cards): a yellow card warns, a red card and a missed
 * statutory limit are serious, and a step over its own limit warns even when the total is in
 * time (docs/domain/supervision-rules.md, rule 1). A step still open is measured from the end of the previous one.
 * A case decided on the spot never shows a yellow card, so it is never warned about; a warning
 * whose case then completed within the promised limit closes itself ({@link #settled}).
 */
public final class DeadlineRule implements CaseRule {

    public static final int NUMBER = 1;
    public static final String NEAR_PROMISED = "deadline.near-promised";
    public static final String OVERDUE_PROMISED = "deadline.overdue-promised";
    public static final String OVERDUE_STATUTORY = "deadline.overdue-statutory";
    public static final String STEP_OVERDUE = "deadline.step-overdue";

    private final boolean enabled;

    public DeadlineRule(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public int number() {
        return NUMBER;
    }

    @Override
    public List<AlertCandidate> evaluate(CaseTimeline c, RuleContext ctx) {
        List<AlertCandidate> found = new ArrayList<>();
        if (!enabled || c.acceptedAt() == null || c.deadlines().promisedDueDate() == null) {
            return found;
        }
        List<String> evidence = c.eventIdsOf("ApplicationAccepted");
        if (evidence.isEmpty()) {
            evidence = c.eventIdsOf("PartnerMilestoneReported");
        }
        List<String> involved = List.of(nonNull(c.acceptedBy()));
        CardColour card = ctx.clock().cardOf(c, ctx.today());
        if (card == CardColour.RED) {
            found.add(candidate(
                    c,
                    OVERDUE_PROMISED,
                    "CASE",
                    c.id(),
                    Severity.SERIOUS,
                    evidence,
                    involved,
                    ctx.endOf(c.deadlines().promisedDueDate()),
                    "promised limit passed on " + c.deadlines().promisedDueDate()));
        } else if (card == CardColour.YELLOW && c.completedAt() == null) {
            found.add(candidate(
                    c,
                    NEAR_PROMISED,
                    "CASE",
                    c.id(),
                    Severity.WARNING,
                    evidence,
                    involved,
                    yellowSince(c, ctx),
                    "promised limit ends on " + c.deadlines().promisedDueDate()));
        }
        if (ctx.clock().pastStatutoryLimit(c, ctx.today())) {
            found.add(candidate(
                    c,
                    OVERDUE_STATUTORY,
                    "CASE",
                    c.id(),
                    Severity.SERIOUS,
                    evidence,
                    involved,
                    ctx.endOf(c.deadlines().statutoryDueDate()),
                    "statutory limit passed on " + c.deadlines().statutoryDueDate()));
        }
        for (StepRecord step : c.steps()) {
            if (step.overLimit()) {
                found.add(candidate(
                        c,
                        STEP_OVERDUE,
                        "STEP",
                        c.id() + "/" + step.code(),
                        Severity.WARNING,
                        List.of(step.eventId()),
                        List.of(nonNull(step.performedBy())),
                        step.at(),
                        "step " + step.code() + " took " + step.workingDaysTaken() + " of " + step.limitWorkingDays()
                                + " working days"));
            }
        }
        openStepOverLimit(c, ctx).ifPresent(found::add);
        return found;
    }

    /**
     * The near-deadline warning closes itself once its case completed within the promised limit it
     * warned about (on the due date or before), with the completion as the moment and the reason; a
     * late completion leaves it open (the overdue alert then says the rest).
     */
    @Override
    public List<AlertClosure> settled(CaseTimeline c, RuleContext ctx) {
        if (!enabled
                || c.completedAt() == null
                || c.acceptedAt() == null
                || c.deadlines().promisedDueDate() == null) {
            return List.of();
        }
        LocalDate completed = ctx.dateOf(c.completedAt());
        LocalDate due = c.deadlines().promisedDueDate();
        if (ctx.clock().cards().overdue(completed, due)) {
            return List.of();
        }
        return List.of(new AlertClosure(
                AlertCandidate.idOf(NEAR_PROMISED, "CASE", c.id()),
                "case completed on " + completed + ", within the promised limit ending " + due,
                c.completedAt()));
    }

    // The day the yellow threshold (CardRule) was crossed, so a replay on a later day names the same moment.
    private static Instant yellowSince(CaseTimeline c, RuleContext ctx) {
        LocalDate accepted = ctx.dateOf(c.acceptedAt());
        int limit = ctx.clock().promisedLimit(c);
        int threshold = ctx.clock().cards().yellowFrom(limit);
        LocalDate day = ctx.calendar()
                .addWorkingDays(accepted, threshold + c.deadlines().pausedWorkingDays());
        return day.atStartOfDay(ctx.zone()).toInstant();
    }

    private static Optional<AlertCandidate> openStepOverLimit(CaseTimeline c, RuleContext ctx) {
        if (c.completedAt() != null
                || c.decidedAt() != null
                || c.deadlines().suspendedSince() != null
                || ctx.matter().isEmpty()) {
            return Optional.empty();
        }
        MatterDefinition matter = ctx.matter().get();
        List<StepRecord> done = c.steps();
        List<String> doneCodes = done.stream().map(StepRecord::code).toList();
        MatterDefinition.Step open = matter.steps().stream()
                .filter(step -> !doneCodes.contains(step.code()))
                .findFirst()
                .orElse(null);
        if (open == null || open.limitWorkingDays() <= 0) {
            return Optional.empty();
        }
        Instant startedAt =
                done.isEmpty() ? c.acceptedAt() : done.get(done.size() - 1).at();
        LocalDate started = ctx.dateOf(startedAt);
        if (!ctx.today().isAfter(started)) {
            return Optional.empty();
        }
        int taken = ctx.calendar().workingDaysBetween(started, ctx.today()).value();
        if (taken <= open.limitWorkingDays()) {
            return Optional.empty();
        }
        LocalDate limitDay = ctx.calendar().addWorkingDays(started, open.limitWorkingDays());
        return Optional.of(candidate(
                c,
                STEP_OVERDUE,
                "STEP",
                c.id() + "/" + open.code(),
                Severity.WARNING,
                c.eventIdsOf("ApplicationAccepted"),
                List.of(),
                ctx.endOf(limitDay),
                "step " + open.code() + " open for more than " + open.limitWorkingDays() + " working days"));
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private static AlertCandidate candidate(
            CaseTimeline c,
            String code,
            String subjectType,
            String subjectId,
            Severity severity,
            List<String> evidence,
            List<String> involved,
            Instant raisedAt,
            String summary) {
        return Candidates.ofCase(
                NUMBER, code, c, subjectType, subjectId, severity, evidence, involved, raisedAt, summary);
    }
}
