package io.onewindow.appointment.queue;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import io.onewindow.appointment.queue.domain.Ticket;
import io.onewindow.appointment.queue.domain.TicketStatus;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.outbox.EventRecorder;
import io.onewindow.platform.messaging.outbox.OutboxEntry;
import io.onewindow.platform.messaging.outbox.OutboxRelay;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/** Queue tickets and their per-day, per-line number counters. */
@Component
class TicketStore {

    private final MongoTemplate mongo;
    private final MongoCollection<Document> counters;
    private final EventRecorder recorder;
    private final OutboxRelay relay;

    TicketStore(MongoTemplate mongo, EventRecorder recorder, OutboxRelay relay) {
        this.mongo = mongo;
        this.counters = mongo.getCollection("ticket_counters");
        this.recorder = recorder;
        this.relay = relay;
        mongo.indexOps(TicketDocument.class)
                .createIndex(new Index()
                        .on("servicePointId", Sort.Direction.ASC)
                        .on("day", Sort.Direction.ASC)
                        .on("line", Sort.Direction.ASC)
                        .on("number", Sort.Direction.ASC)
                        .unique());
    }

    /** The next number of a line at a point on a day: one atomic {@code $inc}, so no two tickets share it. */
    int nextNumber(String servicePointId, LocalDate day, String line) {
        Document counter = counters.findOneAndUpdate(
                Filters.eq("_id", servicePointId + "|" + day + "|" + line),
                Updates.inc("seq", 1),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return counter.getInteger("seq");
    }

    void add(Ticket ticket) {
        mongo.insert(TicketDocument.of(ticket, 0, recorder.record(Topics.APPOINTMENT, ticket.pullEvents())));
        relay.wakeUp();
    }

    Optional<Ticket> find(String id) {
        return Optional.ofNullable(mongo.findById(id, TicketDocument.class)).map(TicketDocument::toDomain);
    }

    /** Writes a changed ticket if still at the version read; answers whether it was written. */
    boolean save(Ticket ticket) {
        TicketDocument read = mongo.findById(ticket.id(), TicketDocument.class);
        if (read == null || (read.version() == null ? 0 : read.version()) != ticket.version()) {
            return false;
        }
        List<OutboxEntry> outbox = read.outboxOrEmpty();
        outbox.addAll(recorder.record(Topics.APPOINTMENT, ticket.pullEvents()));
        boolean written = mongo.findAndReplace(
                        query(where("_id").is(ticket.id()).and("version").is(read.version())),
                        TicketDocument.of(ticket, ticket.version() + 1, outbox),
                        FindAndReplaceOptions.none())
                != null;
        if (written) {
            relay.wakeUp();
        }
        return written;
    }

    List<Ticket> ofDay(String servicePointId, LocalDate day) {
        return mongo
                .find(
                        query(where("servicePointId")
                                        .is(servicePointId)
                                        .and("day")
                                        .is(day.toString()))
                                .with(Sort.by("line", "number")),
                        TicketDocument.class)
                .stream()
                .map(TicketDocument::toDomain)
                .toList();
    }

    List<Ticket> waiting(String servicePointId, LocalDate day, String line) {
        return mongo
                .find(
                        query(where("servicePointId")
                                .is(servicePointId)
                                .and("day")
                                .is(day.toString())
                                .and("line")
                                .is(line)
                                .and("status")
                                .is(TicketStatus.WAITING.name())),
                        TicketDocument.class)
                .stream()
                .map(TicketDocument::toDomain)
                .toList();
    }
}
