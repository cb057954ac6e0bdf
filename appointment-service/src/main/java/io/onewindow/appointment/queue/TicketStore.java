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
import io.onewindow.platform.messaging.aggregate.AggregateMapping;
import io.onewindow.platform.messaging.aggregate.AggregateStore;
import io.onewindow.platform.messaging.aggregate.AggregateStores;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Queue tickets, written through the platform's aggregate store (state and events together,
 * version-checked, re-applied on a newer version), and their per-day, per-line number counters.
 */
@Component
class TicketStore {

    private final MongoTemplate mongo;
    private final MongoCollection<Document> counters;
    private final AggregateStore<Ticket, TicketDocument> tickets;

    TicketStore(AggregateStores stores, MongoTemplate mongo) {
        this.mongo = mongo;
        this.counters = mongo.getCollection("ticket_counters");
        this.tickets = stores.of(mapping());
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
        tickets.add(ticket);
    }

    Optional<Ticket> find(String id) {
        return tickets.find(id);
    }

    /** Changes a ticket, re-applied on a fresh read when someone changed it meanwhile. */
    Ticket change(String id, Consumer<Ticket> change) {
        return tickets.change(id, change);
    }

    /** Changes a ticket only when {@code change} answers that it changed something; {@code false} when none. */
    boolean changeIf(String id, Predicate<Ticket> change) {
        return tickets.changeIf(id, change);
    }

    /**
     * Changes the waiting ticket of a line that {@code choose} picks, if any. When another writer
     * changed it first (another officer called it), the waiting tickets are read again and
     * {@code choose} picks again, so two officers never get the same ticket.
     */
    Optional<Ticket> changeChosenWaiting(
            String servicePointId,
            LocalDate day,
            String line,
            Function<List<Ticket>, Optional<Ticket>> choose,
            Consumer<Ticket> change) {
        return tickets.retrying(() -> {
            Map<String, TicketDocument> read = waitingDocuments(servicePointId, day, line).stream()
                    .collect(Collectors.toMap(TicketDocument::id, document -> document));
            Optional<Ticket> chosen = choose.apply(
                    read.values().stream().map(TicketDocument::toDomain).toList());
            chosen.ifPresent(ticket -> {
                change.accept(ticket);
                tickets.save(ticket, read.get(ticket.id()));
            });
            return chosen;
        });
    }

    /**
     * Every ticket of a point on a day, by line and number, in one query on the point-day-line-number
     * index, for reading only (the live status, the board, the officer's queue): read without their
     * outbox and without the visitor's ID hash, which no queue read shows, so never change or save them.
     */
    List<Ticket> ofDay(String servicePointId, LocalDate day) {
        Query ofDay = query(
                        where("servicePointId").is(servicePointId).and("day").is(day.toString()))
                .with(Sort.by("line", "number"));
        ofDay.fields().exclude("outbox").exclude("principalIdHash");
        return mongo.find(ofDay, TicketDocument.class).stream()
                .map(TicketDocument::toDomain)
                .toList();
    }

    private List<TicketDocument> waitingDocuments(String servicePointId, LocalDate day, String line) {
        return mongo.find(
                query(where("servicePointId")
                        .is(servicePointId)
                        .and("day")
                        .is(day.toString())
                        .and("line")
                        .is(line)
                        .and("status")
                        .is(TicketStatus.WAITING.name())),
                TicketDocument.class);
    }

    /** How {@link Ticket} is stored: its document, id, version and outbox. */
    static AggregateMapping<Ticket, TicketDocument> mapping() {
        return AggregateMapping.of(Ticket.class, TicketDocument.class, "ticket", Topics.APPOINTMENT)
                .id(Ticket::id)
                .stored(TicketDocument::of, TicketDocument::toDomain)
                .versioned(TicketDocument::version, TicketDocument::outbox);
    }
}
