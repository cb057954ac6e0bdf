package io.onewindow.supervision.majorprojects;

import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.aggregate.AggregateMapping;
import io.onewindow.platform.messaging.aggregate.AggregateStore;
import io.onewindow.platform.messaging.aggregate.AggregateStores;
import io.onewindow.supervision.majorprojects.domain.MajorProject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The major-project flags as stored in {@code major_projects}, one document per case: primary
 * data, not a projection, so a rebuild of the projections leaves it alone.
 */
@Component
class MajorProjectStore {

    private final AggregateStore<MajorProject, MajorProjectDocument> projects;

    MajorProjectStore(AggregateStores stores) {
        this.projects = stores.of(mapping());
    }

    MajorProject add(MajorProject project) {
        return projects.add(project);
    }

    MajorProject change(String caseId, Consumer<MajorProject> change) {
        return projects.change(caseId, change);
    }

    Optional<MajorProject> find(String caseId) {
        return projects.find(caseId);
    }

    /** The flags of these cases (those ever flagged), by case id, in one query. */
    Map<String, MajorProject> of(java.util.Collection<String> caseIds) {
        Map<String, MajorProject> found = new HashMap<>();
        if (!caseIds.isEmpty()) {
            projects.findAll(Query.query(Criteria.where("_id").in(caseIds)))
                    .forEach(project -> found.put(project.caseId(), project));
        }
        return found;
    }

    /** Every case ever flagged, by case id. */
    Map<String, MajorProject> all() {
        Map<String, MajorProject> all = new HashMap<>();
        projects.findAll(new Query()).forEach(project -> all.put(project.caseId(), project));
        return all;
    }

    /** The cases flagged now, most recently flagged first. */
    List<MajorProject> flagged() {
        return projects.findAll(Query.query(Criteria.where("project.flagged").is(true))
                .with(Sort.by(Sort.Direction.DESC, "project.flaggedAt").and(Sort.by("_id"))));
    }

    static AggregateMapping<MajorProject, MajorProjectDocument> mapping() {
        return AggregateMapping.of(MajorProject.class, MajorProjectDocument.class, "major-project", Topics.SUPERVISION)
                .id(MajorProject::caseId)
                .stored(MajorProjectDocument::new, document -> document.project)
                .versioned(document -> document.version, document -> document.outbox)
                .conflictCode("concurrent-update");
    }
}
