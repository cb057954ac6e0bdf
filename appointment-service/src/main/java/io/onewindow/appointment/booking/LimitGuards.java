package io.onewindow.appointment.booking;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
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
     * Claims one key of every guard for {@code holder} (a booking code), all or nothing.
     *
     * @return the keys claimed
     * @throws ConflictException with the guard's code when one of its limits is used up
     */
    List<String> claim(List<LimitGuard> limits, String holder) {
        List<String> claimed = new ArrayList<>();
        for (LimitGuard limit : limits) {
            String key = claimOne(limit, holder);
            if (key == null) {
                release(claimed, holder);
                throw new ConflictException(limit.code(), "the booking limit '" + limit.code() + "' is reached");
            }
            claimed.add(key);
        }
        return claimed;
    }

    /** Gives keys back; only those still held by {@code holder}, so a stale release frees nothing of others. */
    void release(Collection<String> keys, String holder) {
        if (!keys.isEmpty()) {
            guards.deleteMany(Filters.and(Filters.in("_id", keys), Filters.eq("holder", holder)));
        }
    }

    private String claimOne(LimitGuard limit, String holder) {
        for (String key : limit.keys()) {
            try {
                guards.insertOne(
                        new Document("_id", key).append("holder", holder).append("at", new Date()));
                return key;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                Document existing = guards.find(Filters.eq("_id", key)).first();
                if (existing != null && holder.equals(existing.getString("holder"))) {
                    return key;
                }
            }
        }
        return null;
    }
}
