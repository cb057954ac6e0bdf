package io.onewindow.notification.templates.domain;

import io.onewindow.platform.domain.InvalidValueException;
import java.util.ArrayList;
import java.util.List;

/**
 * The placeholder syntax of notice templates: {@code {name}}, a name of ASCII letters between braces
 * (the syntax the built-in texts always used). A brace is never literal text: a <code>{</code> without its
 * <code>}</code>, a <code>}</code> without its <code>{</code> and a brace inside a placeholder are
 * unbalanced; braces around anything but a name ({@code {}}, {@code {case-number}},
 * <code>{ caseNumber }</code>) are malformed. Both are refused naming the field and the fragment.
 */
public final class PlaceholderSyntax {

    private PlaceholderSyntax() {}

    /** Whether {@code name} may stand between braces. */
    public static boolean isName(String name) {
        return name != null && name.matches("[A-Za-z]+");
    }

    /**
     * The placeholders {@code text} uses, in order of use, repeats included.
     *
     * @param field the input the text came from ({@code body}), named in a refusal
     * @throws InvalidValueException {@code template.brackets-unbalanced} or {@code
     *     template.placeholder-malformed}
     */
    public static List<String> parse(String field, String text) {
        List<String> names = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '}') {
                throw unbalanced(field, fragment(text, Math.max(0, i - 10), i + 1));
            }
            if (c != '{') {
                i++;
                continue;
            }
            int close = text.indexOf('}', i + 1);
            int nextOpen = text.indexOf('{', i + 1);
            if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
                int end = nextOpen >= 0 ? nextOpen : Math.min(text.length(), i + 20);
                throw unbalanced(field, fragment(text, i, end));
            }
            String name = text.substring(i + 1, close);
            if (!isName(name)) {
                throw new InvalidValueException(
                        "template.placeholder-malformed",
                        field,
                        field + ": {" + name + "} is not a placeholder (ASCII letters between braces)",
                        field,
                        "{" + name + "}");
            }
            names.add(name);
            i = close + 1;
        }
        return names;
    }

    private static InvalidValueException unbalanced(String field, String fragment) {
        return new InvalidValueException(
                "template.brackets-unbalanced",
                field,
                field + ": unbalanced braces at \"" + fragment + "\"",
                field,
                fragment);
    }

    private static String fragment(String text, int from, int to) {
        return text.substring(from, Math.min(to, text.length()));
    }
}
