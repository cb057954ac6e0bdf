package io.onewindow.notification.inbox.domain;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Chinese text of one kind of notice with its placeholders ({@code {caseNumber}}), under a key and
 * a version: a notice names the template it was written from, so a later template change (or an
 * outbound channel's own template, e.g. a WeChat subscribe message) can be matched to it.
 *
 * @param key stable name, e.g. {@code booking.confirmed}
 * @param version raised whenever the text or its placeholders change
 * @param text the text with {@code {name}} placeholders
 */
public record NoticeTemplate(String key, int version, String text) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    public NoticeTemplate {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(text, "text");
        if (version < 1) {
            throw new IllegalArgumentException("a template version starts at 1");
        }
    }

    /** The names of its placeholders, in order of first use. */
    public Set<String> placeholders() {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /**
     * The text with every placeholder filled.
     *
     * @throws UnfilledPlaceholder when a placeholder has no value or a blank one (checked before use: a
     *     notice is never written with a hole in it)
     */
    public String render(Map<String, String> values) {
        for (String name : placeholders()) {
            String value = values.get(name);
            if (value == null || value.isBlank()) {
                throw new UnfilledPlaceholder(this, name);
            }
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.get(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A placeholder would stay empty: the notice is not written. */
    public static final class UnfilledPlaceholder extends IllegalArgumentException {

        private final String placeholder;

        UnfilledPlaceholder(NoticeTemplate template, String placeholder) {
            super("template " + template.key() + " v" + template.version() + ": no value for {" + placeholder + "}");
            this.placeholder = placeholder;
        }

        /** The placeholder's name. */
        public String placeholder() {
            return placeholder;
        }
    }
}
