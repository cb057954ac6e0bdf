package io.onewindow.console.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A service's answer as the templates read it: a field the service left out (it writes no nulls)
 * reads as empty ({@code null}) instead of failing the page. One for every desk.
 */
public final class Shown {

    private Shown() {}

    @SuppressWarnings("unchecked")
    public static <T> T lenient(T value) {
        if (value instanceof Map<?, ?> map) {
            Lenient copy = new Lenient();
            map.forEach((key, field) -> copy.put(String.valueOf(key), lenient(field)));
            return (T) copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(item -> copy.add(lenient(item)));
            return (T) copy;
        }
        return value;
    }

    /** Every field is there, absent ones as {@code null} (SpEL reads a map's key only when it is contained). */
    static final class Lenient extends LinkedHashMap<String, Object> {

        @Override
        public boolean containsKey(Object key) {
            return true;
        }
    }
}
