package io.onewindow.notification.templates;

import io.micrometer.core.instrument.MeterRegistry;
import io.onewindow.notification.inbox.domain.NoticeDraft;
import io.onewindow.notification.inbox.domain.NoticeTemplate;
import io.onewindow.notification.templates.domain.KindTemplates;
import io.onewindow.platform.service.UseCase;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a notice's text from its kind's published template version (the built-in version 1 while the
 * kind is not seeded yet, at the very start). A text that would leave a placeholder empty is refused for
 * that notice: logged, counted in {@code onewindow.notification.render.refused} (tag {@code kind}), and
 * nobody gets it; never shown with the placeholder in it.
 */
@UseCase
public class TemplateRendering {

    /** The counter of notices refused because a placeholder would stay empty. */
    public static final String REFUSED = "onewindow.notification.render.refused";

    private static final Logger log = LoggerFactory.getLogger(TemplateRendering.class);

    private final KindTemplatesStore templates;
    private final MeterRegistry meters;

    TemplateRendering(KindTemplatesStore templates, MeterRegistry meters) {
        this.templates = templates;
        this.meters = meters;
    }

    /**
     * The draft written from its kind's published template, or empty when the text would have a hole.
     *
     * @param sourceEventId the event that caused it, for the log
     */
    public Optional<NoticeDraft> render(NoticeDraft draft, String sourceEventId) {
        NoticeTemplate published = templates
                .find(draft.kind())
                .flatMap(KindTemplates::template)
                .orElse(draft.kind().template());
        NoticeDraft written = draft.using(published);
        try {
            written.text();
            return Optional.of(written);
        } catch (NoticeTemplate.UnfilledPlaceholder hole) {
            log.warn(
                    "notice {} of event {} not written: {} v{} would leave {{}} empty",
                    draft.kind(),
                    sourceEventId,
                    published.key(),
                    published.version(),
                    hole.placeholder());
            meters.counter(REFUSED, "kind", draft.kind().name()).increment();
            return Optional.empty();
        }
    }
}
