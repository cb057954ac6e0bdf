package io.onewindow.appointment.catalog;

import io.onewindow.appointment.catalog.domain.CatalogMatter;
import io.onewindow.platform.events.approval.MatterVersionPublished;
import io.onewindow.platform.service.UseCase;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The matters approval-service has published, as this service learnt them from {@code
 * MatterVersionPublished} (the latest version per matter): what an offering at a hall may book, and
 * the name and department it takes.
 */
@UseCase
public class PublishedMatters {

    private final CatalogMatterStore matters;

    PublishedMatters(CatalogMatterStore matters) {
        this.matters = matters;
    }

    /** The latest published version of the matter, if one was published. */
    public Optional<CatalogMatter> find(String code) {
        return matters.find(code);
    }

    /** The name of every published matter, by code. */
    public Map<String, String> names() {
        return matters.all().stream().collect(Collectors.toMap(CatalogMatter::code, CatalogMatter::name));
    }

    /**
     * Keeps a published version unless a newer one is kept already (versions may arrive late or
     * twice); answers whether it was kept.
     */
    public boolean published(MatterVersionPublished event) {
        return matters.keepIfNewer(new CatalogMatter(
                event.matterCode(), event.version(), event.name(), event.department(), event.servicePoints()));
    }
}
