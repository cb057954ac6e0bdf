package io.onewindow.notification.templates;

import io.onewindow.notification.inbox.domain.NoticeKind;
import io.onewindow.notification.templates.domain.KindPlaceholders;
import io.onewindow.notification.templates.domain.KindTemplates;
import io.onewindow.notification.templates.domain.PlaceholderCheck;
import io.onewindow.notification.templates.domain.TemplateText;
import io.onewindow.platform.concurrency.Precondition;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.service.UseCase;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A platform administrator's work on the notice templates: reads each kind's versions, saves a new
 * version as a draft (on the state the caller read: {@code If-Match}), publishes a draft, and previews a
 * text with sample values. Who may is checked by the controller (role {@code platform-admin}); every
 * change names the administrator and the time, and records {@code NoticeTemplatePublished}.
 */
@UseCase
public class TemplateAdministration {

    private final KindTemplatesStore templates;
    private final PlaceholderCheck check;
    private final Clock clock;

    TemplateAdministration(KindTemplatesStore templates, PlaceholderCheck check, Clock clock) {
        this.templates = templates;
        this.check = check;
        this.clock = clock;
    }

    /** Every kind's templates, in the order of the kinds. */
    public List<KindTemplates> kinds() {
        Map<String, KindTemplates> stored = new LinkedHashMap<>();
        templates.all().forEach(t -> stored.put(t.kind().name(), t));
        return Arrays.stream(NoticeKind.values())
                .map(kind -> stored.get(kind.name()))
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /**
     * One kind's templates.
     *
     * @throws NotFoundException {@code notice template} for an unknown kind
     */
    public KindTemplates of(String kind) {
        NoticeKind known = kindOf(kind);
        return templates.find(known).orElseThrow(() -> new NotFoundException("notice template", kind));
    }

    /** What a kind's events supply. */
    public KindPlaceholders placeholders(String kind) {
        return KindPlaceholders.of(kindOf(kind));
    }

    /**
     * Saves {@code text} as the kind's next version, a draft; refused (nothing stored) when its
     * placeholders do not pass the check, or when the kind changed since the caller read it.
     */
    public Saved draft(Caller caller, String kind, TemplateText text, Precondition<KindTemplates> expected) {
        NoticeKind known = kindOf(kind);
        int[] number = new int[1];
        KindTemplates changed = templates.change(known, t -> {
            expected.existing(t);
            number[0] = t.draft(text, check, caller.username(), clock.instant()).number();
        });
        return new Saved(changed, number[0]);
    }

    /** Publishes draft {@code number}: notices of the kind are written from it from now on. */
    public Saved publish(Caller caller, String kind, int number) {
        KindTemplates changed =
                templates.change(kindOf(kind), t -> t.publish(number, check, caller.username(), clock.instant()));
        return new Saved(changed, number);
    }

    /** {@code text} filled with the kind's sample values, {@code values} overriding them; nothing is stored. */
    public TemplateText preview(String kind, TemplateText text, Map<String, String> values) {
        return check.preview(KindPlaceholders.of(kindOf(kind)), text, values == null ? Map.of() : values);
    }

    /**
     * A kind's templates after a change, and the version changed.
     *
     * @param templates the kind's templates
     * @param version the version saved or published
     */
    public record Saved(KindTemplates templates, int version) {}

    private static NoticeKind kindOf(String kind) {
        return Arrays.stream(NoticeKind.values())
                .filter(k -> k.name().equals(kind))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("notice template", kind));
    }
}
