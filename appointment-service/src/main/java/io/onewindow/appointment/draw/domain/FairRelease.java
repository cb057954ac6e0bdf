package io.onewindow.appointment.draw.domain;

import io.onewindow.appointment.slot.domain.PlannedSlot;
import io.onewindow.appointment.slot.domain.ReleaseWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which slots are released by a draw, and when their draw window is: a slot is scarce when its
 * matter or its service point is named scarce (settings {@code draw-scarce-matters},
 * {@code draw-scarce-service-points}); its window opens at the slot's release ({@link ReleaseWindow})
 * and lasts {@code draw-window}. Requests within {@code [opens, closes)} enter the draw; from
 * {@code closes} on it is first-come, after the draw is held.
 */
public final class FairRelease {

    private final ReleaseWindow release;
    private final Set<String> scarceMatters;
    private final Set<String> scarcePoints;
    private final Duration window;
    private final ZoneId zone;

    public FairRelease(
            ReleaseWindow release,
            Collection<String> scarceMatters,
            Collection<String> scarcePoints,
            Duration window,
            ZoneId zone) {
        this.release = Objects.requireNonNull(release, "release");
        this.scarceMatters = Set.copyOf(scarceMatters);
        this.scarcePoints = Set.copyOf(scarcePoints);
        this.window = Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the draw window must be longer than zero");
        }
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Whether places of this matter at this point are released by a draw. */
    public boolean isScarce(String servicePointId, String matterCode) {
        return scarceMatters.contains(matterCode) || scarcePoints.contains(servicePointId);
    }

    /** Whether any matter or point is scarce at all. */
    public boolean isEnabled() {
        return !scarceMatters.isEmpty() || !scarcePoints.isEmpty();
    }

    /** The scarce matters named by the settings. */
    public Set<String> scarceMatters() {
        return scarceMatters;
    }

    /** The scarce service points named by the settings. */
    public Set<String> scarcePoints() {
        return scarcePoints;
    }

    /** The slot's draw window; empty when the slot is not scarce or its release time is unknown. */
    public Optional<Window> windowOf(PlannedSlot slot) {
        if (!isScarce(slot.servicePointId(), slot.matterCode())) {
            return Optional.empty();
        }
        LocalDateTime released = release.releasedAt(slot.day());
        if (released == null) {
            return Optional.empty();
        }
        Instant opens = released.atZone(zone).toInstant();
        return Optional.of(new Window(opens, opens.plus(window)));
    }

    /**
     * A draw window: {@code opens} included, {@code closes} excluded.
     *
     * @param opens the slot's release
     * @param closes release plus the window's length
     */
    public record Window(Instant opens, Instant closes) {

        public Window {
            Objects.requireNonNull(opens, "opens");
            Objects.requireNonNull(closes, "closes");
        }

        /** Whether a request at {@code now} enters the draw. */
        public boolean isOpenAt(Instant now) {
            return !now.isBefore(opens) && now.isBefore(closes);
        }

        /** Whether the window has opened at {@code now} (from then on no seed may be committed). */
        public boolean hasOpenedAt(Instant now) {
            return !now.isBefore(opens);
        }

        /** Whether the window is over at {@code now} (the draw may be held). */
        public boolean hasClosedAt(Instant now) {
            return !now.isBefore(closes);
        }
    }
}
