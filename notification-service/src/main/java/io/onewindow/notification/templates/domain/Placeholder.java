package io.onewindow.notification.templates.domain;

import java.util.Objects;

/**
 * A value the event of a notice kind supplies to its template ({@code {caseNumber}}).
 *
 * @param name the name written between the braces: ASCII letters only
 * @param required whether every version of the kind's template must use it (the notice makes no sense
 *     without it)
 * @param sample a value of the right shape, for previews
 */
public record Placeholder(String name, boolean required, String sample) {

    public Placeholder {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sample, "sample");
        if (!PlaceholderSyntax.isName(name)) {
            throw new IllegalArgumentException("a placeholder name is ASCII letters: " + name);
        }
    }

    static Placeholder required(String name, String sample) {
        return new Placeholder(name, true, sample);
    }

    static Placeholder optional(String name, String sample) {
        return new Placeholder(name, false, sample);
    }
}
