package io.onewindow.bench.supervision;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * A consumer group's progress as Kafka shows it to any operator: the group's committed offsets,
 * read with the admin API. A record counts as applied when the group's committed offset on its
 * partition has passed it; the time is the bench's wall clock when that was first seen.
 * supervision-service's listeners commit once every record of a poll was applied
 * ({@code AckMode.BATCH}), so a record is seen applied when the last record of its poll (up to
 * {@code max.poll.records}, 500 by default) was, and at most {@link #POLL} after the commit.
 */
final class GroupProgress implements AutoCloseable {

    static final Duration POLL = Duration.ofMillis(50);

    private final Admin admin;
    private final String group;

    GroupProgress(String bootstrapServers, String group) {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        this.admin = Admin.create(properties);
        this.group = group;
    }

    /**
     * The group's committed offsets now (the next offset it will read, per partition), or
     * {@code null} when the broker did not answer within 10 s.
     */
    Map<TopicPartition, Long> committed() throws InterruptedException {
        try {
            Map<TopicPartition, Long> offsets = new HashMap<>();
            for (Map.Entry<TopicPartition, OffsetAndMetadata> entry : admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get(10, TimeUnit.SECONDS)
                    .entrySet()) {
                if (entry.getValue() != null) {
                    offsets.put(entry.getKey(), entry.getValue().offset());
                }
            }
            return offsets;
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the offsets of group " + group, e);
        } catch (java.util.concurrent.TimeoutException e) {
            // An overloaded broker answered too late: no progress seen this time, ask again.
            return null;
        }
    }

    /**
     * Deletes the group (its committed offsets), as an operator resets a projection's consumer:
     * the next member reads from the beginning. Waits while the group still has members.
     */
    void delete(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            try {
                admin.deleteConsumerGroups(List.of(group)).all().get(10, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException e) {
                if (e.getCause() instanceof org.apache.kafka.common.errors.GroupIdNotFoundException) {
                    return;
                }
                if (!(e.getCause() instanceof org.apache.kafka.common.errors.GroupNotEmptyException)
                        || System.nanoTime() > deadline) {
                    throw new IllegalStateException("cannot delete group " + group, e);
                }
            } catch (java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException("cannot delete group " + group, e);
            }
            Thread.sleep(500);
        }
    }

    /**
     * Waits until every record is passed by the group's committed offsets; returns, per record (in
     * the order given), the wall-clock millisecond when that was first seen.
     */
    long[] awaitApplied(List<RecordMetadata> records, Duration limit) throws InterruptedException {
        long[] applied = new long[records.size()];
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            pending.add(i);
        }
        long deadline = System.nanoTime() + limit.toNanos();
        long lastReport = System.nanoTime();
        while (!pending.isEmpty()) {
            Map<TopicPartition, Long> committed = committed();
            if (committed == null) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(
                            "the offsets of group " + group + " could not be read within " + limit);
                }
                continue;
            }
            long now = System.currentTimeMillis();
            List<Integer> still = new ArrayList<>();
            for (int i : pending) {
                RecordMetadata record = records.get(i);
                Long offset = committed.get(new TopicPartition(record.topic(), record.partition()));
                if (offset != null && offset > record.offset()) {
                    applied[i] = now;
                } else {
                    still.add(i);
                }
            }
            pending = still;
            if (pending.isEmpty()) {
                break;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("group " + group + " applied " + (records.size() - pending.size())
                        + " of " + records.size() + " records within " + limit);
            }
            if (System.nanoTime() - lastReport > TimeUnit.SECONDS.toNanos(15)) {
                System.out.printf("  ... %d of %d applied%n", records.size() - pending.size(), records.size());
                lastReport = System.nanoTime();
            }
            Thread.sleep(POLL.toMillis());
        }
        return applied;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
