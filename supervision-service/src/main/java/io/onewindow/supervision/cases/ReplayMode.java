package io.onewindow.supervision.cases;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.stereotype.Component;

/**
 * Whether projections are being rebuilt from the topics. Two questions: is a rebuild running at all
 * (the scheduled sweep then waits, half-rebuilt projections would raise false alerts), and is the
 * current thread the one replaying (card changes it recomputes are not published again; live
 * events handled meanwhile by the listeners still are).
 */
@Component
public class ReplayMode {

    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private final ThreadLocal<Boolean> replayingHere = ThreadLocal.withInitial(() -> false);

    /** A rebuild is running somewhere in this instance. */
    public boolean isRebuilding() {
        return rebuilding.get();
    }

    /** This thread is applying replayed events. */
    public boolean isReplaying() {
        return replayingHere.get();
    }

    public void start() {
        rebuilding.set(true);
        replayingHere.set(true);
    }

    public void stop() {
        replayingHere.remove();
        rebuilding.set(false);
    }
}
