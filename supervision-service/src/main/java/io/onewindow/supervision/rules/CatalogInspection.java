package io.onewindow.supervision.rules;

import io.onewindow.platform.events.approval.MatterVersionPublished;
import io.onewindow.platform.service.UseCase;
import io.onewindow.supervision.alerts.AlertBook;
import io.onewindow.supervision.catalog.MatterCatalog;
import io.onewindow.supervision.catalog.domain.MatterDefinition;
import io.onewindow.supervision.rules.domain.CatalogThresholdRule;
import java.util.List;

/**
 * Keeps a published catalog version and runs rule 5 (raised thresholds) against its neighbours;
 * partner cases that waited for the matter's limits are counted on them.
 */
@UseCase
public class CatalogInspection {

    private final MatterCatalog catalog;
    private final CatalogThresholdRule rule;
    private final AlertBook alerts;
    private final CaseInspection cases;

    CatalogInspection(MatterCatalog catalog, CatalogThresholdRule rule, AlertBook alerts, CaseInspection cases) {
        this.catalog = catalog;
        this.rule = rule;
        this.alerts = alerts;
        this.cases = cases;
    }

    /** Keeps a published version and compares it with the one before and the one after. */
    public void published(String eventId, MatterVersionPublished event) {
        MatterDefinition current = catalog.published(eventId, event);
        catalog.previous(current)
                .flatMap(before -> rule.compare(before, current))
                .ifPresent(found -> alerts.raise(List.of(found)));
        // A version may arrive before the one it follows (replay across partitions is ordered per
        // matter, but be safe): compare the next version with this one too.
        catalog.next(current)
                .flatMap(after -> rule.compare(current, after))
                .ifPresent(found -> alerts.raise(List.of(found)));
        // Partner cases accepted before any version of the matter was known are counted on it now.
        cases.catalogVersionArrived(current);
    }
}
