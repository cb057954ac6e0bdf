package io.onewindow.appointment.booking;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import io.onewindow.appointment.booking.domain.BookingBan;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.outbox.EventRecorder;
import io.onewindow.platform.messaging.outbox.OutboxEntry;
import io.onewindow.platform.messaging.outbox.OutboxRelay;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Booking bans, one document per person; writes carry the events and check the version. */
@Component
class BanStore {

    private final MongoTemplate mongo;
    private final EventRecorder recorder;
    private final OutboxRelay relay;

    BanStore(MongoTemplate mongo, EventRecorder recorder, OutboxRelay relay) {
        this.mongo = mongo;
        this.recorder = recorder;
        this.relay = relay;
    }

    Optional<BookingBan> find(String idHash) {
        return Optional.ofNullable(mongo.findById(idHash, BanDocument.class)).map(BanDocument::toDomain);
    }

    /**
     * Writes {@code ban} if the stored one still has {@code ban.version()} (or, for version 0 and
     * no stored ban, inserts it). Answers whether it was written.
     */
    boolean save(BookingBan ban) {
        List<OutboxEntry> events = recorder.record(Topics.APPOINTMENT, ban.pullEvents());
        BanDocument read = mongo.findById(ban.principal().idHash(), BanDocument.class);
        boolean written;
        if (read == null) {
            try {
                mongo.insert(BanDocument.of(ban, 1, events));
                written = true;
            } catch (DuplicateKeyException e) {
                written = false;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                written = false;
            }
        } else {
            List<OutboxEntry> outbox = read.outboxOrEmpty();
            outbox.addAll(events);
            written = (read.version() == null ? 0 : read.version()) == ban.version()
                    && mongo.findAndReplace(
                                    query(where("_id")
                                            .is(read.id())
                                            .and("version")
                                            .is(read.version())),
                                    BanDocument.of(ban, ban.version() + 1, outbox),
                                    FindAndReplaceOptions.none())
                            != null;
        }
        if (written) {
            relay.wakeUp();
        }
        return written;
    }
}
