package io.onewindow.platform.messaging.codec;

import io.onewindow.platform.events.EventEnvelope;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an {@link EventEnvelope} as CloudEvents 1.0 structured JSON and reads it back.
 *
 * <p>The wire format is fixed here, with a mapper of its own, rather than taken from the
 * application's Jackson settings: a service tuning its REST JSON must not change what other
 * services read from Kafka. {@code time} is an ISO-8601 / RFC 3339 string. Readers are
 * tolerant: unknown attributes (CloudEvents extensions) and unknown data fields are ignored and a
 * missing one is read as null or, for a primitive, its default, so adding a field to an event is
 * not a breaking change either way.
 *
 * <p>Thread-safe; one instance per application is enough.
 */
public final class EventCodec {

    private final JsonMapper mapper;

    /** A codec with OneWindow's wire settings. */
    public EventCodec() {
        this(defaultMapper());
    }

    /** A codec with a mapper of the caller's, e.g. with extra modules for custom value types. */
    public EventCodec(JsonMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /** The mapper OneWindow events are written with: ISO-8601 times, tolerant reading. */
    public static JsonMapper defaultMapper() {
        return JsonMapper.builder()
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // An event written before a primitive field was added lacks it: read it as the
                // default (false, 0) rather than refusing the whole event (Jackson 3 fails by default).
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }

    /** The envelope as CloudEvents structured JSON. */
    public String write(EventEnvelope<?> envelope) {
        Objects.requireNonNull(envelope, "envelope");
        try {
            return mapper.writeValueAsString(envelope);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("Event " + envelope.id() + " cannot be written as JSON", e);
        }
    }

    /**
     * Reads an event whose data type is not known here; {@code data} stays a JSON tree.
     *
     * @throws EventFormatException if the text is not JSON or lacks a required attribute
     */
    public EventEnvelope<JsonNode> read(String json) {
        JsonNode root = tree(json);
        JsonNode data = root.get("data");
        return envelope(root, data == null || data.isMissingNode() ? null : data);
    }

    /**
     * Reads an event with its data as {@code dataType}.
     *
     * @throws EventFormatException if the text is not JSON, lacks a required attribute, or its
     *     data does not fit {@code dataType}
     */
    public <T> EventEnvelope<T> read(String json, Class<T> dataType) {
        return dataAs(read(json), dataType);
    }

    /**
     * The same event with its JSON data converted to {@code dataType}, e.g. after dispatching on
     * {@link EventEnvelope#type()}.
     *
     * @throws EventFormatException if the data does not fit {@code dataType}
     */
    public <T> EventEnvelope<T> dataAs(EventEnvelope<JsonNode> event, Class<T> dataType) {
        Objects.requireNonNull(dataType, "dataType");
        T data;
        try {
            data = event.data() == null || event.data().isNull() ? null : mapper.treeToValue(event.data(), dataType);
        } catch (JacksonException e) {
            throw new EventFormatException(
                    "Data of event " + event.id() + " (" + event.type() + ") is not a " + dataType.getSimpleName(), e);
        }
        return new EventEnvelope<>(
                event.specversion(),
                event.id(),
                event.source(),
                event.type(),
                event.subject(),
                event.time(),
                event.datacontenttype(),
                data);
    }

    /**
     * Reads only the envelope attributes, skipping {@code data} without building it: cheap
     * enough to run on every record before deciding whether to handle it.
     *
     * @throws EventFormatException if the text is not a JSON object or lacks a required attribute
     */
    public EventHeaders readHeaders(String json) {
        if (json == null) {
            throw new EventFormatException("No event: the message has no value");
        }
        String id = null;
        String source = null;
        String type = null;
        String subject = null;
        String time = null;
        try (JsonParser parser = mapper.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new EventFormatException("An event is a JSON object, got: " + abbreviate(json));
            }
            String name;
            while ((name = parser.nextName()) != null) {
                JsonToken value = parser.nextToken();
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    parser.skipChildren();
                    continue;
                }
                switch (name) {
                    case "id" -> id = parser.getValueAsString();
                    case "source" -> source = parser.getValueAsString();
                    case "type" -> type = parser.getValueAsString();
                    case "subject" -> subject = parser.getValueAsString();
                    case "time" -> time = parser.getValueAsString();
                    default -> {
                        // extension attributes and scalar data are not needed here
                    }
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT) {
                throw new EventFormatException("Truncated event JSON: " + abbreviate(json));
            }
        } catch (JacksonException e) {
            throw new EventFormatException("Not an event: invalid JSON: " + abbreviate(json), e);
        }
        return new EventHeaders(
                required("id", id),
                required("source", source),
                required("type", type),
                required("subject", subject),
                instant(required("time", time)));
    }

    private JsonNode tree(String json) {
        if (json == null) {
            throw new EventFormatException("No event: the message has no value");
        }
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JacksonException e) {
            throw new EventFormatException("Not an event: invalid JSON: " + abbreviate(json), e);
        }
        if (root == null || !root.isObject()) {
            throw new EventFormatException("An event is a JSON object, got: " + abbreviate(json));
        }
        return root;
    }

    private static <T> EventEnvelope<T> envelope(JsonNode root, T data) {
        return new EventEnvelope<>(
                text(root, "specversion"),
                required("id", text(root, "id")),
                required("source", text(root, "source")),
                required("type", text(root, "type")),
                required("subject", text(root, "subject")),
                instant(required("time", text(root, "time"))),
                text(root, "datacontenttype"),
                data);
    }

    private static String text(JsonNode root, String name) {
        JsonNode node = root.get(name);
        return node == null || node.isNull() || !node.isValueNode() ? null : node.asString();
    }

    private static String required(String attribute, String value) {
        if (value == null || value.isBlank()) {
            throw new EventFormatException("Event has no '" + attribute + "' attribute");
        }
        return value;
    }

    // CloudEvents time is RFC 3339, which allows any offset, e.g. +08:00, not only Z.
    private static Instant instant(String time) {
        try {
            return OffsetDateTime.parse(time).toInstant();
        } catch (DateTimeParseException e) {
            throw new EventFormatException("Event time is not RFC 3339: " + time, e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }
}
