package io.onewindow.supervision.majorprojects;

import io.onewindow.platform.messaging.outbox.OutboxEntry;
import io.onewindow.supervision.majorprojects.domain.MajorProject;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A case's major-project flag as stored (id: the case id), with its version and outbox. */
@Document(MajorProjectDocument.COLLECTION)
class MajorProjectDocument {

    static final String COLLECTION = "major_projects";

    @Id
    String id;

    MajorProject project;

    Long version;

    List<OutboxEntry> outbox = new ArrayList<>();

    MajorProjectDocument() {}

    MajorProjectDocument(MajorProject project, long version, List<OutboxEntry> outbox) {
        this.id = project.caseId();
        this.project = project;
        this.version = version;
        this.outbox = new ArrayList<>(outbox);
    }
}
