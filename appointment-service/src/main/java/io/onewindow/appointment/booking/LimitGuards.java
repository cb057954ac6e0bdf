package io.onewindow.appointment.booking;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import io.onewindow.appointment.booking.domain.LimitGuard;
import io.onewindow.platform.domain.ConflictException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The per-person limits as guard documents with unique ids ({@link LimitGuard}): claiming a
 * limit inserts one of its keys, so two requests of the same person on two instances cannot
 * both pass a limit — the unique {@code _id} index decides, in one single-document write.
 */
@Component
class LimitGuards {

    private final MongoCollection<Document> guards;

    LimitGuards(MongoTemplate mongo) {
        this.guards = mongo.getCollection("booking_guards");
    }

    /**
     * Claims one key of every guard for {@code holder} (a booking code), all or nothing, guard
     * after guard in the given order: each guard's first free key, and at the first guard whose
     * keys are all taken the keys inserted so far are given back. The first keys are inserted
     * together in ONE ordered {@code insertMany}, which stops at the first key already taken, so a
     * person's first booking in a period is one round trip, and the outcome is exactly that of
     * inserting key by key: no request holds a later guard's key while it loses an earlier one
     * (of 20 racing requests of one person for one day, the one that wins the day wins the rest).
     * Each key is still its own document with a unique {@code _id}, so the unique index decides
     * every race.
     *
     * @return the keys claimed
     * @throws ConflictException with the code of the first guard whose limits are used up
     */
    List<String> claim(List<LimitGuard> limits, String holder) {
        return claimTracked(limits, holder).keys();
    }

    /**
     * The keys a claim holds for its holder, and which of them it inserted itself (the others the
     * holder held before: a reschedule's or a draw entry's keys).
     */
    record Claimed(List<String> keys, List<String> inserted) {}

    /** As {@link #claim}, saying which keys the claim inserted, so that {@link #giveBack} can undo it cheaply. */
    Claimed claimTracked(List<LimitGuard> limits, String holder) {
        List<String> claimed = new ArrayList<>();
        // Only keys this call inserted are given back on failure; a key the holder already held
        // (a reschedule keeps the keys of its period) stays with it.
        List<String> inserted = new ArrayList<>();
        int next = 0;
        while (next < limits.size()) {
            int stopped = insertFirstKeys(limits, next, holder, claimed, inserted);
            if (stopped == limits.size()) {
                break;
            }
            LimitGuard limit = limits.get(stopped);
            String key = limit.capacity() > 0 ? claimAfterFirst(limit, holder, inserted) : null;
            if (key == null) {
                removeInserted(inserted);
                throw new ConflictException(limit.code(), "the booking limit '" + limit.code() + "' is reached");
            }
            claimed.add(key);
            next = stopped + 1;
        }
        return new Claimed(claimed, inserted);
    }

    /**
     * Undoes a claim of this request (its place was gone): the keys it inserted are removed by
     * {@code _id} alone — only their holder ever removes a key, and this request is the one that holds
     * them, so no other holder can hold them yet; a filter of {@code _id} alone is one index lookup
     * per key on every store (on mongo-java-server an extra condition scans the collection) — and
     * the keys the holder held before are given back only while still held by it, as {@link #release}.
     */
    void giveBack(Claimed claim, String holder) {
        removeInserted(claim.inserted());
        List<String> heldBefore = new ArrayList<>(claim.keys());
        heldBefore.removeAll(claim.inserted());
        release(heldBefore, holder);
    }

    private void removeInserted(List<String> inserted) {
        if (!inserted.isEmpty()) {
            guards.deleteMany(Filters.in("_id", inserted));
        }
    }

    /**
     * Inserts key #0 of the guards from {@code from} on, in order, in one round trip, up to the
     * first one already taken (or without keys).
     *
     * @return the index of that guard, or the number of guards when every first key was inserted
     */
    private int insertFirstKeys(
            List<LimitGuard> limits, int from, String holder, List<String> claimed, List<String> inserted) {
        Date now = new Date();
        List<Document> firsts = new ArrayList<>();
        int end = from;
        while (end < limits.size() && limits.get(end).capacity() > 0) {
            firsts.add(new Document("_id", limits.get(end).keys().get(0))
                    .append("holder", holder)
                    .append("at", now));
            end++;
        }
        if (firsts.isEmpty()) {
            return from;
        }
        int written = firsts.size();
        MongoBulkWriteException failure = null;
        try {
            guards.insertMany(firsts, new InsertManyOptions().ordered(true));
        } catch (MongoBulkWriteException e) {
            // Ordered: the documents before the first error were written, none after it.
            written = e.getWriteErrors().stream()
                    .mapToInt(BulkWriteError::getIndex)
                    .min()
                    .orElse(0);
            boolean duplicate = e.getWriteErrors().stream()
                    .allMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY);
            failure = duplicate ? null : e;
        }
        for (int i = 0; i < written; i++) {
            claimed.add(firsts.get(i).getString("_id"));
            inserted.add(firsts.get(i).getString("_id"));
        }
        if (failure != null) {
            removeInserted(inserted);
            throw failure;
        }
        return written == firsts.size() ? end : from + written;
    }

    /** Gives keys back; only those still held by {@code holder}, so a stale release frees nothing of others. */
    void release(Collection<String> keys, String holder) {
        if (!keys.isEmpty()) {
            guards.deleteMany(Filters.and(Filters.in("_id", keys), Filters.eq("holder", holder)));
        }
    }

    /**
     * The guard's key #0 is held: by {@code holder} itself (a reschedule within the same period
     * keeps it), else the next free key, in order.
     */
    private String claimAfterFirst(LimitGuard limit, String holder, List<String> inserted) {
        List<String> keys = limit.keys();
        if (heldBy(keys.get(0), holder)) {
            return keys.get(0);
        }
        for (String key : keys.subList(1, keys.size())) {
            try {
                guards.insertOne(
                        new Document("_id", key).append("holder", holder).append("at", new Date()));
                inserted.add(key);
                return key;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                if (heldBy(key, holder)) {
                    return key;
                }
            }
        }
        return null;
    }

    private boolean heldBy(String key, String holder) {
        Document existing = guards.find(Filters.eq("_id", key)).first();
        return existing != null && holder.equals(existing.getString("holder"));
    }
}
