package io.onewindow.approval.cases.domain;

import io.onewindow.approval.catalog.domain.MatterDefinition;
import io.onewindow.approval.catalog.domain.ProcessStep;
import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.ConflictException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The review steps of a case: only the steps of its catalog version, in their order, each in the
 * role the catalog gives it, each with the working days it took (the days the clock stood still
 * excluded).
 */
public final class ReviewSteps {

    private final MatterDefinition matter;
    private final List<CompletedStep> done;

    ReviewSteps(MatterDefinition matter, List<CompletedStep> done) {
        this.matter = matter;
        this.done = done == null ? new ArrayList<>() : new ArrayList<>(done);
    }

    /** The step {@code stepCode}, if it is the next one of the catalog version. */
    ProcessStep requireNext(String stepCode, int matterVersion) {
        ProcessStep step = matter.step(stepCode)
                .orElseThrow(() -> new ConflictException(
                        "step.not-in-catalog",
                        "step " + stepCode + " is not in version " + matterVersion + " of " + matter.code()));
        ProcessStep next = current();
        if (next == null || !next.code().equals(stepCode)) {
            throw new ConflictException("step.out-of-order", "step " + stepCode + " is not the next step of this case");
        }
        return step;
    }

    /** Refuses a decision while a catalog step is not done. */
    void requireAllDone() {
        ProcessStep next = current();
        if (next != null) {
            throw new ConflictException(
                    "decision.steps-pending", "step " + next.code() + " of the catalog is not done yet");
        }
    }

    /** Refuses an actor not in the role the catalog gives {@code step}. */
    static void requireRole(ProcessStep step, Actor actor) {
        if (!step.role().equals(actor.role())) {
            throw new AccessRefusedException(
                    "step.wrong-role", "step " + step.code() + " is performed by the role " + step.role());
        }
    }

    /** The step under way, or {@code null} when every step is done. */
    ProcessStep current() {
        return done.size() < matter.steps().size() ? matter.steps().get(done.size()) : null;
    }

    /** The day the step under way started: the previous step's day, or acceptance. */
    LocalDate currentSince(LocalDate acceptedOn) {
        return done.isEmpty() ? acceptedOn : done.get(done.size() - 1).on();
    }

    /** Records {@code step} done by {@code actor} today, counting the working days it took on {@code clock}. */
    CompletedStep complete(
            ProcessStep step,
            String opinion,
            Actor actor,
            Instant now,
            LocalDate today,
            StatutoryClock clock,
            WorkingCalendar calendar) {
        requireRole(step, actor);
        LocalDate since = currentSince(clock.acceptedOn());
        since = since.isAfter(today) ? today : since;
        int taken = Math.max(0, calendar.workingDaysBetween(since, today).value() - clock.pausedSince(since));
        CompletedStep completed =
                new CompletedStep(step.code(), step.name(), actor.username(), actor.role(), opinion, now, today, taken);
        done.add(completed);
        return completed;
    }

    public List<CompletedStep> all() {
        return List.copyOf(done);
    }
}
