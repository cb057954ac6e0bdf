package io.onewindow.notification.templates.domain;

import java.util.Objects;

/**
 * What one version of a notice template says.
 *
 * @param title the subject (what a channel shows as the message's title); placeholders allowed
 * @param body the Chinese text a notice is written from
 * @param bodyEn the English text, or {@code null}
 */
public record TemplateText(String title, String body, String bodyEn) {

    public TemplateText {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        if (bodyEn != null && bodyEn.isBlank()) {
            bodyEn = null;
        }
    }
}
