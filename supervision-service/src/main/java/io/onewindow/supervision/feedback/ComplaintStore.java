package io.onewindow.supervision.feedback;

import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.aggregate.AggregateMapping;
import io.onewindow.platform.messaging.aggregate.AggregateStore;
import io.onewindow.platform.messaging.aggregate.AggregateStores;
import io.onewindow.platform.messaging.outbox.OutboxEntry;
import io.onewindow.supervision.feedback.domain.Complaint;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The complaints as stored: each complaint and the events it recorded in one document of {@code complaints}. */
@Component
class ComplaintStore {

    private final AggregateStore<Complaint, ComplaintDocument> complaints;
    private final MongoTemplate mongo;

    ComplaintStore(AggregateStores stores, MongoTemplate mongo) {
        this.complaints = stores.of(new ComplaintMapping());
        this.mongo = mongo;
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
        return complaints.retrying(() -> {
            ComplaintDocument read = mongo.findById(id, ComplaintDocument.class);
            if (read == null) {
                return false;
            }
            Complaint complaint = complaints.toAggregate(read);
            if (!change.test(complaint)) {
                return false;
            }
            complaints.save(complaint, read);
            return true;
        });
    }

    Complaint get(String id) {
        return complaints.get(id);
    }

    Optional<Complaint> find(String id) {
        return complaints.find(id);
    }

    List<Complaint> find(Query query) {
        return mongo.find(query, ComplaintDocument.class).stream()
                .map(d -> d.complaint)
                .toList();
    }

    List<Complaint> all() {
        return mongo.findAll(ComplaintDocument.class).stream()
                .map(d -> d.complaint)
                .toList();
    }

    private static final class ComplaintMapping implements AggregateMapping<Complaint, ComplaintDocument> {

        @Override
        public Class<ComplaintDocument> documentType() {
            return ComplaintDocument.class;
        }

        @Override
        public String id(Complaint complaint) {
            return complaint.id();
        }

        @Override
        public ComplaintDocument toDocument(Complaint complaint, long version, List<OutboxEntry> outbox) {
            return new ComplaintDocument(complaint, version, outbox);
        }

        @Override
        public Complaint toAggregate(ComplaintDocument document) {
            return document.complaint;
        }

        @Override
        public Long version(ComplaintDocument document) {
            return document.version;
        }

        @Override
        public List<OutboxEntry> outbox(ComplaintDocument document) {
            return document.outbox;
        }

        @Override
        public String topic() {
            return Topics.SUPERVISION;
        }

        @Override
        public String conflictCode() {
            // The code clients saw before the aggregate store (Spring's optimistic-locking failure).
            return "concurrent-update";
        }

        @Override
        public String kind() {
            return "complaint";
        }
    }
}
