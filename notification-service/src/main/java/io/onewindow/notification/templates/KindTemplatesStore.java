package io.onewindow.notification.templates;

import io.onewindow.notification.inbox.domain.NoticeKind;
import io.onewindow.notification.templates.domain.KindTemplates;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.aggregate.AggregateMapping;
import io.onewindow.platform.messaging.aggregate.AggregateStore;
import io.onewindow.platform.messaging.aggregate.AggregateStores;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The template versions of each notice kind in {@code notice_templates}, one document per kind. */
@Component
class KindTemplatesStore {

    private final AggregateStore<KindTemplates, KindTemplatesDocument> templates;

    KindTemplatesStore(AggregateStores stores) {
        this.templates = stores.of(mapping());
    }

    Optional<KindTemplates> find(NoticeKind kind) {
        return templates.find(kind.name());
    }

    /** Every kind stored, by name. */
    List<KindTemplates> all() {
        return templates.findAll(new Query().with(Sort.by("_id")));
    }

    /** Stores the kind's templates unless they are stored already (another start, another instance). */
    boolean addIfNew(KindTemplates kind) {
        try {
            templates.add(kind);
            return true;
        } catch (DuplicateKeyException stored) {
            return false;
        }
    }

    /** Reads, changes and writes a kind's templates with their events, or 404 {@code notice template}. */
    KindTemplates change(NoticeKind kind, Consumer<KindTemplates> change) {
        return templates.change(kind.name(), change);
    }

    static AggregateMapping<KindTemplates, KindTemplatesDocument> mapping() {
        return AggregateMapping.of(
                        KindTemplates.class, KindTemplatesDocument.class, "notice template", Topics.NOTIFICATION)
                .id(t -> t.kind().name())
                .stored(KindTemplatesDocument::new, document -> document.templates)
                .versioned(document -> document.version, document -> document.outbox);
    }
}
