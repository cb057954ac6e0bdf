package io.onewindow.supervision.visits;

import io.onewindow.platform.events.appointment.CheckInRefused;
import io.onewindow.platform.service.ServiceProperties;
import io.onewindow.supervision.alerts.AlertBook;
import io.onewindow.supervision.rules.domain.ScalpingRule;
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
import org.springframework.stereotype.Service;

/**
 * Keeps each booked visit from the appointment events and runs rule 8 (scalping signals) on them:
 * after a booking, over the agent's and the device's bookings; after a cancellation, over the
 * person's; after a no-show, over the service point's month; a refused check-in at once.
 */
@Service
public class VisitSupervision {

    static final String COLLECTION = "visits";

    private final MongoTemplate mongo;
    private final ScalpingRule rule;
    private final AlertBook alerts;
    private final ZoneId zone;

    VisitSupervision(MongoTemplate mongo, ScalpingRule rule, AlertBook alerts, ServiceProperties service) {
        this.mongo = mongo;
        this.rule = rule;
        this.alerts = alerts;
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

    public void booked(Visit visit, Instant at) {
        if (visit.agentUsername() != null) {
            rule.manyPrincipals("AGENT", visit.agentUsername(), byField("agentUsername", visit.agentUsername()), at)
                    .ifPresent(found -> alerts.raise(List.of(found)));
        }
        if (visit.fingerprintHash() != null) {
            rule.manyPrincipals(
                            "DEVICE", visit.fingerprintHash(), byField("fingerprintHash", visit.fingerprintHash()), at)
                    .ifPresent(found -> alerts.raise(List.of(found)));
        }
        if (visit.principalIdHash() != null) {
            rule.churn(visit.principalIdHash(), byField("principalIdHash", visit.principalIdHash()), at)
                    .ifPresent(found -> alerts.raise(List.of(found)));
        }
    }

    public void cancelled(Visit visit, Instant at) {
        booked(visit, at);
    }

    public void checkInRefused(String eventId, CheckInRefused event, Instant at) {
        rule.identityMismatch(eventId, event, at).ifPresent(found -> alerts.raise(List.of(found)));
    }

    public void noShow(Visit visit, Instant at) {
        if (visit.servicePointId() == null || visit.slotStart() == null) {
            return;
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
        rule.noShowRate(visit.servicePointId(), month.toString(), monthVisits, at)
                .ifPresent(found -> alerts.raise(List.of(found)));
    }

    public Optional<Visit> find(String bookingId) {
        return Optional.ofNullable(mongo.findById(bookingId, Visit.class, COLLECTION));
    }

    public List<Visit> all() {
        return mongo.findAll(Visit.class, COLLECTION);
    }

    private List<Visit> byField(String field, String value) {
        return mongo.find(Query.query(Criteria.where(field).is(value)), Visit.class, COLLECTION);
    }
}
