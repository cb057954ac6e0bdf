package io.onewindow.platform.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdScalarSerializer;

/**
 * The JSON side of {@link ApiTime}: {@link Instant}, {@link OffsetDateTime} and
 * {@link ZonedDateTime} are written at the service's offset and read from RFC 3339 with any
 * offset or as district-local time; anything else (a number, nonsense) is a format error the
 * problem advice names by field. Only the API's mapper gets it; the event codec has its own.
 */
public final class ApiTimeJackson {

    private ApiTimeJackson() {}

    /** The module for the API's JSON mapper. */
    public static SimpleModule module(ApiTime time) {
        SimpleModule module = new SimpleModule("onewindow-api-time");
        module.addSerializer(Instant.class, new Writer<>(Instant.class, time::format));
        module.addSerializer(
                OffsetDateTime.class, new Writer<>(OffsetDateTime.class, value -> time.format(value.toInstant())));
        module.addSerializer(
                ZonedDateTime.class, new Writer<>(ZonedDateTime.class, value -> time.format(value.toInstant())));
        module.addDeserializer(Instant.class, new Reader<>(Instant.class, time, OffsetDateTime::toInstant));
        module.addDeserializer(OffsetDateTime.class, new Reader<>(OffsetDateTime.class, time, value -> value));
        module.addDeserializer(
                ZonedDateTime.class, new Reader<>(ZonedDateTime.class, time, OffsetDateTime::toZonedDateTime));
        return module;
    }

    private static final class Writer<T> extends StdScalarSerializer<T> {

        private final transient Function<T, String> text;

        Writer(Class<T> type, Function<T, String> text) {
            super(type);
            this.text = text;
        }

        @Override
        public void serialize(T value, JsonGenerator generator, SerializationContext context) {
            generator.writeString(text.apply(value));
        }
    }

    private static final class Reader<T> extends StdScalarDeserializer<T> {

        private final transient ApiTime time;
        private final transient Function<OffsetDateTime, T> convert;
        private final Class<T> type;

        Reader(Class<T> type, ApiTime time, Function<OffsetDateTime, T> convert) {
            super(type);
            this.type = type;
            this.time = time;
            this.convert = convert;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (T) context.handleUnexpectedToken(type, parser);
            }
            String text = parser.getString();
            try {
                return convert.apply(time.parse(text));
            } catch (DateTimeException e) {
                throw context.weirdStringException(
                        text, type, "not an RFC 3339 date-time (e.g. " + time.example() + ")");
            }
        }
    }
}
