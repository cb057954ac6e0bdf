package io.onewindow.appointment.draw;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import io.onewindow.appointment.draw.domain.DrawEntry;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.aggregate.AggregateMapping;
import io.onewindow.platform.messaging.aggregate.AggregateStore;
import io.onewindow.platform.messaging.aggregate.AggregateStores;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * The entries of the draws, written through the platform's aggregate store, and the one-entry-per
 * person-and-slot rule: a claim document keyed {@code <slotId>|<idHash>} fixes the entry's id and
 * hold code for the first request (an upsert that only sets on insert), so repeats, even
 * concurrent ones on other instances, find the same entry.
 */
@Component
class DrawEntryStore {

    private final MongoTemplate mongo;
    private final AggregateStore<DrawEntry, DrawEntryDocument> entries;
    private final MongoCollection<Document> claims;

    DrawEntryStore(AggregateStores stores, MongoTemplate mongo) {
        this.mongo = mongo;
        this.entries = stores.of(mapping());
        this.claims = mongo.getCollection("draw_entry_claims");
        mongo.indexOps(DrawEntryDocument.class).createIndex(new Index().on("slotId", Sort.Direction.ASC));
        mongo.indexOps(DrawEntryDocument.class).createIndex(new Index().on("principalIdHash", Sort.Direction.ASC));
    }

    /** The entry id and hold code of the person's entry in the slot: the first request's. */
    Claim claim(String slotId, String idHash, String newHoldCode) {
        String key = slotId + "|" + idHash;
        Document claimed;
        try {
            claimed = claims.findOneAndUpdate(
                    Filters.eq("_id", key),
                    Updates.combine(
                            Updates.setOnInsert("entryId", UUID.randomUUID().toString()),
                            Updates.setOnInsert("holdCode", newHoldCode),
                            Updates.setOnInsert("at", new Date())),
                    new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            claimed = claims.find(Filters.eq("_id", key)).first();
        }
        return new Claim(claimed.getString("entryId"), claimed.getString("holdCode"));
    }

    record Claim(String entryId, String holdCode) {}

    /** Stores the entry; when the same entry was stored by a concurrent repeat, answers that one. */
    DrawEntry addOrFind(DrawEntry entry) {
        try {
            return entries.add(entry);
        } catch (DuplicateKeyException e) {
            return entries.get(entry.id());
        }
    }

    Optional<DrawEntry> find(String entryId) {
        return entries.find(entryId);
    }

    DrawEntry change(String entryId, Consumer<DrawEntry> change) {
        return entries.change(entryId, change);
    }

    /** Every entry of a slot's draw. */
    List<DrawEntry> ofSlot(String slotId) {
        return entries.findAll(query(where("slotId").is(slotId)));
    }

    /** The entries of a person, and those an agent made, newest slot first. */
    List<DrawEntry> visibleTo(String idHash, String subject, int limit) {
        return mongo
                .find(
                        query(new Criteria()
                                        .orOperator(
                                                where("principalIdHash").is(idHash),
                                                where("bookedBySubject").is(subject)))
                                .with(Sort.by(Sort.Direction.DESC, "slotStart").and(Sort.by("_id")))
                                .limit(limit),
                        DrawEntryDocument.class)
                .stream()
                .map(DrawEntryDocument::toDomain)
                .toList();
    }

    static AggregateMapping<DrawEntry, DrawEntryDocument> mapping() {
        return AggregateMapping.of(DrawEntry.class, DrawEntryDocument.class, "draw entry", Topics.APPOINTMENT)
                .id(DrawEntry::id)
                .stored(DrawEntryDocument::of, DrawEntryDocument::toDomain)
                .versioned(DrawEntryDocument::version, DrawEntryDocument::outbox);
    }
}
