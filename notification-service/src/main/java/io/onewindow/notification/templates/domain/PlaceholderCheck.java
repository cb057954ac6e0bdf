package io.onewindow.notification.templates.domain;

import io.onewindow.platform.domain.InvalidValueException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The rule a template version must pass before it is saved, published or previewed: each text within
 * its length limit, its braces balanced and well formed ({@link PlaceholderSyntax}), every placeholder
 * one the kind supplies ({@link KindPlaceholders}), and every required one used in the Chinese body
 * (and in the English body, when there is one). The first fault found is refused, naming the field and
 * the placeholder or fragment (400 problem; nothing is stored).
 */
public final class PlaceholderCheck {

    /** The longest title, in characters. */
    public static final int TITLE_MAX_LENGTH = 100;

    private final int maxLength;

    /**
     * @param maxLength the longest body (Chinese or English), in characters, from the settings
     */
    public PlaceholderCheck(int maxLength) {
        if (maxLength < 1) {
            throw new IllegalArgumentException("a template's length limit is at least 1");
        }
        this.maxLength = maxLength;
    }

    /**
     * Checks {@code text} against {@code kind}'s placeholders.
     *
     * @return the placeholders the version uses, in order of first use
     * @throws InvalidValueException the first fault: {@code template.too-long}, {@code
     *     template.brackets-unbalanced}, {@code template.placeholder-malformed}, {@code
     *     template.placeholder-unknown} or {@code template.placeholder-missing}
     */
    public List<String> check(KindPlaceholders kind, TemplateText text) {
        Objects.requireNonNull(kind, "kind");
        length("title", text.title(), TITLE_MAX_LENGTH);
        length("body", text.body(), maxLength);
        if (text.bodyEn() != null) {
            length("bodyEn", text.bodyEn(), maxLength);
        }
        Set<String> used = new LinkedHashSet<>(known(kind, "body", text.body()));
        known(kind, "title", text.title());
        requiredIn(kind, "body", used);
        if (text.bodyEn() != null) {
            requiredIn(kind, "bodyEn", new LinkedHashSet<>(known(kind, "bodyEn", text.bodyEn())));
        }
        return List.copyOf(used);
    }

    /**
     * The text filled with {@code values}, after the same check.
     *
     * @throws InvalidValueException as {@link #check}, or {@code template.value-missing} naming the
     *     placeholder that would stay empty
     */
    public TemplateText fill(KindPlaceholders kind, TemplateText text, Map<String, String> values) {
        check(kind, text);
        return new TemplateText(
                fill("title", text.title(), values),
                fill("body", text.body(), values),
                text.bodyEn() == null ? null : fill("bodyEn", text.bodyEn(), values));
    }

    /**
     * {@code text} filled with the kind's sample values, {@code values} taking their place: a preview.
     *
     * @throws InvalidValueException as {@link #fill}, or {@code template.placeholder-unknown} for a value
     *     of a placeholder the kind does not supply (field {@code values})
     */
    public TemplateText preview(KindPlaceholders kind, TemplateText text, Map<String, String> values) {
        Map<String, String> filled = new java.util.LinkedHashMap<>(kind.samples());
        for (Map.Entry<String, String> value : values.entrySet()) {
            if (kind.find(value.getKey()).isEmpty()) {
                throw new InvalidValueException(
                        "template.placeholder-unknown",
                        "values",
                        "values: {" + value.getKey() + "} is not a placeholder of " + kind.kind(),
                        "values",
                        "{" + value.getKey() + "}");
            }
            filled.put(value.getKey(), value.getValue());
        }
        return fill(kind, text, filled);
    }

    private static String fill(String field, String text, Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        for (String name : PlaceholderSyntax.parse(field, text)) {
            int open = text.indexOf("{" + name + "}", i);
            String value = values.get(name);
            if (value == null || value.isBlank()) {
                throw new InvalidValueException(
                        "template.value-missing",
                        field,
                        field + ": no value for {" + name + "}; a text is never shown with an empty placeholder",
                        field,
                        "{" + name + "}");
            }
            out.append(text, i, open).append(value);
            i = open + name.length() + 2;
        }
        return out.append(text.substring(i)).toString();
    }

    private static List<String> known(KindPlaceholders kind, String field, String text) {
        List<String> names = PlaceholderSyntax.parse(field, text);
        for (String name : names) {
            if (kind.find(name).isEmpty()) {
                throw new InvalidValueException(
                        "template.placeholder-unknown",
                        field,
                        field + ": {" + name + "} is not a placeholder of " + kind.kind(),
                        field,
                        "{" + name + "}");
            }
        }
        return names;
    }

    private static void requiredIn(KindPlaceholders kind, String field, Set<String> used) {
        for (String name : kind.requiredNames()) {
            if (!used.contains(name)) {
                throw new InvalidValueException(
                        "template.placeholder-missing",
                        field,
                        field + ": {" + name + "} is required for " + kind.kind(),
                        field,
                        "{" + name + "}");
            }
        }
    }

    private static void length(String field, String text, int limit) {
        if (text.isBlank()) {
            throw new InvalidValueException(
                    "template.text-blank", field, field + ": a template text is not blank", field);
        }
        if (text.length() > limit) {
            throw new InvalidValueException(
                    "template.too-long",
                    field,
                    field + ": " + text.length() + " characters, at most " + limit,
                    field,
                    limit);
        }
    }
}
