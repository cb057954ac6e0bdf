package io.onewindow.supervision.rules.domain;

import io.onewindow.supervision.alerts.domain.AlertCandidate;
import io.onewindow.supervision.alerts.domain.AlertClosure;
import io.onewindow.supervision.alerts.domain.Severity;
import io.onewindow.supervision.cases.domain.CaseTimeline;
import io.onewindow.supervision.cases.domain.TimelineEntry;
import io.onewindow.supervision.majorprojects.domain.MajorProject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rule 22 — major projects (重大项目) are watched closer. Every step of a flagged case (each event on
 * its timeline that happened while the flag was on) raises one {@code major-project.step} alert
 * (INFO) with the event as evidence; and while the flag is on and the case is running, a
 * near-deadline warning comes {@code warnWorkingDaysBefore} working days before the promised
 * ({@code major-project.near-promised}) and the statutory ({@code major-project.near-statutory})
 * due date, earlier than the yellow card of rule 1. These alerts are for inspectors only: the
 * department never sees them, so it never learns that the case is flagged. A warning closes itself
 * when its case completed on or before the due date it warned about.
 */
public final class MajorProjectRule implements CaseRule {

    public static final int NUMBER = 22;
    public static final String STEP = "major-project.step";
    public static final String NEAR_PROMISED = "major-project.near-promised";
    public static final String NEAR_STATUTORY = "major-project.near-statutory";

    private final int warnWorkingDaysBefore;

    public MajorProjectRule(int warnWorkingDaysBefore) {
        if (warnWorkingDaysBefore < 0) {
            throw new IllegalArgumentException("warnWorkingDaysBefore must not be negative");
        }
        this.warnWorkingDaysBefore = warnWorkingDaysBefore;
    }

    @Override
    public int number() {
        return NUMBER;
    }

    @Override
    public List<AlertCandidate> evaluate(CaseTimeline c, RuleContext ctx) {
        List<AlertCandidate> found = new ArrayList<>();
        if (ctx.majorProject().isEmpty()) {
            return found;
        }
        MajorProject project = ctx.majorProject().get();
        for (TimelineEntry entry : c.entries()) {
            if (entry.eventId() != null && project.watchedAt(entry.at())) {
                found.add(Candidates.ofCase(
                        NUMBER,
                        STEP,
                        c,
                        "EVENT",
                        c.id() + "/" + entry.eventId(),
                        Severity.INFO,
                        List.of(entry.eventId()),
                        List.of(),
                        entry.at(),
                        "major project: " + entry.type() + (entry.actor() == null ? "" : " by " + entry.actor())));
            }
        }
        // Watched on the day judged: flagged on or before its end, not taken off since.
        if (c.acceptedAt() == null || c.completedAt() != null || !project.watchedAt(endOfDay(ctx))) {
            return found;
        }
        near(c, ctx, c.deadlines().promisedDueDate(), NEAR_PROMISED, "promised").ifPresent(found::add);
        near(c, ctx, c.deadlines().statutoryDueDate(), NEAR_STATUTORY, "statutory")
                .ifPresent(found::add);
        return found;
    }

    /** Whether {@code today} is within the warning distance of {@code due} and not past it. */
    public boolean nearDue(LocalDate today, LocalDate due, RuleContext ctx) {
        if (due == null || today.isAfter(due)) {
            return false;
        }
        return ctx.calendar().workingDaysBetween(today, due).value() <= warnWorkingDaysBefore;
    }

    private Optional<AlertCandidate> near(CaseTimeline c, RuleContext ctx, LocalDate due, String code, String which) {
        if (!nearDue(ctx.today(), due, ctx)) {
            return Optional.empty();
        }
        return Optional.of(Candidates.ofCase(
                NUMBER,
                code,
                c,
                Severity.WARNING,
                evidenceOf(c),
                List.of(),
                ctx.today().atStartOfDay(ctx.zone()).toInstant(),
                "major project: " + which + " limit ends on " + due + " (warned " + warnWorkingDaysBefore
                        + " working days before)"));
    }

    /** The warnings close themselves once the case completed on or before the due date each warned about. */
    @Override
    public List<AlertClosure> settled(CaseTimeline c, RuleContext ctx) {
        if (c.completedAt() == null || ctx.majorProject().isEmpty()) {
            return List.of();
        }
        LocalDate completed = ctx.dateOf(c.completedAt());
        List<AlertClosure> closures = new ArrayList<>();
        closeIfInTime(c, completed, c.deadlines().promisedDueDate(), NEAR_PROMISED, closures);
        closeIfInTime(c, completed, c.deadlines().statutoryDueDate(), NEAR_STATUTORY, closures);
        return closures;
    }

    private static void closeIfInTime(
            CaseTimeline c, LocalDate completed, LocalDate due, String code, List<AlertClosure> closures) {
        if (due != null && !completed.isAfter(due)) {
            closures.add(new AlertClosure(
                    AlertCandidate.idOf(code, "CASE", c.id()),
                    "case completed on " + completed + ", within the limit ending " + due,
                    c.completedAt()));
        }
    }

    private static List<String> evidenceOf(CaseTimeline c) {
        List<String> accepted = c.eventIdsOf("ApplicationAccepted");
        return accepted.isEmpty() ? c.eventIdsOf("PartnerMilestoneReported") : accepted;
    }

    private static Instant endOfDay(RuleContext ctx) {
        return ctx.endOf(ctx.today()).minusNanos(1);
    }
}
