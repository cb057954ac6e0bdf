package io.onewindow.platform.messaging.aggregate;

/** What aggregate stores report: retries after a stale read, and changes given up as conflicts. */
public interface AggregateMetrics {

    /** Reports nothing (no Micrometer registry). */
    AggregateMetrics NONE = new AggregateMetrics() {
        @Override
        public void staleRead(String collection) {}

        @Override
        public void conflict(String collection) {}
    };

    /** A write met a newer version and the change is tried again. */
    void staleRead(String collection);

    /** Every attempt met a newer version; the caller gets a 409 problem. */
    void conflict(String collection);
}
