package io.onewindow.platform.calendar.spring;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link CalendarCoverage#check()} at start-up and then every interval on one daemon thread
 * of its own: each instance keeps its own calendar, so this is no cluster job and takes no lock.
 * Each round also finishes the recomputation of an official year left waiting by a crash
 * ({@link OfficialYearAdoption#recomputeWaiting()}, whose recomputers are idempotent); not at
 * start-up, when the service's own beans may not be ready yet.
 */
final class CalendarWatch implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CalendarWatch.class);

    private final ScheduledExecutorService executor;

    CalendarWatch(CalendarCoverage coverage, Duration interval, OfficialYearAdoption adoption) {
        coverage.check();
        if (interval.isZero() || interval.isNegative()) {
            executor = null;
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "calendar-watch");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        executor.scheduleWithFixedDelay(
                () -> {
                    try {
                        coverage.check();
                        if (adoption != null) {
                            adoption.recomputeWaiting();
                        }
                    } catch (RuntimeException e) {
                        log.error("Working-day calendar check failed", e);
                    }
                },
                millis,
                millis,
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
