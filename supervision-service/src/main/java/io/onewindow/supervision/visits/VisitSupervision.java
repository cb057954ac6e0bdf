package io.onewindow.supervision.visits;

import io.onewindow.platform.service.ServiceProperties;
import io.onewindow.platform.service.UseCase;
import io.onewindow.supervision.visits.domain.HallWait;
import io.onewindow.supervision.visits.domain.Visit;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Keeps each booked visit from the appointment events (a projection without events of its own:
 * {@code visits} has no version, each write replaces the visit), and answers the queries rule 8
 * (scalping signals) asks: a person's, an agent's or a device's bookings, a service point's month.
 */
@UseCase
public class VisitSupervision {

    static final String COLLECTION = "visits";

    /** The hall waits ({@link HallWait}), one per queue ticket. */
    static final String WAITS = "hall_waits";

    private final MongoTemplate mongo;
    private final ZoneId zone;

    VisitSupervision(MongoTemplate mongo, ServiceProperties service) {
        this.mongo = mongo;
        this.zone = service.timeZone();
    }

    /**
     * Applies one event to its visit and returns the visit. A redelivered event changes nothing,
     * but the visit is still returned so the rules run again: the first delivery may have stopped
     * between the write and the alert, and raising an alert is idempotent.
     */
    public Optional<Visit> record(String bookingId, Predicate<Visit> change) {
        for (int attempt = 1; ; attempt++) {
            Visit visit = mongo.findById(bookingId, Visit.class, COLLECTION);
            boolean fresh = visit == null;
            if (fresh) {
                visit = Visit.open(bookingId);
            }
            if (!change.test(visit)) {
                return fresh ? Optional.empty() : Optional.of(visit);
            }
            try {
                if (fresh) {
                    mongo.insert(visit, COLLECTION);
                } else {
                    mongo.save(visit, COLLECTION);
                }
                return Optional.of(visit);
            } catch (DuplicateKeyException e) {
                // Another event of the same booking created it first (other partition): apply again.
                if (attempt >= 5) {
                    throw e;
                }
            }
        }
    }

    /** The visits booked by the same agent, device or person ({@code field} names which). */
    public List<Visit> bookedBy(String field, String value) {
        return mongo.find(Query.query(Criteria.where(field).is(value)), Visit.class, COLLECTION);
    }

    /** The month of the visit's slot, and the visits of its service point in that month. */
    public Optional<Month> monthOfServicePoint(Visit visit) {
        if (visit.servicePointId() == null || visit.slotStart() == null) {
            return Optional.empty();
        }
        YearMonth month = YearMonth.from(visit.slotStart().atZone(zone));
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        List<Visit> monthVisits = mongo.find(
                Query.query(Criteria.where("servicePointId")
                        .is(visit.servicePointId())
                        .and("slotStart")
                        .gte(from)
                        .lt(to)),
                Visit.class,
                COLLECTION);
        return Optional.of(new Month(visit.servicePointId(), month, monthVisits));
    }

    /** A service point's visits in one month. */
    public record Month(String servicePointId, YearMonth month, List<Visit> visits) {}

    /**
     * Keeps how long the ticket's visitor waited until the first call; a recall or a redelivered event
     * changes nothing (the first call is the wait).
     */
    public void called(String ticketId, String servicePointId, String department, Instant at, long waitedSeconds) {
        mongo.upsert(
                Query.query(Criteria.where("_id").is(ticketId)),
                new org.springframework.data.mongodb.core.query.Update()
                        .setOnInsert("servicePointId", servicePointId)
                        .setOnInsert("department", department)
                        .setOnInsert("calledAt", at)
                        .setOnInsert("waitedSeconds", Math.max(0, waitedSeconds)),
                WAITS);
    }

    /** Every hall wait kept. */
    public List<HallWait> waits() {
        return mongo.findAll(HallWait.class, WAITS);
    }

    public Optional<Visit> find(String bookingId) {
        return Optional.ofNullable(mongo.findById(bookingId, Visit.class, COLLECTION));
    }

    public List<Visit> all() {
        return mongo.findAll(Visit.class, COLLECTION);
    }
}
