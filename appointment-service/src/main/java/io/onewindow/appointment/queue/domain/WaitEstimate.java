package io.onewindow.appointment.queue.domain;

import java.time.Duration;
import java.util.List;

/**
 * The estimated wait on a line: people waiting times the mean of recent service times (call to
 * finish), shared among the windows serving the line. With no service seen yet, the matter's
 * planned minutes per visit stand in.
 */
public final class WaitEstimate {

    private WaitEstimate() {}

    public static Duration of(int waiting, List<Duration> recentServices, Duration planned, int windows) {
        if (waiting <= 0) {
            return Duration.ZERO;
        }
        Duration mean = recentServices.isEmpty()
                ? planned
                : recentServices.stream().reduce(Duration.ZERO, Duration::plus).dividedBy(recentServices.size());
        return mean.multipliedBy(waiting).dividedBy(Math.max(1, windows));
    }
}
