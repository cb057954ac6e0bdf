package io.onewindow.platform.concurrency;

/**
 * What the caller expects of the stored state before an update: checked by the use case inside its
 * read-change-write ({@code AggregateStore#change}), on the state just read, so the write that follows
 * is conditional on exactly that state and two writers holding the same tag cannot both win (the
 * second one's write meets a newer version, is re-read, and then fails this check).
 *
 * @param <A> the aggregate the tag is computed from
 */
public interface Precondition<A> {

    /**
     * Checks the caller's expectation against the stored {@code current} state of a resource that
     * exists.
     *
     * @throws PreconditionRequiredException when the caller sent no {@code If-Match} (428)
     * @throws PreconditionFailedException when the caller's tags do not match {@code current} (412)
     */
    void existing(A current);

    /**
     * Checks the caller's expectation where the update creates the resource (a PUT of something
     * absent): no {@code If-Match} is needed, and any {@code If-Match}, {@code *} included, fails.
     *
     * @throws PreconditionFailedException when the caller sent an {@code If-Match}
     */
    void absent();

    /**
     * No expectation: for writers that are not HTTP callers (demo data, jobs, event handlers) and for
     * tests of the use case's other rules.
     */
    static <A> Precondition<A> none() {
        return new Precondition<>() {
            @Override
            public void existing(A current) {}

            @Override
            public void absent() {}
        };
    }
}
