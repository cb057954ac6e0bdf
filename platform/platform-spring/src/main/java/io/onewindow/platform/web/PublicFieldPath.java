package io.onewindow.platform.web;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * The name a client knows for the field an error is about. Bean Validation names a rule checked by a
 * method ({@code @AssertTrue boolean isOneCode()}) after the method ({@code principal.oneCode}), a name
 * that is in no request body; such a rule is about several fields of one object, so the error names
 * that object ({@code principal}), or the body itself ({@code ""}) for a rule of the body's own fields.
 * Paths through request records are checked segment by segment against their components; a path
 * into something that is not a record is left as it is.
 */
final class PublicFieldPath {

    private PublicFieldPath() {}

    static String of(Class<?> body, String path) {
        if (body == null || path == null || path.isEmpty() || !body.isRecord()) {
            return path;
        }
        List<String> kept = new ArrayList<>();
        Class<?> current = body;
        for (String segment : path.split("\\.")) {
            if (current == null || !current.isRecord()) {
                kept.add(segment);
                current = null;
                continue;
            }
            String name = segment.contains("[") ? segment.substring(0, segment.indexOf('[')) : segment;
            RecordComponent component = component(current, name);
            if (component == null) {
                // a method's rule: the object holding the fields it checks
                return String.join(".", kept);
            }
            kept.add(segment);
            current = elementType(component, segment.contains("["));
        }
        return path;
    }

    private static RecordComponent component(Class<?> record, String name) {
        for (RecordComponent component : record.getRecordComponents()) {
            if (component.getName().equals(name)) {
                return component;
            }
        }
        return null;
    }

    private static Class<?> elementType(RecordComponent component, boolean indexed) {
        if (!indexed) {
            return component.getType();
        }
        if (component.getType().isArray()) {
            return component.getType().getComponentType();
        }
        if (component.getGenericType() instanceof java.lang.reflect.ParameterizedType type) {
            java.lang.reflect.Type[] arguments = type.getActualTypeArguments();
            java.lang.reflect.Type element = arguments[arguments.length - 1];
            return element instanceof Class<?> c ? c : null;
        }
        return null;
    }
}
