package io.onewindow.supervision.casefile;

import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.aggregate.AggregateMapping;
import io.onewindow.platform.messaging.aggregate.AggregateStore;
import io.onewindow.platform.messaging.aggregate.AggregateStores;
import io.onewindow.supervision.casefile.domain.DossierIssue;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The log of dossiers handed out ({@code dossier_issues}): primary data, never rebuilt. */
@Component
class DossierIssueStore {

    private final AggregateStore<DossierIssue, DossierIssueDocument> issues;

    DossierIssueStore(AggregateStores stores) {
        this.issues = stores.of(mapping());
    }

    DossierIssue add(DossierIssue issue) {
        return issues.add(issue);
    }

    /** The dossiers of {@code caseId} handed out, oldest first. */
    List<DossierIssue> ofCase(String caseId) {
        return issues.findAll(Query.query(Criteria.where("issue.caseId").is(caseId))
                .with(Sort.by("issue.issuedAt").and(Sort.by("_id"))));
    }

    static AggregateMapping<DossierIssue, DossierIssueDocument> mapping() {
        return AggregateMapping.of(DossierIssue.class, DossierIssueDocument.class, "dossier-issue", Topics.SUPERVISION)
                .id(DossierIssue::id)
                .stored(DossierIssueDocument::new, document -> document.issue)
                .versioned(document -> document.version, document -> document.outbox)
                .conflictCode("concurrent-update");
    }
}
