package io.onewindow.notification.templates;

import io.onewindow.notification.inbox.domain.NoticeKind;
import io.onewindow.notification.templates.domain.KindTemplates;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Stores each notice kind's built-in text as its published version 1 when the kind has no templates yet.
 * A second start, or a second instance starting at the same time, adds nothing (the kind's name is the
 * document's id); a later release whose built-in text differs changes nothing stored either, so an
 * administrator's newer version stays in use (the new built-in text is not applied by itself).
 */
@Component
class TemplateSeeding implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TemplateSeeding.class);

    private final KindTemplatesStore templates;
    private final Clock clock;

    TemplateSeeding(KindTemplatesStore templates, Clock clock) {
        this.templates = templates;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        seed();
    }

    /** Seeds the kinds not stored yet; how many it seeded. */
    int seed() {
        int seeded = 0;
        for (NoticeKind kind : NoticeKind.values()) {
            if (templates.find(kind).isEmpty() && templates.addIfNew(KindTemplates.seed(kind, clock.instant()))) {
                seeded++;
            }
        }
        if (seeded > 0) {
            log.info("seeded the built-in template (version 1) of {} notice kinds", seeded);
        }
        return seeded;
    }
}
