/**
 * One way to save an aggregate: {@link io.onewindow.platform.messaging.aggregate.AggregateStore}
 * loads it, applies a change, writes state and recorded events in one document write, wakes the
 * outbox relay and retries on a stale version with one policy.
 */
package io.onewindow.platform.messaging.aggregate;
