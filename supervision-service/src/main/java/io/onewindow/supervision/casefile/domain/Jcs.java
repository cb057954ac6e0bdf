package io.onewindow.supervision.casefile.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The JSON Canonicalization Scheme (RFC 8785) for what a dossier holds: objects with their keys
 * sorted by UTF-16 code units, no whitespace, strings escaped as RFC 8785 says ({@code \b \t \n \f
 * \r \" \\}, other control characters as lower-case {@code \}{@code u00xx}, nothing else), integers
 * in decimal, {@code true}, {@code false} and {@code null} kept. A dossier holds no fractional
 * numbers (they are refused), so any RFC 8785 implementation reproduces these bytes from the
 * {@code dossier} member of the response.
 */
public final class Jcs {

    private Jcs() {}

    /** The canonical UTF-8 bytes of {@code value} (maps, lists, strings, integers, booleans, null). */
    public static byte[] of(Object value) {
        StringBuilder json = new StringBuilder(4096);
        write(json, value);
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(StringBuilder json, Object value) {
        if (value == null) {
            json.append("null");
        } else if (value instanceof Map<?, ?> map) {
            List<String> keys = new ArrayList<>();
            map.keySet().forEach(key -> keys.add(key.toString()));
            keys.sort(null); // String order is UTF-16 code unit order, as RFC 8785 asks
            json.append('{');
            for (int i = 0; i < keys.size(); i++) {
                if (i > 0) {
                    json.append(',');
                }
                string(json, keys.get(i));
                json.append(':');
                write(json, map.get(keys.get(i)));
            }
            json.append('}');
        } else if (value instanceof List<?> list) {
            json.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    json.append(',');
                }
                write(json, list.get(i));
            }
            json.append(']');
        } else if (value instanceof String text) {
            string(json, text);
        } else if (value instanceof Boolean flag) {
            json.append(flag);
        } else if (value instanceof Integer
                || value instanceof Long
                || value instanceof Short
                || value instanceof Byte
                || value instanceof BigInteger) {
            json.append(value);
        } else if (value instanceof BigDecimal decimal
                && decimal.stripTrailingZeros().scale() <= 0) {
            json.append(decimal.toBigIntegerExact());
        } else {
            throw new IllegalArgumentException(
                    "not in a dossier: " + value.getClass().getName());
        }
    }

    private static void string(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\b' -> json.append("\\b");
                case '\t' -> json.append("\\t");
                case '\n' -> json.append("\\n");
                case '\f' -> json.append("\\f");
                case '\r' -> json.append("\\r");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
