package io.onewindow.elicense.signing.domain;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical JSON that seals and signatures cover (licenses, written notices): objects with keys sorted
 * by code point at every level, arrays in their order, no insignificant whitespace, {@code null} object
 * fields left out ({@code null} array elements as {@code null}), every other value as a string, escaped
 * minimally (only {@code "}, {@code \} and control characters, the latter as lower-case {@code \}{@code
 * u00XX}), UTF-8 encoded. Written by hand rather than with a JSON library so that a library upgrade can
 * never change the bytes of documents already signed.
 */
public final class CanonicalJson {

    private CanonicalJson() {}

    /** The canonical bytes of {@code fields}. */
    public static byte[] of(Map<String, ?> fields) {
        StringBuilder json = new StringBuilder(1024);
        write(json, fields);
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(StringBuilder json, Object value) {
        if (value instanceof Map<?, ?> map) {
            json.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> field : new TreeMap<>(map).entrySet()) {
                if (field.getValue() == null) {
                    continue;
                }
                if (!first) {
                    json.append(',');
                }
                first = false;
                writeString(json, field.getKey().toString());
                json.append(':');
                write(json, field.getValue());
            }
            json.append('}');
        } else if (value instanceof List<?> list) {
            json.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    json.append(',');
                }
                Object element = list.get(i);
                if (element == null) {
                    json.append("null");
                } else {
                    write(json, element);
                }
            }
            json.append(']');
        } else {
            writeString(json, value.toString());
        }
    }

    private static void writeString(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        json.append('"');
    }
}
