package io.onewindow.elicense.license;

import io.onewindow.elicense.license.domain.License;
import io.onewindow.elicense.license.domain.LicenseStatus;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.outbox.EventRecorder;
import io.onewindow.platform.messaging.outbox.OutboxEntry;
import io.onewindow.platform.messaging.outbox.OutboxRelay;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * The license library. Saving a license writes its recorded events into the same document's
 * outbox (one single-document write) and wakes the relay. The unique indexes on the identifier
 * and on the case id are what make "one license per case" and "one renewal per version" hold
 * across instances.
 */
@Repository
public class Licenses {

    private final MongoTemplate mongo;
    private final EventRecorder recorder;
    private final OutboxRelay relay;

    Licenses(MongoTemplate mongo, EventRecorder recorder, OutboxRelay relay) {
        this.mongo = mongo;
        this.recorder = recorder;
        this.relay = relay;
        IndexOperations indexes = mongo.indexOps(LicenseDocument.COLLECTION);
        indexes.createIndex(new Index("identifier", Sort.Direction.ASC).unique().named("identifier_unique"));
        indexes.createIndex(
                new Index("caseId", Sort.Direction.ASC).unique().sparse().named("caseId_unique"));
        indexes.createIndex(new Index("holderCode", Sort.Direction.ASC).named("holderCode"));
        indexes.createIndex(new Index("validTo", Sort.Direction.ASC).named("validTo"));
    }

    /** Inserts a new license; a second license for the same case or identifier fails with DuplicateKeyException. */
    public void insert(License license) {
        mongo.insert(LicenseDocument.of(license, null, recorder.record(Topics.LICENSE, license.pullEvents())));
        relay.wakeUp();
    }

    /** Saves a changed license read as {@code stored}; a concurrent change fails with an optimistic-locking error. */
    public void save(Stored stored) {
        LicenseDocument before = stored.document();
        List<OutboxEntry> outbox = new ArrayList<>(before.outbox() == null ? List.of() : before.outbox());
        outbox.addAll(recorder.record(Topics.LICENSE, stored.license().pullEvents()));
        mongo.save(LicenseDocument.of(stored.license(), before.version(), outbox));
        relay.wakeUp();
    }

    /** A license as read, with the document version it was read at. */
    public record Stored(License license, LicenseDocument document) {}

    public Optional<Stored> find(String id) {
        return Optional.ofNullable(mongo.findById(id, LicenseDocument.class)).map(Licenses::stored);
    }

    public Stored get(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("license", id));
    }

    public Optional<License> byIdentifier(String identifier) {
        return Optional.ofNullable(
                        mongo.findOne(Query.query(Criteria.where("identifier").is(identifier)), LicenseDocument.class))
                .map(LicenseDocument::toDomain);
    }

    public Optional<License> byCaseId(String caseId) {
        return Optional.ofNullable(
                        mongo.findOne(Query.query(Criteria.where("caseId").is(caseId)), LicenseDocument.class))
                .map(LicenseDocument::toDomain);
    }

    public List<License> heldBy(Collection<String> holderCodes) {
        return mongo
                .find(
                        Query.query(Criteria.where("holderCode").in(holderCodes))
                                .with(Sort.by("issuedAt").descending()),
                        LicenseDocument.class)
                .stream()
                .map(LicenseDocument::toDomain)
                .toList();
    }

    /**
     * Valid or suspended licenses whose last valid day is on or before {@code day}, in
     * (validTo, id) order after the given position (keyset paging, so a long list of already
     * reminded licenses never hides the ones behind it).
     */
    public List<Stored> activeEndingBy(LocalDate day, LocalDate afterValidTo, String afterId, int limit) {
        Criteria active = Criteria.where("status")
                .in(LicenseStatus.VALID.name(), LicenseStatus.SUSPENDED.name())
                .and("validTo")
                .lte(day);
        Criteria query = afterValidTo == null
                ? active
                : new Criteria()
                        .andOperator(
                                active,
                                new Criteria()
                                        .orOperator(
                                                Criteria.where("validTo").gt(afterValidTo),
                                                new Criteria()
                                                        .andOperator(
                                                                Criteria.where("validTo")
                                                                        .is(afterValidTo),
                                                                Criteria.where("_id")
                                                                        .gt(afterId))));
        return mongo
                .find(
                        Query.query(query)
                                .with(Sort.by("validTo")
                                        .ascending()
                                        .and(Sort.by("_id").ascending()))
                                .limit(limit),
                        LicenseDocument.class)
                .stream()
                .map(Licenses::stored)
                .toList();
    }

    private static Stored stored(LicenseDocument document) {
        return new Stored(document.toDomain(), document);
    }
}
