package io.onewindow.platform.messaging.consumer;

import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.codec.EventFormatException;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.kafka.support.ProducerListener;
import org.springframework.util.backoff.BackOff;

/**
 * The listener containers' error handler: retries a failing record a bounded number of times
 * with back-off, then publishes it to {@code <topic>.DLT} ({@link Topics#deadLetterOf}) with the
 * exception in headers, commits its offset and moves on, so one poison message never blocks the
 * records behind it on its partition. Unreadable events are dead-lettered at once. If the
 * dead-letter send itself fails, the record is retried rather than skipped: nothing is dropped.
 *
 * <p>Owns the producer of its dead-letter template and closes it with the context.
 */
final class DeadLetteringErrorHandler extends DefaultErrorHandler implements DisposableBean {

    private final DefaultKafkaProducerFactory<Object, Object> producers;

    private DeadLetteringErrorHandler(
            DeadLetterPublishingRecoverer recoverer,
            DefaultKafkaProducerFactory<Object, Object> producers,
            ConsumerSettings settings) {
        super(recoverer, backOff(settings.maxAttempts(), settings));
        this.producers = producers;
        addNotRetryableExceptions(EventFormatException.class);
        BackOff transientBackOff = backOff(settings.transientMaxAttempts(), settings);
        setBackOffFunction((record, exception) -> isTransient(exception) ? transientBackOff : null);
    }

    /** A handler whose dead-letter producer uses {@code producerConfig} (Boot's producer settings). */
    static DeadLetteringErrorHandler create(Map<String, Object> producerConfig, ConsumerSettings settings) {
        Map<String, Object> config = new HashMap<>(producerConfig);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        Object clientId = config.get(ProducerConfig.CLIENT_ID_CONFIG);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, (clientId == null ? "onewindow" : clientId) + "-dlt");
        DefaultKafkaProducerFactory<Object, Object> producers =
                new DefaultKafkaProducerFactory<>(config, new DeadLetterSerializer(), new DeadLetterSerializer());
        KafkaTemplate<Object, Object> template = new KafkaTemplate<>(producers);
        // A failed dead-letter send is raised to the error handler, which logs the record's
        // coordinates; the default listener would log its payload, which may hold personal data.
        template.setProducerListener(new ProducerListener<>() {});
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(
                template,
                // Partition -1: the key decides, so a dead-letter topic need not have as many
                // partitions as its source topic.
                (record, exception) -> new TopicPartition(Topics.deadLetterOf(record.topic()), -1));
        return new DeadLetteringErrorHandler(recoverer, producers, settings);
    }

    @Override
    public void destroy() {
        producers.destroy();
    }

    private static BackOff backOff(int attempts, ConsumerSettings settings) {
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(attempts - 1);
        backOff.setInitialInterval(Math.max(1, settings.backoff().toMillis()));
        backOff.setMultiplier(2.0);
        backOff.setMaxInterval(Math.max(1, settings.maxBackoff().toMillis()));
        return backOff;
    }

    // Infrastructure trouble that is likely to pass: worth more patience before dead-lettering.
    static boolean isTransient(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof TransientDataAccessException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof com.mongodb.MongoSocketException
                    || cause instanceof com.mongodb.MongoTimeoutException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
