package io.onewindow.appointment.slot;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.onewindow.appointment.config.AppointmentSettings;
import io.onewindow.appointment.slot.domain.PlannedSlot;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
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

    /** Set on a slot a schedule change removed: no place of it can be taken any more. */
    static final String FENCED = "fenced";

    private final MongoCollection<Document> slots;
    private final ZoneId zone;
    private final FullSlots full;

    SlotInventory(
            MongoTemplate mongo,
            io.onewindow.platform.service.ServiceProperties service,
            AppointmentSettings settings) {
        this.slots = mongo.getCollection(COLLECTION);
        this.zone = service.timeZone();
        this.full = new FullSlots(settings.fullSlotMemory(), System::nanoTime);
    }

    /**
     * Takes one place of {@code slot}; {@code false} when none is left. The slot's document is
     * created on first use from the planned capacity, with this first place already taken (an
     * insert with the slot's unique id, so of two instances creating it at once exactly one
     * succeeds; the other one's request goes on to the conditional update). Every other place is
     * taken by the one conditional update, so nothing can oversell. One round trip for an existing
     * slot, two for its first booking.
     */
    public boolean take(PlannedSlot slot) {
        if (takeOne(slot.id())) {
            return true;
        }
        // Full, or not created yet: create it holding this place, or (created meanwhile) one more try.
        if (createTakingFirst(slot) || takeOne(slot.id())) {
            return true;
        }
        full.full(slot.id());
        return false;
    }

    /**
     * Whether this instance saw the slot without a place a moment ago ({@link FullSlots}): within
     * {@code onewindow.appointment.full-slot-memory} from memory, after that asked again by {@code
     * _id}. {@code false} says nothing: the place is then asked for by {@link #take}, which alone
     * decides.
     */
    public boolean knownFull(String slotId) {
        return switch (full.seen(slotId)) {
            case UNKNOWN -> false;
            case FULL -> true;
            case STALE -> {
                Document slot = slots.find(Filters.eq("_id", slotId))
                        .projection(Projections.include("remaining", FENCED))
                        .first();
                if (slot == null) {
                    full.open(slotId);
                    yield false;
                }
                yield seen(slot);
            }
        };
    }

    /** Notes in {@link FullSlots} what a read of the slot's document shows; {@code true} when it has no place. */
    private boolean seen(Document slot) {
        String id = slot.getString("_id");
        if (Boolean.TRUE.equals(slot.getBoolean(FENCED)) || slot.getInteger("remaining", 0) <= 0) {
            full.full(id);
            return true;
        }
        full.open(id);
        return false;
    }

    private boolean takeOne(String slotId) {
        return slots.updateOne(
                                Filters.and(
                                        Filters.eq("_id", slotId),
                                        Filters.gt("remaining", 0),
                                        Filters.ne(FENCED, true)),
                                Updates.combine(Updates.inc("remaining", -1), Updates.inc("taken", 1)))
                        .getModifiedCount()
                == 1;
    }

    /** Gives one place back; a no-op when none is taken, so a repeated give-back cannot create places. */
    public void giveBack(String slotId) {
        slots.updateOne(
                Filters.and(Filters.eq("_id", slotId), Filters.gt("taken", 0)),
                Updates.combine(Updates.inc("remaining", 1), Updates.inc("taken", -1)));
        full.open(slotId);
    }

    /**
     * Fences slots a schedule change removed: whatever point an instance still has in memory, no
     * place of them can be taken any more ({@link #take} requires the slot unfenced). Creates the
     * documents of slots never booked, so the fence holds for them too. One bulk write.
     */
    public void fence(Collection<PlannedSlot> removed) {
        if (removed.isEmpty()) {
            return;
        }
        List<UpdateOneModel<Document>> fences = new ArrayList<>(removed.size());
        for (PlannedSlot slot : removed) {
            fences.add(new UpdateOneModel<>(
                    Filters.eq("_id", slot.id()),
                    Updates.combine(
                            Updates.set(FENCED, true),
                            Updates.setOnInsert("servicePointId", slot.servicePointId()),
                            Updates.setOnInsert("matterCode", slot.matterCode()),
                            Updates.setOnInsert("day", slot.day().toString()),
                            Updates.setOnInsert(
                                    "start", Date.from(slot.start().atZone(zone).toInstant())),
                            Updates.setOnInsert("capacity", slot.capacity()),
                            Updates.setOnInsert("remaining", slot.capacity()),
                            Updates.setOnInsert("taken", 0)),
                    new UpdateOptions().upsert(true)));
        }
        slots.bulkWrite(fences, new BulkWriteOptions().ordered(false));
    }

    /** Lifts the fence of slots a schedule change offers (again). */
    public void unfence(Collection<String> offered) {
        if (!offered.isEmpty()) {
            slots.updateMany(Filters.and(Filters.in("_id", offered), Filters.eq(FENCED, true)), Updates.unset(FENCED));
            offered.forEach(full::open);
        }
    }

    /**
     * Remaining places of the slots that have a document; slots without one are untouched. One read by
     * {@code _id} (only the fields needed); what it shows refreshes {@link FullSlots}.
     */
    public Map<String, Integer> remaining(Collection<String> slotIds) {
        Map<String, Integer> remaining = new HashMap<>();
        if (slotIds.isEmpty()) {
            return remaining;
        }
        for (Document slot :
                slots.find(Filters.in("_id", slotIds)).projection(Projections.include("remaining", FENCED))) {
            remaining.put(slot.getString("_id"), slot.getInteger("remaining"));
            seen(slot);
        }
        // A slot without a document was never booked: it has its places.
        slotIds.stream().filter(id -> !remaining.containsKey(id)).forEach(full::open);
        return remaining;
    }

    /** Places taken in a slot (for tests and the bench's oversell check). */
    public int taken(String slotId) {
        Document slot = slots.find(Filters.eq("_id", slotId)).first();
        return slot == null ? 0 : slot.getInteger("taken");
    }

    /** Creates the slot's document with one place taken; {@code false} when it exists already. */
    private boolean createTakingFirst(PlannedSlot slot) {
        if (slot.capacity() < 1) {
            return false;
        }
        try {
            slots.insertOne(new Document("_id", slot.id())
                    .append("servicePointId", slot.servicePointId())
                    .append("matterCode", slot.matterCode())
                    .append("day", slot.day().toString())
                    .append("start", Date.from(slot.start().atZone(zone).toInstant()))
                    .append("capacity", slot.capacity())
                    .append("remaining", slot.capacity() - 1)
                    .append("taken", 1));
            return true;
        } catch (MongoWriteException e) {
            // It exists (full, or created by a concurrent first booking): nothing was written.
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return false;
        }
    }
}
