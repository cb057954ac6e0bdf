package io.onewindow.approval.partner;

import io.onewindow.approval.partner.domain.PartnerCase;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.events.approval.PartnerMilestone;
import io.onewindow.platform.messaging.aggregate.AggregateMapping;
import io.onewindow.platform.messaging.aggregate.AggregateStore;
import io.onewindow.platform.messaging.aggregate.AggregateStores;
import io.onewindow.platform.messaging.outbox.OutboxEntry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;

/**
 * The mirrored partner cases, one document per {@code department/partnerCaseNumber}, each written
 * through the platform's aggregate store.
 */
@Component
class PartnerCaseStore {

    private final AggregateStore<PartnerCase, PartnerCaseDocument> mirrors;
    private final MongoOperations mongo;

    PartnerCaseStore(AggregateStores stores, MongoOperations mongo) {
        this.mirrors = stores.of(mapping());
        this.mongo = mongo;
    }

    /** The mirror of a partner's case, if there is one. */
    Optional<PartnerCase> find(String department, String partnerCaseNumber) {
        return mirrors.find(PartnerCaseDocument.idOf(department, partnerCaseNumber));
    }

    /**
     * Opens the mirror with {@code open} when there is none, or applies {@code change} to the stored
     * one and writes it if it says it changed; read again and re-applied when someone wrote it
     * meanwhile (the outbox relay after publishing, or a report arriving at the same moment).
     *
     * @return the mirror as it stands
     */
    PartnerCase openOrChange(
            String department, String partnerCaseNumber, Supplier<PartnerCase> open, Predicate<PartnerCase> change) {
        String id = PartnerCaseDocument.idOf(department, partnerCaseNumber);
        return mirrors.retrying(() -> {
            PartnerCaseDocument read = mongo.findById(id, PartnerCaseDocument.class);
            if (read == null) {
                try {
                    return mirrors.add(open.get());
                } catch (DuplicateKeyException raced) {
                    throw new OptimisticLockingFailureException("opened concurrently: " + id, raced);
                }
            }
            PartnerCase mirror = mirrors.toAggregate(read);
            return change.test(mirror) ? mirrors.save(mirror, read) : mirror;
        });
    }

    /** Order of a partner's list: the latest report first (then by id, which {@code PageParams} appends). */
    static final Sort LIST_ORDER = Sort.by(Sort.Direction.DESC, "lastReportedAt");

    /**
     * One page of the department's mirrors in {@link #LIST_ORDER} (skip and limit in the store),
     * counted with the same filter.
     *
     * @param stage only mirrors at this stage, or {@code null}
     * @param updatedSince only mirrors whose latest report arrived at or after it, or {@code null}
     */
    Page<PartnerCase> ofDepartment(String department, PartnerMilestone stage, Instant updatedSince, Pageable page) {
        Criteria criteria = Criteria.where("department").is(department);
        if (stage != null) {
            criteria = criteria.and("stage").is(stage.name());
        }
        if (updatedSince != null) {
            criteria = criteria.and("lastReportedAt").gte(updatedSince);
        }
        Query filter = Query.query(criteria);
        List<PartnerCase> content = mongo.find(Query.of(filter).with(page), PartnerCaseDocument.class).stream()
                .map(mirrors::toAggregate)
                .toList();
        return PageableExecutionUtils.getPage(content, page, () -> mongo.count(filter, PartnerCaseDocument.class));
    }

    /**
     * Copies the stage and the latest report time to the top of mirrors stored before the list
     * filtered on them; only where the mirror still has the milestones read, so a report written
     * meanwhile (which sets them itself) is never overwritten.
     *
     * @return how many were filled
     */
    int fillListFields() {
        int filled = 0;
        try (var stale =
                mongo.stream(Query.query(Criteria.where("lastReportedAt").exists(false)), PartnerCaseDocument.class)) {
            for (PartnerCaseDocument document : (Iterable<PartnerCaseDocument>) stale::iterator) {
                PartnerCase mirror = mirrors.toAggregate(document);
                // Only while still unfilled and with the milestones read: a report meanwhile sets the
                // fields itself, and the outbox relay (which bumps the version) changes neither.
                Criteria same = Criteria.where("_id")
                        .is(document.id)
                        .and("lastReportedAt")
                        .exists(false)
                        .and("data.milestones")
                        .size(mirror.milestones().size());
                filled += (int) mongo.updateFirst(
                                Query.query(same),
                                new Update()
                                        .set("stage", mirror.stage().name())
                                        .set("lastReportedAt", mirror.lastReportedAt()),
                                PartnerCaseDocument.class)
                        .getModifiedCount();
            }
        }
        return filled;
    }

    /** Every mirror, one at a time. */
    void forEach(Consumer<PartnerCase> action) {
        try (var all = mongo.stream(new Query(), PartnerCaseDocument.class)) {
            all.map(mirrors::toAggregate).forEach(action);
        }
    }

    /** How {@link PartnerCase} is stored: the mirror under {@code data}, the department at the top. */
    static AggregateMapping<PartnerCase, PartnerCaseDocument> mapping() {
        return AggregateMapping.of(PartnerCase.class, PartnerCaseDocument.class, "partner case", Topics.APPROVAL)
                .id(PartnerCaseStore::idOf)
                .stored(PartnerCaseStore::document, document -> document.data)
                .versioned(document -> document.version, document -> document.outbox)
                .conflictCode("partner.changed-meanwhile");
    }

    private static String idOf(PartnerCase mirror) {
        return PartnerCaseDocument.idOf(mirror.department(), mirror.partnerCaseNumber());
    }

    private static PartnerCaseDocument document(PartnerCase mirror, long version, List<OutboxEntry> outbox) {
        PartnerCaseDocument document = new PartnerCaseDocument();
        document.id = idOf(mirror);
        document.version = version;
        document.department = mirror.department();
        document.stage = mirror.stage().name();
        document.lastReportedAt = mirror.lastReportedAt();
        document.data = mirror;
        document.outbox = outbox;
        return document;
    }
}
