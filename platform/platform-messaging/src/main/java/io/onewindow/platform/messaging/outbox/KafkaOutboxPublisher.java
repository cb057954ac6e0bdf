package io.onewindow.platform.messaging.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.ProducerListener;

/**
 * Publishes outbox events with a producer of the relay's own: the application's
 * {@code KafkaTemplate} may be configured for other needs (JSON values, transactions), while
 * "publish, then remove" is only safe with an idempotent producer that waits for all in-sync
 * replicas. It is deliberately not a bean of type {@code KafkaTemplate}/{@code ProducerFactory}
 * so Boot's own Kafka beans still back off only for the service's choices.
 */
final class KafkaOutboxPublisher implements OutboxPublisher, DisposableBean {

    /** CloudEvents Kafka protocol binding, structured content mode. */
    static final String CONTENT_TYPE = "content-type";

    static final String CLOUDEVENTS_JSON = "application/cloudevents+json; charset=UTF-8";

    private final DefaultKafkaProducerFactory<String, String> producers;
    private final KafkaTemplate<String, String> template;

    KafkaOutboxPublisher(Map<String, Object> producerConfig) {
        this.producers =
                new DefaultKafkaProducerFactory<>(producerConfig, new StringSerializer(), new StringSerializer());
        this.template = new KafkaTemplate<>(producers);
        // The relay reports failures itself, once per outage; the default listener would log every
        // failed record with its payload, which may hold personal data.
        this.template.setProducerListener(new ProducerListener<>() {});
    }

    /**
     * The producer settings for the relay: Boot's {@code spring.kafka.*} producer settings (servers,
     * security, {@code spring.kafka.producer.properties.*}) with the guarantees forced on, and
     * timeouts derived from {@code sendTimeout} unless set explicitly.
     */
    static Map<String, Object> producerConfig(Map<String, Object> base, Duration sendTimeout) {
        Map<String, Object> config = new HashMap<>(base);
        // The guarantees the outbox relies on are not left to configuration.
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        // Idempotence keeps order across retries only with at most 5 requests in flight.
        if (longValue(config.get(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION), 5) > 5) {
            config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        }
        // Bounded waits so that, with the broker down, a round fails within send-timeout and the
        // relay backs off instead of blocking for Kafka's defaults (60 s / 120 s).
        long send = sendTimeout.toMillis();
        long request = longValue(config.get(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG), Math.max(500, send / 2));
        // No lingering (Kafka's client default is 5 ms): the relay sends a whole round and then waits
        // for its acknowledgements, so a batch is already formed, and each event of a quiet service
        // would otherwise wait linger.ms before it even leaves. Explicitly set, it is kept.
        long linger = longValue(config.get(ProducerConfig.LINGER_MS_CONFIG), 0);
        config.put(ProducerConfig.LINGER_MS_CONFIG, String.valueOf(linger));
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, String.valueOf(request));
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, String.valueOf(Math.max(500, send / 2)));
        // Kafka refuses delivery.timeout.ms < linger.ms + request.timeout.ms.
        long delivery = longValue(config.get(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG), send);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, String.valueOf(Math.max(delivery, request + linger)));
        Object clientId = config.get(ProducerConfig.CLIENT_ID_CONFIG);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, (clientId == null ? "onewindow" : clientId) + "-outbox");
        return config;
    }

    @Override
    public CompletableFuture<?> publish(PendingEvent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), null, event.key(), event.payload());
        record.headers().add(CONTENT_TYPE, CLOUDEVENTS_JSON.getBytes(StandardCharsets.UTF_8));
        event.headers().forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return template.send(record);
    }

    @Override
    public void destroy() {
        producers.destroy();
    }

    private static long longValue(Object value, long fallback) {
        return value == null ? fallback : Long.parseLong(String.valueOf(value).trim());
    }
}
