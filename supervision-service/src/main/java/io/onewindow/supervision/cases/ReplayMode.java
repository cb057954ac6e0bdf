package io.onewindow.supervision.cases;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.stereotype.Component;

/**
 * Set while projections are rebuilt from the topics: card changes seen again are not published a
 * second time (their events went out the first time).
 */
@Component
public class ReplayMode {

    private final AtomicBoolean replaying = new AtomicBoolean();

    public boolean isReplaying() {
        return replaying.get();
    }

    public void set(boolean on) {
        replaying.set(on);
    }
}
