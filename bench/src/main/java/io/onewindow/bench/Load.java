package io.onewindow.bench;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/** Closed-loop load: a number of threads each repeating one operation for a fixed time. */
public final class Load {

    private Load() {}

    /** One operation; {@code iteration} is distinct per call. */
    @FunctionalInterface
    public interface Op {
        void run(int iteration) throws Exception;
    }

    /** Runs {@code op} on {@code threads} threads for {@code seconds}, recording each call. */
    public static void measure(LatencyRecorder recorder, int threads, int seconds, Op op) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        CountDownLatch done = new CountDownLatch(threads);
        AtomicReference<Exception> failure = new AtomicReference<>();
        recorder.start();
        for (int t = 0; t < threads; t++) {
            int offset = t;
            Thread worker = new Thread(() -> {
                int i = offset;
                try {
                    while (System.nanoTime() < deadline) {
                        long start = System.nanoTime();
                        op.run(i);
                        recorder.record(System.nanoTime() - start);
                        i += threads;
                    }
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                } finally {
                    done.countDown();
                }
            });
            worker.start();
        }
        done.await();
        recorder.stop();
        if (failure.get() != null) {
            throw new IllegalStateException("a load thread failed", failure.get());
        }
    }
}
