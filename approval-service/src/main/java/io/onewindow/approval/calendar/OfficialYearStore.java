package io.onewindow.approval.calendar;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.onewindow.approval.calendar.domain.OfficialYearProposal;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.aggregate.AggregateMapping;
import io.onewindow.platform.messaging.aggregate.AggregateStore;
import io.onewindow.platform.messaging.aggregate.AggregateStores;
import io.onewindow.platform.messaging.outbox.OutboxEntry;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The entered official years, each written through the platform's aggregate store. */
@Component
class OfficialYearStore {

    private final AggregateStore<OfficialYearProposal, OfficialYearDocument> years;
    private final MongoOperations mongo;

    OfficialYearStore(AggregateStores stores, MongoOperations mongo) {
        this.years = stores.of(new OfficialYearMapping());
        this.mongo = mongo;
    }

    /**
     * Stores a newly entered year.
     *
     * @throws org.springframework.dao.DuplicateKeyException when the year is published or waits already
     */
    OfficialYearProposal add(OfficialYearProposal proposal) {
        return years.add(proposal);
    }

    /** Reads, changes and writes an entered year, or 404 {@code calendar proposal}. */
    OfficialYearProposal change(String id, Consumer<OfficialYearProposal> change) {
        return years.change(id, change);
    }

    /** The entered years in {@code status}. */
    List<OfficialYearProposal> inStatus(String status) {
        return find(query(where("status").is(status)));
    }

    /** Every entered year, newest year first. */
    List<OfficialYearProposal> all() {
        return find(new Query().with(Sort.by(Sort.Direction.DESC, "year").and(Sort.by("id"))));
    }

    private List<OfficialYearProposal> find(Query query) {
        return mongo.find(query, OfficialYearDocument.class).stream()
                .map(years::toAggregate)
                .toList();
    }

    /** The proposal under {@code proposal}, with year, status and the unique open key at the top. */
    static final class OfficialYearMapping implements AggregateMapping<OfficialYearProposal, OfficialYearDocument> {

        @Override
        public Class<OfficialYearDocument> documentType() {
            return OfficialYearDocument.class;
        }

        @Override
        public String id(OfficialYearProposal aggregate) {
            return aggregate.id();
        }

        @Override
        public OfficialYearDocument toDocument(OfficialYearProposal aggregate, long version, List<OutboxEntry> outbox) {
            return OfficialYearDocument.of(aggregate, version, outbox);
        }

        @Override
        public OfficialYearProposal toAggregate(OfficialYearDocument document) {
            return document.proposal;
        }

        @Override
        public Long version(OfficialYearDocument document) {
            return document.version;
        }

        @Override
        public List<OutboxEntry> outbox(OfficialYearDocument document) {
            return document.outbox;
        }

        @Override
        public String topic() {
            return Topics.APPROVAL;
        }

        @Override
        public String kind() {
            return "calendar proposal";
        }

        @Override
        public String conflictCode() {
            return "calendar.changed-meanwhile";
        }
    }
}
