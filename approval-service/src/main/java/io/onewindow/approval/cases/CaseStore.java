package io.onewindow.approval.cases;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.onewindow.approval.ApprovalServiceApplication;
import io.onewindow.approval.cases.domain.Applicant;
import io.onewindow.approval.cases.domain.ApplicationCase;
import io.onewindow.approval.cases.domain.CaseState;
import io.onewindow.approval.cases.domain.Decision;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.aggregate.AggregateMapping;
import io.onewindow.platform.messaging.aggregate.AggregateStore;
import io.onewindow.platform.messaging.aggregate.AggregateStores;
import io.onewindow.platform.messaging.outbox.OutboxEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.bson.Document;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;

/**
 * The cases: every write through the platform's aggregate store (state, events and audit links in
 * one conditional write, re-applied on a fresh read when the case changed meanwhile), and the
 * queries the use cases need.
 */
@Component
class CaseStore {

    /** The problem code clients have always seen when a case kept changing under an action. */
    static final String CHANGED_MEANWHILE = "application.changed-meanwhile";

    private final AggregateStore<ApplicationCase, CaseDocument> cases;
    private final MongoOperations mongo;

    CaseStore(AggregateStores stores, MongoOperations mongo) {
        this.cases = stores.of(mapping());
        this.mongo = mongo;
    }

    /** Stores a new case with its events. */
    ApplicationCase add(ApplicationCase submitted) {
        return cases.add(submitted);
    }

    /** The case, or 404 {@code case}. */
    ApplicationCase get(String id) {
        return cases.get(id);
    }

    /** The case, if there is one with this id. */
    Optional<ApplicationCase> find(String id) {
        return cases.find(id);
    }

    /**
     * The decision facts of the case with this id, if any: a projection of its document (the
     * decision, the applicant and the matter's identity), without restoring the aggregate, its audit
     * chain, materials, corrections or the matter's steps. The fields are read with the store's own
     * converter, so they are what {@link #find} would give.
     */
    Optional<CaseQueries.DecisionFacts> decisionFacts(String id) {
        Query byId = query(where("_id").is(id));
        byId.fields()
                .include(
                        "caseNumber",
                        "data.state",
                        "data.matter.code",
                        "data.matter.name",
                        "data.matter.department",
                        "data.matter.licenseTypeCode",
                        "data.matterVersion",
                        "data.applicant",
                        "data.decision");
        Document found = mongo.findOne(byId, Document.class, ApprovalServiceApplication.CASES);
        if (found == null) {
            return Optional.empty();
        }
        MongoConverter converter = mongo.getConverter();
        Document data = found.get("data", Document.class);
        Document matter = data.get("matter", Document.class);
        Document decision = data.get("decision", Document.class);
        return Optional.of(new CaseQueries.DecisionFacts(
                found.getString("_id"),
                found.getString("caseNumber"),
                CaseState.valueOf(data.getString("state")),
                matter.getString("code"),
                matter.getString("name"),
                matter.getString("department"),
                matter.getString("licenseTypeCode"),
                data.getInteger("matterVersion", 0),
                converter.read(Applicant.class, data.get("applicant", Document.class)),
                decision == null ? null : converter.read(Decision.class, decision)));
    }

    /** The case with this case number (unique), if any. */
    Optional<ApplicationCase> byCaseNumber(String caseNumber) {
        return find(query(where("caseNumber").is(caseNumber)).limit(1)).stream().findFirst();
    }

    /** The parts of the linked filing {@code linkedNumber} (联办件), in case-number order. */
    List<ApplicationCase> byLinkedNumber(String linkedNumber) {
        return find(query(where("linkedNumber").is(linkedNumber))
                .with(Sort.by("caseNumber"))
                .limit(20));
    }

    /** Reads, changes and writes the case, again on a fresh read if it changed meanwhile. */
    ApplicationCase change(String id, Consumer<ApplicationCase> change) {
        return cases.change(id, change);
    }

    /** Cases in {@code state} whose Art. 32 deadline is before {@code day}. */
    List<ApplicationCase> inStateWithArt32DeadlineBefore(String state, LocalDate day, int limit) {
        return find(query(where("state").is(state).and("art32Deadline").lt(day)).limit(limit));
    }

    /** A department's cases, a page of them, with how many there are. */
    Page<ApplicationCase> ofDepartment(String department, Pageable page) {
        return page(query(where("department").is(department)), page);
    }

    /** Cases filed by {@code username} or for any of the applicant codes, a page of them, with how many there are. */
    Page<ApplicationCase> filedByOrFor(String username, List<String> applicantCodes, Pageable page) {
        return page(
                new Query(new Criteria()
                        .orOperator(
                                where("filedBy").is(username),
                                where("applicantCode").in(applicantCodes))),
                page);
    }

    /** Every case, a page of them, with how many there are. */
    Page<ApplicationCase> all(Pageable page) {
        return page(new Query(), page);
    }

    /** One page of what {@code filter} finds (skip and limit in the store), counted with the same filter. */
    private Page<ApplicationCase> page(Query filter, Pageable page) {
        List<ApplicationCase> content = find(Query.of(filter).with(page));
        return PageableExecutionUtils.getPage(content, page, () -> mongo.count(filter, CaseDocument.class));
    }

    /** Up to {@code limit} cases in one of {@code states} with ids after {@code afterId}, by id. */
    List<ApplicationCase> inStatesAfter(List<String> states, String afterId, int limit) {
        return find(query(where("state").in(states).and("_id").gt(afterId))
                .with(Sort.by("_id"))
                .limit(limit));
    }

    private List<ApplicationCase> find(Query query) {
        return mongo.find(query, CaseDocument.class).stream()
                .map(cases::toAggregate)
                .toList();
    }

    /** How {@link ApplicationCase} is stored: the case under {@code data}, the fields queries filter on at the top. */
    static AggregateMapping<ApplicationCase, CaseDocument> mapping() {
        return AggregateMapping.of(ApplicationCase.class, CaseDocument.class, "case", Topics.APPROVAL)
                .id(ApplicationCase::id)
                .stored(CaseStore::document, document -> ApplicationCase.restore(document.data))
                .versioned(document -> document.version, document -> document.outbox)
                .conflictCode(CHANGED_MEANWHILE);
    }

    private static CaseDocument document(ApplicationCase aggregate, long version, List<OutboxEntry> outbox) {
        CaseDocument document = new CaseDocument();
        document.id = aggregate.id();
        document.version = version;
        document.caseNumber = aggregate.caseNumber();
        document.department = aggregate.matter().department();
        document.state = aggregate.state().name();
        document.applicantCode = aggregate.applicant().code();
        document.filedBy = aggregate.particulars().filedBy();
        document.linkedNumber = aggregate.particulars().linked() == null
                ? null
                : aggregate.particulars().linked().number();
        document.art32Deadline = aggregate.statutoryClock().art32Deadline();
        document.data = aggregate.snapshot();
        document.outbox = outbox;
        return document;
    }
}
