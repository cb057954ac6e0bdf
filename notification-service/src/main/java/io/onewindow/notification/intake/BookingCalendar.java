package io.onewindow.notification.intake;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The bookings the service has learnt from the appointment events, for the reminder the day before
 * and for addressing a complaint about a booking, in {@code bookings}: {@code _id} the booking id,
 * {@code principal} (the person's pseudonym), {@code keys} (the person, and the agent who booked), {@code matterCode}, {@code servicePointId},
 * {@code slotStart}, {@code cancelled}. Each write sets values the event carries, so a redelivered
 * event changes nothing.
 */
@Component
class BookingCalendar {

    static final String COLLECTION = "bookings";

    /** A booking as the reminder needs it. */
    record KnownBooking(String id, List<String> keys, String matterCode, String servicePointId, Instant slotStart) {}

    private final MongoTemplate mongo;

    BookingCalendar(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void booked(
            String bookingId,
            String principal,
            List<String> keys,
            String matterCode,
            String servicePointId,
            Instant slotStart) {
        mongo.upsert(
                byId(bookingId),
                new Update()
                        .set("principal", principal)
                        .set("keys", keys)
                        .set("matterCode", matterCode)
                        .set("servicePointId", servicePointId)
                        .set("slotStart", Date.from(slotStart))
                        .setOnInsert("cancelled", false),
                COLLECTION);
    }

    void moved(String bookingId, Instant slotStart) {
        mongo.updateFirst(byId(bookingId), new Update().set("slotStart", Date.from(slotStart)), COLLECTION);
    }

    void cancelled(String bookingId) {
        mongo.updateFirst(byId(bookingId), new Update().set("cancelled", true), COLLECTION);
    }

    /** The person it was booked for (the only one who may complain about it online), or nobody when unknown. */
    List<String> principalOf(String bookingId) {
        Document found = mongo.findById(bookingId, Document.class, COLLECTION);
        return found == null || found.getString("principal") == null
                ? List.of()
                : List.of(found.getString("principal"));
    }

    /** The bookings not cancelled whose slot starts in [{@code from}, {@code to}). */
    List<KnownBooking> startingBetween(Instant from, Instant to) {
        return mongo
                .find(
                        Query.query(Criteria.where("slotStart")
                                        .gte(Date.from(from))
                                        .lt(Date.from(to))
                                        .and("cancelled")
                                        .is(false))
                                .with(Sort.by("slotStart", "_id")),
                        Document.class,
                        COLLECTION)
                .stream()
                .map(d -> new KnownBooking(
                        d.getString("_id"),
                        d.getList("keys", String.class, List.of()),
                        d.getString("matterCode"),
                        d.getString("servicePointId"),
                        d.getDate("slotStart").toInstant()))
                .toList();
    }

    private static Query byId(String bookingId) {
        return Query.query(Criteria.where("_id").is(bookingId));
    }
}
