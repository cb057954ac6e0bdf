package io.onewindow.appointment.slot;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.onewindow.appointment.slot.domain.PlannedSlot;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The remaining places of each slot, one document per slot ({@code _id} = the slot's natural
 * id). A place is taken by ONE conditional update — {@code remaining > 0} guard with
 * {@code $inc: -1} — so however many instances race, a slot never goes below zero: this is
 * the whole no-oversell rule, and it needs no lock and no transaction.
 */
@Component
public class SlotInventory {

    static final String COLLECTION = "slots";

    private final MongoCollection<Document> slots;
    private final ZoneId zone;

    SlotInventory(MongoTemplate mongo, io.onewindow.platform.service.ServiceProperties service) {
        this.slots = mongo.getCollection(COLLECTION);
        this.zone = service.timeZone();
    }

    /**
     * Takes one place of {@code slot}; {@code false} when none is left. Creates the slot's
     * document on first use from the planned capacity (an upsert that only sets on insert, so a
     * concurrent first use by another instance changes nothing). Each try is the one conditional
     * update, so a second try after creating cannot oversell either.
     */
    public boolean take(PlannedSlot slot) {
        if (takeOne(slot.id())) {
            return true;
        }
        // Full, or not created yet: creating is a no-op for an existing slot, then one more try.
        ensure(slot);
        return takeOne(slot.id());
    }

    private boolean takeOne(String slotId) {
        return slots.findOneAndUpdate(
                        Filters.and(Filters.eq("_id", slotId), Filters.gt("remaining", 0)),
                        Updates.combine(Updates.inc("remaining", -1), Updates.inc("taken", 1)),
                        new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER))
                != null;
    }

    /** Gives one place back; a no-op when none is taken, so a repeated give-back cannot create places. */
    public void giveBack(String slotId) {
        slots.updateOne(
                Filters.and(Filters.eq("_id", slotId), Filters.gt("taken", 0)),
                Updates.combine(Updates.inc("remaining", 1), Updates.inc("taken", -1)));
    }

    /** Remaining places of the slots that have a document; slots without one are untouched. */
    public Map<String, Integer> remaining(Collection<String> slotIds) {
        Map<String, Integer> remaining = new HashMap<>();
        if (slotIds.isEmpty()) {
            return remaining;
        }
        for (Document slot : slots.find(Filters.in("_id", slotIds))) {
            remaining.put(slot.getString("_id"), slot.getInteger("remaining"));
        }
        return remaining;
    }

    /** Places taken in a slot (for tests and the bench's oversell check). */
    public int taken(String slotId) {
        Document slot = slots.find(Filters.eq("_id", slotId)).first();
        return slot == null ? 0 : slot.getInteger("taken");
    }

    private void ensure(PlannedSlot slot) {
        Bson insertOnly = Updates.combine(
                Updates.setOnInsert("servicePointId", slot.servicePointId()),
                Updates.setOnInsert("matterCode", slot.matterCode()),
                Updates.setOnInsert("day", slot.day().toString()),
                Updates.setOnInsert("start", Date.from(slot.start().atZone(zone).toInstant())),
                Updates.setOnInsert("capacity", slot.capacity()),
                Updates.setOnInsert("remaining", slot.capacity()),
                Updates.setOnInsert("taken", 0));
        try {
            slots.updateOne(Filters.eq("_id", slot.id()), insertOnly, new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            // Two first uses racing: the other upsert created it; ours is a duplicate and changes nothing.
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }
}
