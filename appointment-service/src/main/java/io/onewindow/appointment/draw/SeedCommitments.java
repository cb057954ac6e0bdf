package io.onewindow.appointment.draw;

import io.onewindow.appointment.draw.domain.Draw;
import io.onewindow.appointment.draw.domain.DrawLottery;
import io.onewindow.appointment.draw.domain.FairRelease;
import io.onewindow.appointment.servicepoint.ServicePointDirectory;
import io.onewindow.appointment.servicepoint.domain.MatterOffer;
import io.onewindow.appointment.servicepoint.domain.ServicePoint;
import io.onewindow.appointment.slot.domain.PlannedSlot;
import io.onewindow.appointment.slot.domain.ReleaseWindow;
import io.onewindow.appointment.slot.domain.SlotPlanner;
import io.onewindow.platform.calendar.CalendarNotCoveredException;
import io.onewindow.platform.service.UseCase;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Seeds and their commitments, made before each draw window opens: ahead of every release for the
 * scarce slots it releases (run by {@link DrawJob}), and lazily for a slot whose draw is read
 * first — never once its window has opened.
 */
@UseCase
public class SeedCommitments {

    private final FairRelease fair;
    private final ReleaseWindow release;
    private final SlotPlanner planner;
    private final ServicePointDirectory points;
    private final DrawStore draws;
    private final Duration ahead;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SeedCommitments(
            FairRelease fair,
            ReleaseWindow release,
            SlotPlanner planner,
            ServicePointDirectory points,
            DrawStore draws,
            io.onewindow.appointment.config.AppointmentSettings settings,
            Clock clock) {
        this.fair = fair;
        this.release = release;
        this.planner = planner;
        this.points = points;
        this.draws = draws;
        this.ahead = settings.drawCommitAhead();
        this.clock = clock;
    }

    /**
     * Commits the draws of every scarce slot released within {@code draw-commit-ahead} from now,
     * that has none yet.
     *
     * @return how many were committed
     */
    public int commitUpcoming() {
        if (!fair.isEnabled()) {
            return 0;
        }
        Instant now = clock.instant();
        LocalDateTime localNow = LocalDateTime.ofInstant(now, clock.getZone());
        LocalDate releasedNow = release.lastReleasedDay(localNow);
        LocalDate releasedThen = release.lastReleasedDay(localNow.plus(ahead));
        if (!releasedThen.isAfter(releasedNow)) {
            return 0;
        }
        List<PlannedSlot> upcoming = new ArrayList<>();
        for (String id : points.ids()) {
            ServicePoint point = points.find(id).orElse(null);
            if (point == null) {
                continue;
            }
            for (MatterOffer matter : point.matters()) {
                if (fair.isScarce(point.id(), matter.code())) {
                    try {
                        upcoming.addAll(planner.plan(point, matter, releasedNow.plusDays(1), releasedThen));
                    } catch (CalendarNotCoveredException e) {
                        // Days past the calendar's horizon have no slots to draw.
                    }
                }
            }
        }
        Set<String> existing =
                draws.existing(upcoming.stream().map(PlannedSlot::id).toList());
        int committed = 0;
        for (PlannedSlot slot : upcoming) {
            if (!existing.contains(slot.id()) && commit(slot, now).isPresent()) {
                committed++;
            }
        }
        return committed;
    }

    /**
     * The slot's draw, committing it now when it has none, its window has not opened and opens
     * within {@code draw-commit-ahead}; empty otherwise (not scarce, or too early to commit).
     */
    public Optional<Draw> drawOf(PlannedSlot slot) {
        Optional<Draw> stored = draws.find(slot.id());
        if (stored.isPresent()) {
            return stored;
        }
        Optional<FairRelease.Window> window = fair.windowOf(slot);
        Instant now = clock.instant();
        if (window.isEmpty()
                || window.get().hasOpenedAt(now)
                || window.get().opens().isAfter(now.plus(ahead))) {
            return Optional.empty();
        }
        return commit(slot, now);
    }

    private Optional<Draw> commit(PlannedSlot slot, Instant now) {
        Optional<FairRelease.Window> window = fair.windowOf(slot);
        if (window.isEmpty() || window.get().hasOpenedAt(now)) {
            return Optional.empty();
        }
        return Optional.of(
                draws.addOrFind(Draw.commit(slotOf(slot, clock), window.get(), DrawLottery.newSeed(random), now)));
    }

    /** The drawn slot as the draw keeps it. */
    static Draw.Slot slotOf(PlannedSlot slot, Clock clock) {
        return new Draw.Slot(
                slot.id(),
                slot.servicePointId(),
                slot.matterCode(),
                slot.day(),
                slot.start().atZone(clock.getZone()).toInstant());
    }
}
