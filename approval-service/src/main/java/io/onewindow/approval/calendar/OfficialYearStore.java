package io.onewindow.approval.calendar;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.onewindow.approval.calendar.domain.OfficialYearProposal;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.aggregate.AggregateMapping;
import io.onewindow.platform.messaging.aggregate.AggregateStore;
import io.onewindow.platform.messaging.aggregate.AggregateStores;
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
        this.years = stores.of(mapping());
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

    /** How {@link OfficialYearProposal} is stored: its document, id, version and outbox. */
    static AggregateMapping<OfficialYearProposal, OfficialYearDocument> mapping() {
        return AggregateMapping.of(
                        OfficialYearProposal.class, OfficialYearDocument.class, "calendar proposal", Topics.APPROVAL)
                .id(OfficialYearProposal::id)
                .stored(OfficialYearDocument::of, document -> document.proposal)
                .versioned(document -> document.version, document -> document.outbox)
                .conflictCode("calendar.changed-meanwhile");
    }
}
