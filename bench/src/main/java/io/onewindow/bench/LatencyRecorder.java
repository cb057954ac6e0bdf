package io.onewindow.bench;

import java.util.concurrent.TimeUnit;
import org.HdrHistogram.ConcurrentHistogram;

/**
 * Latencies of one scenario or reference, recorded from many threads, summarised as
 * throughput and percentiles for the report.
 */
public final class LatencyRecorder {

    private final String name;
    private final ConcurrentHistogram histogram = new ConcurrentHistogram(TimeUnit.SECONDS.toNanos(60), 3);
    private long startedNanos;
    private long stoppedNanos;

    public LatencyRecorder(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public void start() {
        startedNanos = System.nanoTime();
    }

    public void stop() {
        stoppedNanos = System.nanoTime();
    }

    /** Records one operation that took {@code nanos}. */
    public void record(long nanos) {
        histogram.recordValue(Math.max(1, Math.min(nanos, histogram.getHighestTrackableValue())));
    }

    public long count() {
        return histogram.getTotalCount();
    }

    public double throughputPerSecond() {
        double seconds = (stoppedNanos - startedNanos) / 1e9;
        return seconds <= 0 ? 0 : count() / seconds;
    }

    public double percentileMillis(double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1e6;
    }

    public double maxMillis() {
        return histogram.getMaxValue() / 1e6;
    }

    /** One line: name, count, ops/s, p50 and p99 in milliseconds. */
    public String summary() {
        return String.format(
                "%-48s n=%-8d %10.1f ops/s   p50=%8.3f ms   p99=%8.3f ms",
                name, count(), throughputPerSecond(), percentileMillis(50), percentileMillis(99));
    }

    /** The ratio line the README quotes: this scenario's throughput over the reference's. */
    public static String ratio(LatencyRecorder scenario, LatencyRecorder reference) {
        return String.format(
                "ratio %s / %s = %.3f (throughput)",
                scenario.name, reference.name, scenario.throughputPerSecond() / reference.throughputPerSecond());
    }
}
