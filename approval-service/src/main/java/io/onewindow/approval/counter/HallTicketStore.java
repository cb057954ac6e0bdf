package io.onewindow.approval.counter;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.onewindow.approval.counter.domain.HallTicket;
import io.onewindow.platform.events.appointment.TicketIssued;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Approval's copy of the queue tickets appointment-service issues ({@value #TICKETS}), and which case
 * each became. A ticket is written once by its id (a redelivered event changes nothing); the case is
 * set by a conditional update, so one visit becomes one case even when two windows try at once.
 */
@Component
class HallTicketStore {

    static final String TICKETS = "hall_tickets";

    private final MongoOperations mongo;

    HallTicketStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    void issued(TicketIssued ticket, Instant at) {
        mongo.upsert(
                query(where("_id").is(ticket.ticketId())),
                new Update()
                        .setOnInsert("ticketNumber", ticket.ticketNumber())
                        .setOnInsert("servicePointId", ticket.servicePointId())
                        .setOnInsert("matterCode", ticket.matterCode())
                        .setOnInsert("bookingId", ticket.bookingId())
                        .setOnInsert("principalIdHash", ticket.principalIdHash())
                        .setOnInsert("department", ticket.department())
                        .setOnInsert("issuedAt", Date.from(at))
                        .setOnInsert("linkedBusiness", ticket.linked() ? ticket.linkedBusiness() : null)
                        .setOnInsert(
                                "linkedParts",
                                ticket.linked()
                                        ? ticket.linkedParts().stream()
                                                .map(part -> new Document("matterCode", part.matterCode())
                                                        .append("department", part.department())
                                                        .append("bookingId", part.bookingId()))
                                                .toList()
                                        : List.of()),
                TICKETS);
    }

    Optional<HallTicket> find(String ticketId) {
        Document d = mongo.findById(ticketId, Document.class, TICKETS);
        if (d == null) {
            return Optional.empty();
        }
        Date issuedAt = d.getDate("issuedAt");
        return Optional.of(new HallTicket(
                d.getString("_id"),
                d.getString("ticketNumber"),
                d.getString("servicePointId"),
                d.getString("matterCode"),
                d.getString("bookingId"),
                d.getString("principalIdHash"),
                d.getString("department"),
                issuedAt == null ? null : issuedAt.toInstant(),
                d.getString("caseId"),
                d.getString("linkedBusiness"),
                d.getList("linkedParts", Document.class, List.of()).stream()
                        .map(part -> new HallTicket.Part(
                                part.getString("matterCode"),
                                part.getString("department"),
                                part.getString("bookingId")))
                        .toList()));
    }

    /** Marks the ticket as becoming {@code caseId}; {@code false} when it became a case already. */
    boolean claim(String ticketId, String caseId) {
        return mongo.updateFirst(
                                query(where("_id").is(ticketId).and("caseId").is(null)),
                                new Update().set("caseId", caseId),
                                TICKETS)
                        .getModifiedCount()
                == 1;
    }

    void settle(String ticketId, String claim, String caseId) {
        mongo.updateFirst(
                query(where("_id").is(ticketId).and("caseId").is(claim)), new Update().set("caseId", caseId), TICKETS);
    }

    /** Gives the ticket back when the case it was claimed for could not be filed. */
    void release(String ticketId, String caseId) {
        mongo.updateFirst(
                query(where("_id").is(ticketId).and("caseId").is(caseId)), new Update().unset("caseId"), TICKETS);
    }
}
