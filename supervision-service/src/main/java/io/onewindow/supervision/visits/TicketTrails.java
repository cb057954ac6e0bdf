package io.onewindow.supervision.visits;

import io.onewindow.platform.events.appointment.Served;
import io.onewindow.platform.events.appointment.TicketCalled;
import io.onewindow.platform.events.appointment.TicketIssued;
import io.onewindow.platform.service.UseCase;
import io.onewindow.supervision.cases.domain.TimelineEntry;
import io.onewindow.supervision.visits.domain.TicketTrail;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Keeps what happened to each queue ticket in the hall (projection {@code ticket_trails}, one document
 * per ticket, rebuilt with the others): issued, called to a window, served or absent. A case's timeline
 * shows the trail of the ticket it was received from, so an inspector sees the hall visit and the case
 * as one story. Each event is kept once, also when redelivered.
 */
@UseCase
public class TicketTrails {

    static final String COLLECTION = "ticket_trails";

    private final MongoTemplate mongo;

    TicketTrails(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void issued(String eventId, TicketIssued e, Instant at) {
        keep(e.ticketId(), TicketTrail.issued(eventId, e, at));
    }

    public void called(String eventId, TicketCalled e, Instant at) {
        keep(e.ticketId(), TicketTrail.called(eventId, e, at));
    }

    public void served(String eventId, Served e, Instant at) {
        keep(e.ticketId(), TicketTrail.served(eventId, e, at));
    }

    /** The ticket's entries in time order; empty for an unknown ticket or none. */
    public List<TimelineEntry> of(String ticketId) {
        if (ticketId == null) {
            return List.of();
        }
        TicketTrail trail = mongo.findById(ticketId, TicketTrail.class, COLLECTION);
        return trail == null ? List.of() : trail.inOrder();
    }

    private void keep(String ticketId, TimelineEntry entry) {
        if (ticketId == null) {
            return;
        }
        try {
            mongo.upsert(
                    Query.query(Criteria.where("_id")
                            .is(ticketId)
                            .and("entries.eventId")
                            .ne(entry.eventId())),
                    new Update().push("entries", entry),
                    COLLECTION);
        } catch (DuplicateKeyException e) {
            // The ticket already holds this event (a redelivery): the upsert found no match and its
            // insert met the existing document. Nothing to do.
        }
    }
}
