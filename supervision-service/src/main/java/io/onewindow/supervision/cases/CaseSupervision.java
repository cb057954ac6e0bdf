package io.onewindow.supervision.cases;

import io.onewindow.platform.calendar.CalendarNotCoveredException;
import io.onewindow.platform.events.approval.CaseDeadlinesRecomputed;
import io.onewindow.platform.events.license.LicenseIssued;
import io.onewindow.platform.service.UseCase;
import io.onewindow.supervision.cases.domain.CardColour;
import io.onewindow.supervision.cases.domain.CaseClock;
import io.onewindow.supervision.cases.domain.CaseState;
import io.onewindow.supervision.cases.domain.CaseTimeline;
import io.onewindow.supervision.cases.domain.LinkedFiling;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Keeps each case's timeline, clock and card from the events, so a case nobody touches still turns
 * yellow and red on the sweep. A changed card is announced ({@code CaseCardChanged}) in the same
 * write as the timeline. The rules judge the timelines this returns (rules' {@code CaseInspection}).
 */
@UseCase
public class CaseSupervision {

    private static final Logger log = LoggerFactory.getLogger(CaseSupervision.class);

    private final CaseTimelineStore timelines;
    private final CaseClock caseClock;
    private final ReplayMode replay;
    private final Clock clock;

    CaseSupervision(CaseTimelineStore timelines, CaseClock caseClock, ReplayMode replay, Clock clock) {
        this.timelines = timelines;
        this.caseClock = caseClock;
        this.replay = replay;
        this.clock = clock;
    }

    /**
     * Applies one event to its case (creating the timeline, or a placeholder, when it is the first
     * seen) and shows the card as of the event's day. {@code change} returns {@code false} for an
     * event already on the timeline, which then changes nothing.
     *
     * @return the timeline for the rules to judge: after the change; or as it was, for an event
     *     seen before (the write happened, but the alerts after it may not have: a crash between the
     *     two is why the event came again); empty when the card could not be evaluated (a calendar
     *     year not loaded yet) or the event changed nothing on an unknown case
     */
    public Optional<CaseTimeline> record(String caseId, Predicate<CaseTimeline> change) {
        return record(caseId, change, false);
    }

    /**
     * The approval service counted the case's deadlines again on an official calendar year: the
     * timeline takes the new dates and shows the change, and the card is evaluated again. When the
     * colour stays but the promised due date on the card moved or stopped being provisional, the
     * card is announced again ({@code CaseCardChanged} with {@code from} equal to {@code to}), so
     * a dashboard does not keep showing the provisional date.
     */
    public Optional<CaseTimeline> deadlinesRecomputed(String caseId, String eventId, CaseDeadlinesRecomputed event) {
        return record(caseId, timeline -> timeline.deadlinesRecomputed(eventId, event), true);
    }

    /** A license naming a case: onto its timeline (it may come before the case's own events). */
    public Optional<CaseTimeline> licenseIssued(String eventId, LicenseIssued event) {
        return record(event.caseId(), timeline -> timeline.licenseIssued(eventId, event));
    }

    private Optional<CaseTimeline> record(String caseId, Predicate<CaseTimeline> change, boolean announceMovedDueDate) {
        boolean[] judgeable = new boolean[1];
        CaseTimelineStore.Applied applied = timelines.apply(caseId, timeline -> {
            DueShown shownBefore = announceMovedDueDate ? shown(timeline) : null;
            if (!change.test(timeline)) {
                return false;
            }
            judgeable[0] = showCard(timeline, caseClock.judgedOn(timeline, today()), shownBefore);
            return true;
        });
        if (!applied.changed()) {
            return applied.existed() ? Optional.of(applied.timeline()) : Optional.empty();
        }
        return judgeable[0] ? Optional.of(applied.timeline()) : Optional.empty();
    }

    /**
     * Opens a batch on this thread (a consumer applying one poll): the timelines of
     * {@code caseIds} are read in one query, and the events that follow change timelines in memory,
     * each as it would one by one (the card shown and announced as of each event's day), until
     * {@link #flushBatch()} writes each changed timeline once.
     */
    public void beginBatch(Collection<String> caseIds) {
        timelines.beginBatch(caseIds);
    }

    /** The event being applied now within the batch. */
    public void handling(String eventId) {
        timelines.handling(eventId);
    }

    /**
     * Writes each timeline the batch changed once, conditionally on the version read, and closes
     * the batch.
     *
     * @return the ids of the events whose timeline another writer wrote meanwhile (not written;
     *     to be applied again one by one)
     */
    public Set<String> flushBatch() {
        return timelines.flushBatch();
    }

    /** Closes the batch without writing. */
    public void discardBatch() {
        timelines.discardBatch();
    }

    /**
     * Shows every case still running or still waiting for its approval the card of today, as the
     * sweep does; also after the working-day calendar changed (an official year replaced a
     * provisional one), since the working days used and the limits are counted on it. Idempotent:
     * a case is saved only when its card changed.
     *
     * @return how many cases changed card, and the timelines for the rules to judge on today
     */
    public Refreshed refreshRunning() {
        LocalDate today = today();
        int changed = 0;
        List<CaseTimeline> judgeable = new ArrayList<>();
        Query running = Query.query(new Criteria()
                .orOperator(
                        Criteria.where("timeline.state").nin(closedStates()),
                        Criteria.where("timeline.approvalSeen")
                                .is(false)
                                .and("timeline.licenseIds.0")
                                .exists(true)));
        for (CaseDocument read : timelines.documents(running)) {
            CaseTimeline timeline = timelines.timelineOf(read);
            CardColour before = timeline.card();
            if (!showCard(timeline, today, null)) {
                continue;
            }
            if (timeline.card() != before) {
                if (!timelines.saveIfUnchanged(timeline, read)) {
                    // An event changed the case meanwhile and evaluated it itself.
                    continue;
                }
                changed++;
            }
            judgeable.add(timeline);
        }
        return new Refreshed(changed, today, judgeable);
    }

    /** What {@link #refreshRunning()} did: cards changed, the day, the timelines to judge. */
    public record Refreshed(int cardsChanged, LocalDate today, List<CaseTimeline> timelines) {}

    public CaseTimeline find(String caseId) {
        return timelines.get(caseId);
    }

    public Optional<CaseTimeline> findIfKnown(String caseId) {
        return timelines.find(caseId);
    }

    /** Every case timeline, for statistics and default ratings. */
    public List<CaseTimeline> all() {
        return timelines.all();
    }

    /**
     * The linked filing {@code linkedNumber}: every case received as one of its parts, with one
     * merged timeline; without parts when no case carries that number.
     */
    public LinkedFiling linkedFiling(String linkedNumber) {
        return LinkedFiling.of(
                linkedNumber,
                timelines.find(
                        Query.query(Criteria.where("timeline.linkedNumber").is(linkedNumber))));
    }

    /**
     * The partner cases of {@code matterCode} accepted on the partner's own due date because no
     * catalog version of the matter was known yet.
     */
    public List<CaseTimeline> partnerCasesWithoutCatalog(String matterCode) {
        return timelines.find(Query.query(Criteria.where("timeline.matterCode")
                .is(matterCode)
                .and("timeline.partnerDueDate")
                .ne(null)
                .and("timeline.matterVersion")
                .is(null)));
    }

    /** Every completed case, for rule 7. */
    public List<CaseTimeline> completed() {
        return timelines.find(Query.query(Criteria.where("timeline.completedAt").ne(null)));
    }

    public CaseClock clock() {
        return caseClock;
    }

    public LocalDate today() {
        return caseClock.today(clock);
    }

    // What the card says about the promised due date, to tell whether a recomputation moved it.
    private record DueShown(LocalDate promisedDueDate, boolean provisional) {}

    private DueShown shown(CaseTimeline timeline) {
        return new DueShown(timeline.deadlines().promisedDueDate(), caseClock.promisedDueProvisional(timeline));
    }

    /**
     * Shows the card as of {@code today}. A changed colour is announced; with {@code shownBefore},
     * so is an unchanged colour whose promised due date moved or stopped being provisional.
     * Returns {@code false} when the card cannot be evaluated (the calendar is data; a year not
     * loaded yet must not stop the other cases).
     */
    private boolean showCard(CaseTimeline timeline, LocalDate today, DueShown shownBefore) {
        try {
            CardColour colour = caseClock.cardOf(timeline, today);
            Optional<CardColour> previous = timeline.showCard(colour);
            if (!replay.isReplaying()) {
                if (previous.isPresent()) {
                    announce(timeline, previous.get() == CardColour.NONE ? null : previous.get(), colour, today);
                } else if (shownBefore != null && colour != CardColour.NONE && !shownBefore.equals(shown(timeline))) {
                    announce(timeline, colour, colour, today);
                }
            }
            return true;
        } catch (CalendarNotCoveredException e) {
            log.warn("Case {} cannot be evaluated: {}", timeline.id(), e.getMessage());
            return false;
        }
    }

    private void announce(CaseTimeline timeline, CardColour from, CardColour to, LocalDate today) {
        timeline.announceCard(
                from,
                to,
                caseClock.workingDaysUsed(timeline, today),
                caseClock.promisedDueProvisional(timeline),
                clock.instant());
    }

    private static List<String> closedStates() {
        return List.of(CaseState.COMPLETED.name(), CaseState.NOT_ACCEPTED.name(), CaseState.WITHDRAWN.name());
    }
}
