package io.onewindow.supervision.bans;

import io.onewindow.platform.events.appointment.BanLifted;
import io.onewindow.platform.events.appointment.BookingBanImposed;
import io.onewindow.platform.service.UseCase;
import io.onewindow.supervision.alerts.AlertBook;
import io.onewindow.supervision.bans.domain.BookingBanRecord;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The booking bans appointment-service imposes and platform admins lift ({@value #COLLECTION}, a
 * projection rebuilt from the topic): the inspectors' list, and rule 16 on every ban lifted early. The
 * imposition and the lifting are written by separate upserts, so either may arrive first and a redelivery
 * changes nothing.
 */
@UseCase
public class BookingBans {

    static final String COLLECTION = "booking_bans";

    private final MongoTemplate mongo;
    private final AlertBook alerts;

    BookingBans(MongoTemplate mongo, AlertBook alerts) {
        this.mongo = mongo;
        this.alerts = alerts;
    }

    public void imposed(BookingBanImposed e, Instant at) {
        mongo.upsert(
                Query.query(Criteria.where("_id").is(e.banId())),
                new Update()
                        .set("principalIdHash", e.principalIdHash())
                        .set("principalIdMasked", e.principalIdMasked())
                        .set("reason", e.reason())
                        .set("noShows", e.noShows())
                        .set("until", e.until() == null ? null : Date.from(e.until()))
                        .set("imposedAt", Date.from(at)),
                COLLECTION);
        // a lifting that arrived first is judged now that the ban's end is known
        find(e.banId()).ifPresent(ban -> alerts.raise(ban.review(liftEventOf(e.banId()))));
    }

    public void lifted(String eventId, BanLifted e, Instant at) {
        mongo.upsert(
                Query.query(Criteria.where("_id").is(e.banId())),
                new Update()
                        .setOnInsert("principalIdHash", e.principalIdHash())
                        .set("liftedAt", Date.from(at))
                        .set("liftedBy", e.liftedByUsername())
                        .set("liftReason", e.reason())
                        .set("liftEventId", eventId),
                COLLECTION);
        find(e.banId()).filter(ban -> ban.until() != null).ifPresent(ban -> alerts.raise(ban.review(eventId)));
    }

    /** Every ban, the latest imposed first; {@code activeOnly}: those barring someone at {@code now}. */
    public List<BookingBanRecord> all(boolean activeOnly, Instant now) {
        return mongo.findAll(Document.class, COLLECTION).stream()
                .map(BookingBans::of)
                .filter(ban -> !activeOnly || ban.activeAt(now))
                .sorted(Comparator.comparing(
                        BookingBanRecord::imposedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    private java.util.Optional<BookingBanRecord> find(String banId) {
        return java.util.Optional.ofNullable(mongo.findById(banId, Document.class, COLLECTION))
                .map(BookingBans::of);
    }

    private String liftEventOf(String banId) {
        Document d = mongo.findById(banId, Document.class, COLLECTION);
        return d == null ? null : d.getString("liftEventId");
    }

    private static BookingBanRecord of(Document d) {
        return new BookingBanRecord(
                d.getString("_id"),
                d.getString("principalIdHash"),
                d.getString("principalIdMasked"),
                d.getString("reason"),
                d.getInteger("noShows", 0),
                instant(d.getDate("imposedAt")),
                instant(d.getDate("until")),
                instant(d.getDate("liftedAt")),
                d.getString("liftedBy"),
                d.getString("liftReason"));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
