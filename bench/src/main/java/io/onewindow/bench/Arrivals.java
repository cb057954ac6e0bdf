package io.onewindow.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A plain Kafka consumer on its own thread that notes when each awaited record arrives
 * ({@link System#nanoTime()}), under a key taken from the record; the bench's clock for "it is
 * there" on a topic.
 */
public final class Arrivals implements AutoCloseable {

    private final Map<String, Long> arrivedAt = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile boolean assigned;

    /**
     * Starts consuming {@code topic} from its end.
     *
     * @param keyOf the key to note a record under, or {@code null} to ignore the record
     */
    public Arrivals(String bootstrapServers, String topic, Function<ConsumerRecord<String, String>, String> keyOf) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-arrivals-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties);
        thread = new Thread(
                () -> {
                    try (consumer) {
                        consumer.subscribe(List.of(topic));
                        while (running) {
                            var records = consumer.poll(Duration.ofMillis(100));
                            long now = System.nanoTime();
                            if (!consumer.assignment().isEmpty()) {
                                assigned = true;
                            }
                            for (ConsumerRecord<String, String> record : records) {
                                String key = keyOf.apply(record);
                                if (key != null) {
                                    arrivedAt.putIfAbsent(key, now);
                                }
                            }
                        }
                    }
                },
                "bench-arrivals-" + topic);
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits until the consumer has its partitions, so nothing sent afterwards is missed. */
    public void awaitAssignment(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!assigned) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the bench consumer got no partitions within " + limit);
            }
            Thread.sleep(20);
        }
    }

    /** When the record noted under {@code key} arrived, waiting up to {@code limit}; -1 if it did not. */
    public long awaitArrival(String key, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        Long at;
        while ((at = arrivedAt.get(key)) == null) {
            if (System.nanoTime() > deadline) {
                return -1;
            }
            Thread.onSpinWait();
            Thread.sleep(0, 200_000);
        }
        return at;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(5_000);
    }
}
