package io.onewindow.platform.messaging.consumer;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.serialization.Serializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a failed record's key or value back to the dead-letter topic whatever the listener's
 * deserializer made of it: raw bytes (what the recoverer uses when deserialization failed) as
 * they were, strings as UTF-8, other objects as JSON. It must never fail itself: a dead-letter
 * send that fails makes the error handler retry the record, blocking the partition.
 */
final class DeadLetterSerializer implements Serializer<Object> {

    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    public byte[] serialize(String topic, Object data) {
        if (data == null) {
            return null;
        }
        if (data instanceof byte[] bytes) {
            return bytes;
        }
        if (data instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return json.writeValueAsBytes(data);
        } catch (RuntimeException e) {
            return String.valueOf(data).getBytes(StandardCharsets.UTF_8);
        }
    }
}
