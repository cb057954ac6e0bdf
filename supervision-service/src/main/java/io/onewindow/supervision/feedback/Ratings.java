package io.onewindow.supervision.feedback;

import io.onewindow.platform.calendar.DueDate;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.service.UseCase;
import io.onewindow.supervision.cases.CaseSupervision;
import io.onewindow.supervision.cases.domain.CaseClock;
import io.onewindow.supervision.cases.domain.CaseTimeline;
import io.onewindow.supervision.config.SupervisionSettings;
import io.onewindow.supervision.feedback.domain.Rating;
import io.onewindow.supervision.visits.VisitSupervision;
import io.onewindow.supervision.visits.domain.Visit;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Ratings (好差评): given once by the person served about their own finished case or visit; a bad
 * one opens a rectification the department follows up; unrated cases and visits get the default
 * rating after the rating period.
 */
@UseCase
public class Ratings {

    private final RatingStore ratings;
    private final Ownership ownership;
    private final CaseSupervision cases;
    private final VisitSupervision visits;
    private final CaseClock caseClock;
    private final SupervisionSettings settings;
    private final Clock clock;

    Ratings(
            RatingStore ratings,
            Ownership ownership,
            CaseSupervision cases,
            VisitSupervision visits,
            CaseClock caseClock,
            SupervisionSettings settings,
            Clock clock) {
        this.ratings = ratings;
        this.ownership = ownership;
        this.cases = cases;
        this.visits = visits;
        this.caseClock = caseClock;
        this.settings = settings;
        this.clock = clock;
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
            CaseTimeline timeline = ownership.ownCase(caller, targetId);
            if (timeline.completedAt() == null && timeline.decidedAt() == null) {
                throw new ConflictException("rating.not-finished", "A case is rated once it is decided");
            }
            department = timeline.department();
        } else {
            Visit visit = ownership.ownVisit(caller, targetId);
            if (visit.status() != Visit.Status.SERVED && visit.status() != Visit.Status.CHECKED_IN) {
                throw new ConflictException("rating.not-finished", "A visit is rated once it took place");
            }
            department = ownership.departmentOf(visit);
        }
        DueDate due = caseClock.calendar().dueDate(caseClock.today(clock), settings.rectificationWorkingDays());
        return add(Rating.give(
                target,
                targetId,
                department,
                level,
                channel,
                caller.subject(),
                comment,
                due,
                settings.rectificationWorkingDays(),
                clock.instant()));
    }

    /** The department's follow-up of a bad rating. */
    public Rating followUp(Caller staff, String ratingId, String note) {
        return ratings.change(
                ratingId, rating -> rating.followUp(note, staff.username(), staff.department(), clock.instant()));
    }

    public List<Rating> givenBy(Caller caller) {
        return ratings.find(Query.query(Criteria.where("rating.raterSubject").is(caller.subject())));
    }

    /** Every rating, for statistics and the sweep. */
    public List<Rating> all() {
        return ratings.all();
    }

    /** The rating of one case, if it was rated. */
    public Optional<Rating> ofCase(String caseId) {
        return ratings.find(Rating.idOf(Rating.Target.CASE, caseId));
    }

    /**
     * The sweep's part: default ratings for cases completed and visits served longer ago than the
     * rating period. Returns how many were given.
     */
    public int giveDefaultRatings() {
        Instant cutoff = clock.instant().minus(settings.defaultRatingAfter());
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
                        ownership.departmentOf(v),
                        v.servedAt().plus(settings.defaultRatingAfter()));
            }
        }
        return defaulted;
    }

    private int defaultRating(Rating.Target target, String targetId, String department, Instant at) {
        if (ratings.find(Rating.idOf(target, targetId)).isPresent()) {
            return 0;
        }
        try {
            add(Rating.byDefault(target, targetId, department, at));
            return 1;
        } catch (ConflictException e) {
            return 0;
        }
    }

    private Rating add(Rating rating) {
        try {
            return ratings.add(rating);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("rating.already-given", "This case or visit has been rated already");
        }
    }
}
