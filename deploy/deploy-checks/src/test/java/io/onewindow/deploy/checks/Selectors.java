package io.onewindow.deploy.checks;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Kubernetes label selectors (matchLabels and matchExpressions). */
final class Selectors {

    private Selectors() {}

    static boolean matches(Map<String, Object> selector, Map<String, Object> labels) {
        for (Map.Entry<String, Object> required :
                Yaml.map(selector.get("matchLabels")).entrySet()) {
            if (!Objects.equals(String.valueOf(required.getValue()), stringOrNull(labels.get(required.getKey())))) {
                return false;
            }
        }
        for (Map<String, Object> expression : Yaml.maps(selector.get("matchExpressions"))) {
            String key = String.valueOf(expression.get("key"));
            List<String> values = Yaml.list(expression.get("values")).stream()
                    .map(String::valueOf)
                    .toList();
            String value = stringOrNull(labels.get(key));
            boolean ok = switch (String.valueOf(expression.get("operator"))) {
                case "In" -> value != null && values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> throw new IllegalArgumentException("unknown selector operator in " + expression);
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static String stringOrNull(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
