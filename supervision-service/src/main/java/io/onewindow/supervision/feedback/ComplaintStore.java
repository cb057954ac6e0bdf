package io.onewindow.supervision.feedback;

import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.aggregate.AggregateMapping;
import io.onewindow.platform.messaging.aggregate.AggregateStore;
import io.onewindow.platform.messaging.aggregate.AggregateStores;
import io.onewindow.supervision.feedback.domain.Complaint;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The complaints as stored: each complaint and the events it recorded in one document of {@code complaints}. */
@Component
class ComplaintStore {

    private final AggregateStore<Complaint, ComplaintDocument> complaints;

    ComplaintStore(AggregateStores stores) {
        this.complaints = stores.of(mapping());
    }

    /**
     * Stores a new complaint with its events.
     *
     * @throws DuplicateKeyException when one with its id exists
     */
    Complaint add(Complaint complaint) {
        return complaints.add(complaint);
    }

    Complaint change(String id, Consumer<Complaint> change) {
        return complaints.change(id, change);
    }

    /**
     * Applies {@code change} to the stored complaint and saves it only when the change says it changed
     * something (a conditional write, repeated on a fresh read when someone wrote meanwhile).
     *
     * @return whether it was changed; {@code false} also when there is no such complaint
     */
    boolean changeIf(String id, Predicate<Complaint> change) {
        return complaints.changeIf(id, change);
    }

    Complaint get(String id) {
        return complaints.get(id);
    }

    Optional<Complaint> find(String id) {
        return complaints.find(id);
    }

    List<Complaint> find(Query query) {
        return complaints.findAll(query);
    }

    List<Complaint> all() {
        return complaints.findAll(new Query());
    }

    /** How {@link Complaint} is stored: its document, id, version and outbox. */
    static AggregateMapping<Complaint, ComplaintDocument> mapping() {
        return AggregateMapping.of(Complaint.class, ComplaintDocument.class, "complaint", Topics.SUPERVISION)
                .id(Complaint::id)
                .stored(ComplaintDocument::new, document -> document.complaint)
                .versioned(document -> document.version, document -> document.outbox)
                .conflictCode("concurrent-update");
    }
}
