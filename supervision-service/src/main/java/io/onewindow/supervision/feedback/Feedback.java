package io.onewindow.supervision.feedback;

import io.onewindow.platform.calendar.CalendarNotCoveredException;
import io.onewindow.platform.calendar.DueDate;
import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.identity.UnifiedSocialCreditCode;
import io.onewindow.platform.messaging.outbox.EventRecorder;
import io.onewindow.platform.messaging.outbox.OutboxRelay;
import io.onewindow.platform.messaging.outbox.StaleVersionRetry;
import io.onewindow.platform.security.Caller;
import io.onewindow.supervision.alerts.AlertBook;
import io.onewindow.supervision.cases.CaseSupervision;
import io.onewindow.supervision.cases.domain.CaseTimeline;
import io.onewindow.supervision.config.SupervisionSettings;
import io.onewindow.supervision.feedback.domain.Complaint;
import io.onewindow.supervision.feedback.domain.Rating;
import io.onewindow.supervision.rules.domain.AlertCandidate;
import io.onewindow.supervision.rules.domain.Severity;
import io.onewindow.supervision.visits.VisitSupervision;
import io.onewindow.supervision.visits.domain.Visit;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Complaints and ratings (好差评): filed and given only by the person served, about their own cases
 * and visits (ownership comes from the events, compared with the token); answered and followed up
 * by the responsible department; late ones raise rule 9 alerts; unrated cases and visits get the
 * default rating after the rating period.
 */
@Service
public class Feedback {

    private static final Logger log = LoggerFactory.getLogger(Feedback.class);
    public static final int LATE_RULE = 9;
    public static final String COMPLAINT_LATE = "feedback.complaint-late";
    public static final String RECTIFICATION_LATE = "feedback.rectification-late";

    private final MongoTemplate mongo;
    private final CaseSupervision cases;
    private final VisitSupervision visits;
    private final PrincipalHasher hasher;
    private final AlertBook alerts;
    private final EventRecorder recorder;
    private final ObjectProvider<OutboxRelay> relay;
    private final SupervisionSettings settings;
    private final Clock clock;

    Feedback(
            MongoTemplate mongo,
            CaseSupervision cases,
            VisitSupervision visits,
            PrincipalHasher hasher,
            AlertBook alerts,
            EventRecorder recorder,
            ObjectProvider<OutboxRelay> relay,
            SupervisionSettings settings,
            Clock clock) {
        this.mongo = mongo;
        this.cases = cases;
        this.visits = visits;
        this.hasher = hasher;
        this.alerts = alerts;
        this.recorder = recorder;
        this.relay = relay;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Files a complaint from the portal or WeChat. About a case or booking: only the caller's own
     * (another's is "not found", never confirmed); about a service point, department or officer:
     * assigned to the department named.
     */
    public Complaint fileComplaint(
            Caller caller, Complaint.Target target, String targetId, String department, String text) {
        String assigned = switch (target) {
            case CASE -> ownCase(caller, targetId).department();
            case BOOKING -> departmentOf(ownVisit(caller, targetId));
            case SERVICE_POINT -> department == null ? settings.defaultDepartment() : department;
            case DEPARTMENT -> targetId;
            case OFFICER -> department == null ? settings.defaultDepartment() : department;
        };
        Complaint.Channel channel =
                "onewindow-wechat".equals(caller.clientId()) ? Complaint.Channel.WECHAT : Complaint.Channel.PORTAL;
        DueDate due = cases.clock().calendar().dueDate(cases.today(), settings.complaintWorkingDays());
        Complaint complaint = Complaint.file(
                UUID.randomUUID().toString(),
                caller.subject(),
                caller.username(),
                channel,
                target,
                targetId,
                assigned == null ? settings.defaultDepartment() : assigned,
                text,
                due,
                settings.complaintWorkingDays(),
                clock.instant());
        ComplaintDocument doc = new ComplaintDocument(complaint);
        doc.outbox.addAll(recorder.record(Topics.SUPERVISION, complaint.pullEvents()));
        mongo.insert(doc);
        relay.ifAvailable(OutboxRelay::wakeUp);
        return complaint;
    }

    /**
     * A complaint taken by an operator from the 12345 hotline or the mailbox: the operator names the
     * department; the complainant is not a platform user, so nobody reads it back as "mine".
     */
    public Complaint recordComplaint(
            Caller operator,
            Complaint.Channel channel,
            Complaint.Target target,
            String targetId,
            String department,
            String text) {
        if (channel != Complaint.Channel.HOTLINE && channel != Complaint.Channel.MAILBOX) {
            throw new InvalidValueException(
                    "complaint.operator-channel", "channel", "An operator records hotline and mailbox complaints");
        }
        DueDate due = cases.clock().calendar().dueDate(cases.today(), settings.complaintWorkingDays());
        Complaint complaint = Complaint.file(
                UUID.randomUUID().toString(),
                null,
                operator.username(),
                channel,
                target,
                targetId,
                department,
                text,
                due,
                settings.complaintWorkingDays(),
                clock.instant());
        ComplaintDocument doc = new ComplaintDocument(complaint);
        doc.outbox.addAll(recorder.record(Topics.SUPERVISION, complaint.pullEvents()));
        mongo.insert(doc);
        relay.ifAvailable(OutboxRelay::wakeUp);
        return complaint;
    }

    /** The department's answer, which closes the complaint. */
    public Complaint answerComplaint(Caller staff, String complaintId, String reply) {
        Complaint answered = StaleVersionRetry.retry(() -> {
            ComplaintDocument doc = mongo.findById(complaintId, ComplaintDocument.class);
            if (doc == null) {
                throw new NotFoundException("complaint", complaintId);
            }
            doc.complaint.answer(reply, staff.username(), staff.department(), cases.today(), clock.instant());
            doc.outbox.addAll(recorder.record(Topics.SUPERVISION, doc.complaint.pullEvents()));
            mongo.save(doc);
            return doc.complaint;
        });
        relay.ifAvailable(OutboxRelay::wakeUp);
        return answered;
    }

    public List<Complaint> complaintsFiledBy(Caller caller) {
        return mongo
                .find(
                        Query.query(Criteria.where("complaint.complainantSubject")
                                        .is(caller.subject()))
                                .with(Sort.by(Sort.Direction.DESC, "complaint.filedAt")),
                        ComplaintDocument.class)
                .stream()
                .map(d -> d.complaint)
                .toList();
    }

    public List<Complaint> complaintsOf(String department) {
        return mongo
                .find(
                        Query.query(Criteria.where("complaint.department").is(department))
                                .with(Sort.by(Sort.Direction.DESC, "complaint.filedAt")),
                        ComplaintDocument.class)
                .stream()
                .map(d -> d.complaint)
                .toList();
    }

    public List<Complaint> allComplaints() {
        return mongo.findAll(ComplaintDocument.class).stream()
                .map(d -> d.complaint)
                .toList();
    }

    /**
     * Rates the caller's own completed case or served visit, once.
     *
     * @throws NotFoundException for a case or visit that is not the caller's
     * @throws ConflictException when it is not finished yet or was rated already
     */
    public Rating rate(
            Caller caller, Rating.Target target, String targetId, int level, String channel, String comment) {
        String department;
        if (target == Rating.Target.CASE) {
            CaseTimeline timeline = ownCase(caller, targetId);
            if (timeline.completedAt() == null && timeline.decidedAt() == null) {
                throw new ConflictException("rating.not-finished", "A case is rated once it is decided");
            }
            department = timeline.department();
        } else {
            Visit visit = ownVisit(caller, targetId);
            if (visit.status() != Visit.Status.SERVED && visit.status() != Visit.Status.CHECKED_IN) {
                throw new ConflictException("rating.not-finished", "A visit is rated once it took place");
            }
            department = departmentOf(visit);
        }
        DueDate due = cases.clock().calendar().dueDate(cases.today(), settings.rectificationWorkingDays());
        Rating rating = Rating.give(
                target,
                targetId,
                department,
                level,
                channel,
                caller.subject(),
                comment,
                due,
                settings.rectificationWorkingDays(),
                clock.instant());
        save(rating);
        return rating;
    }

    /** The department's follow-up of a bad rating. */
    public Rating followUp(Caller staff, String ratingId, String note) {
        return StaleVersionRetry.retry(() -> {
            RatingDocument doc = mongo.findById(ratingId, RatingDocument.class);
            if (doc == null) {
                throw new NotFoundException("rating", ratingId);
            }
            doc.rating.followUp(note, staff.username(), staff.department(), clock.instant());
            mongo.save(doc);
            return doc.rating;
        });
    }

    public List<Rating> ratingsGivenBy(Caller caller) {
        return mongo
                .find(Query.query(Criteria.where("rating.raterSubject").is(caller.subject())), RatingDocument.class)
                .stream()
                .map(d -> d.rating)
                .toList();
    }

    public List<Rating> allRatings() {
        return mongo.findAll(RatingDocument.class).stream().map(d -> d.rating).toList();
    }

    /** The complaints about one case, oldest first. */
    public List<Complaint> complaintsAboutCase(String caseId) {
        return mongo
                .find(
                        Query.query(Criteria.where("complaint.targetType")
                                        .is(Complaint.Target.CASE.name())
                                        .and("complaint.targetId")
                                        .is(caseId))
                                .with(Sort.by("complaint.filedAt")),
                        ComplaintDocument.class)
                .stream()
                .map(d -> d.complaint)
                .toList();
    }

    /** The rating of one case, if it was rated. */
    public Optional<Rating> ratingOfCase(String caseId) {
        return Optional.ofNullable(mongo.findById(Rating.idOf(Rating.Target.CASE, caseId), RatingDocument.class))
                .map(d -> d.rating);
    }

    /**
     * An official calendar year replaced the provisional one: every open complaint answer deadline
     * and rectification deadline that rested on it is counted again from its start day (the day of
     * filing, the day of the rating) on {@code after}; each one that moved or stopped being
     * provisional is saved with its change and a {@code DeadlineRecomputed} event, in one write.
     * Idempotent: a deadline counted already is left alone. A deadline that cannot be counted (past
     * the calendar's horizon) keeps its date and does not stop the others.
     *
     * @param before the calendar with {@code year} still provisional, as the deadlines were counted
     * @param after the calendar now
     * @return how many deadlines changed
     */
    public int recountDeadlines(WorkingCalendar before, WorkingCalendar after, Year year, String reason) {
        ZoneId zone = cases.clock().zone();
        int changed = 0;
        for (ComplaintDocument listed : mongo.findAll(ComplaintDocument.class)) {
            if (listed.complaint.answeredAt() == null) {
                changed += recountComplaint(listed.id, before, after, zone, year, reason);
            }
        }
        for (RatingDocument listed : mongo.findAll(RatingDocument.class)) {
            if (listed.rating.isBad() && listed.rating.followedUpAt() == null) {
                changed += recountRectification(listed.id, before, after, zone, year, reason);
            }
        }
        if (changed > 0) {
            relay.ifAvailable(OutboxRelay::wakeUp);
        }
        return changed;
    }

    private int recountComplaint(
            String id, WorkingCalendar before, WorkingCalendar after, ZoneId zone, Year year, String reason) {
        try {
            return StaleVersionRetry.retry(() -> {
                ComplaintDocument doc = mongo.findById(id, ComplaintDocument.class);
                if (doc == null || !doc.complaint.recountDue(before, after, zone, year, reason, clock.instant())) {
                    return 0;
                }
                doc.outbox.addAll(recorder.record(Topics.SUPERVISION, doc.complaint.pullEvents()));
                mongo.save(doc);
                log.info(
                        "Complaint {}: answer deadline counted again on official {}, now {}",
                        id,
                        year,
                        doc.complaint.dueOn());
                return 1;
            });
        } catch (CalendarNotCoveredException e) {
            log.warn("Complaint {} keeps its answer deadline: {}", id, e.getMessage());
            return 0;
        }
    }

    private int recountRectification(
            String id, WorkingCalendar before, WorkingCalendar after, ZoneId zone, Year year, String reason) {
        try {
            return StaleVersionRetry.retry(() -> {
                RatingDocument doc = mongo.findById(id, RatingDocument.class);
                if (doc == null
                        || !doc.rating.recountRectification(before, after, zone, year, reason, clock.instant())) {
                    return 0;
                }
                doc.outbox.addAll(recorder.record(Topics.SUPERVISION, doc.rating.pullEvents()));
                mongo.save(doc);
                log.info(
                        "Rating {}: rectification deadline counted again on official {}, now {}",
                        id,
                        year,
                        doc.rating.rectificationDueOn());
                return 1;
            });
        } catch (CalendarNotCoveredException e) {
            log.warn("Rating {} keeps its rectification deadline: {}", id, e.getMessage());
            return 0;
        }
    }

    /**
     * The sweep's part: default ratings for cases completed and visits served longer ago than the
     * rating period, and rule 9 alerts for complaints and rectifications past their due day.
     */
    public int sweep() {
        Instant now = clock.instant();
        Instant cutoff = now.minus(settings.defaultRatingAfter());
        int defaulted = 0;
        for (CaseTimeline c : cases.all()) {
            if (c.completedAt() != null && c.completedAt().isBefore(cutoff) && !"WITHDRAWN".equals(c.outcome())) {
                defaulted += defaultRating(
                        Rating.Target.CASE,
                        c.id(),
                        c.department(),
                        c.completedAt().plus(settings.defaultRatingAfter()));
            }
        }
        for (Visit v : visits.all()) {
            if (v.servedAt() != null && v.servedAt().isBefore(cutoff)) {
                defaulted += defaultRating(
                        Rating.Target.VISIT,
                        v.id(),
                        departmentOf(v),
                        v.servedAt().plus(settings.defaultRatingAfter()));
            }
        }
        LocalDate today = cases.today();
        List<AlertCandidate> late = new ArrayList<>();
        for (Complaint c : allComplaints()) {
            if (c.isLate(today)) {
                late.add(new AlertCandidate(
                        LATE_RULE,
                        COMPLAINT_LATE,
                        "COMPLAINT",
                        c.id(),
                        c.department(),
                        Severity.WARNING,
                        c.targetType() == Complaint.Target.CASE ? c.targetId() : null,
                        List.of(),
                        List.of(),
                        c.dueOn().plusDays(1).atStartOfDay(cases.clock().zone()).toInstant(),
                        "complaint not answered by " + c.dueOn()));
            }
        }
        for (Rating r : allRatings()) {
            if (r.rectificationLate(today)) {
                late.add(new AlertCandidate(
                        LATE_RULE,
                        RECTIFICATION_LATE,
                        "RECTIFICATION",
                        r.id(),
                        r.department(),
                        Severity.WARNING,
                        r.targetType() == Rating.Target.CASE ? r.targetId() : null,
                        List.of(),
                        List.of(),
                        r.rectificationDueOn()
                                .plusDays(1)
                                .atStartOfDay(cases.clock().zone())
                                .toInstant(),
                        "bad rating not followed up by " + r.rectificationDueOn()));
            }
        }
        alerts.raise(late);
        return defaulted;
    }

    private int defaultRating(Rating.Target target, String targetId, String department, Instant at) {
        if (mongo.findById(Rating.idOf(target, targetId), RatingDocument.class) != null) {
            return 0;
        }
        try {
            save(Rating.byDefault(target, targetId, department, at));
            return 1;
        } catch (ConflictException e) {
            return 0;
        }
    }

    private void save(Rating rating) {
        RatingDocument doc = new RatingDocument(rating);
        doc.outbox.addAll(recorder.record(Topics.SUPERVISION, rating.pullEvents()));
        try {
            mongo.insert(doc);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("rating.already-given", "This case or visit has been rated already");
        }
        relay.ifAvailable(OutboxRelay::wakeUp);
    }

    private CaseTimeline ownCase(Caller caller, String caseId) {
        return cases.findIfKnown(caseId)
                .filter(c -> c.isApplicant(
                        caller.username(),
                        maskedIdOrCode(caller, c),
                        hasher.applicantHashOf(caller, "ENTERPRISE".equals(c.applicantType()))))
                .orElseThrow(() -> new NotFoundException("case", caseId));
    }

    // Visits booked before appointment events named the department go to the default one.
    private String departmentOf(Visit visit) {
        return visit.department() == null ? settings.defaultDepartment() : visit.department();
    }

    private Visit ownVisit(Caller caller, String bookingId) {
        String hash = hasher.hashOf(caller.idNumber());
        return visits.find(bookingId)
                .filter(v -> v.isFor(hash))
                .orElseThrow(() -> new NotFoundException("booking", bookingId));
    }

    // An enterprise applies under its credit code, a person under their ID number; both masked alike.
    private static String maskedIdOrCode(Caller caller, CaseTimeline c) {
        if ("ENTERPRISE".equals(c.applicantType()) && caller.creditCode() != null) {
            return UnifiedSocialCreditCode.of(caller.creditCode()).masked();
        }
        return caller.maskedIdNumber();
    }
}
