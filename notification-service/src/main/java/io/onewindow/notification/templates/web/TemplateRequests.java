package io.onewindow.notification.templates.web;

import io.onewindow.notification.templates.domain.TemplateText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** Request bodies of the template administration. */
final class TemplateRequests {

    private TemplateRequests() {}

    /**
     * A template version's text. Placeholders are written {@code {name}}; which names a kind supplies is
     * in its {@code placeholders}. The body's length limit is the setting {@code template-max-length}.
     *
     * @param title the subject a channel shows (placeholders allowed)
     * @param body the Chinese text notices are written from
     * @param bodyEn the English text, optional
     */
    record Version(
            @NotBlank @Size(max = 100) String title,
            @NotBlank @Size(max = 4000) String body,
            @Size(max = 4000) String bodyEn) {

        TemplateText text() {
            return new TemplateText(title, body, bodyEn);
        }
    }

    /**
     * A text to preview with the kind's sample values.
     *
     * @param title as for a version
     * @param body as for a version
     * @param bodyEn as for a version
     * @param values values to use instead of the samples, by placeholder name (optional)
     */
    record Preview(
            @NotBlank @Size(max = 100) String title,
            @NotBlank @Size(max = 4000) String body,
            @Size(max = 4000) String bodyEn,

            @Size(max = 30)
            Map<@Pattern(regexp = "[A-Za-z]{1,40}") String, @NotBlank @Size(max = 1000) String> values) {

        TemplateText text() {
            return new TemplateText(title, body, bodyEn);
        }
    }
}
