package io.onewindow.approval.cases;

import io.onewindow.approval.cases.domain.ApplicationCase;
import io.onewindow.approval.cases.domain.CaseState;
import io.onewindow.platform.calendar.CalendarNotCoveredException;
import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.platform.calendar.spring.DeadlineRecomputer;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.service.UseCase;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the system does to many cases at once: the Art. 32 sweep (accepted as of receipt when the
 * notice period passed without a notice or an acceptance) and the recount of open cases' deadlines
 * when an official calendar year replaces the provisional one. Each case is its own write.
 */
@UseCase
public class CaseSweeps {

    private static final Logger log = LoggerFactory.getLogger(CaseSweeps.class);
    private static final int SWEEP_PAGE = 100;
    private static final int RECOUNT_PAGE = 200;

    private final CaseStore cases;
    private final Clock clock;
    private final WorkingCalendar calendar;

    CaseSweeps(CaseStore cases, Clock clock, WorkingCalendar calendar) {
        this.cases = cases;
        this.clock = clock;
        this.calendar = calendar;
    }

    /**
     * The Art. 32 sweep: every application left in pre-review past its notice period counts as accepted
     * on receipt. A case changed concurrently is left for the next sweep.
     *
     * @return how many were accepted
     */
    public int acceptOverdueApplications() {
        int accepted = 0;
        List<ApplicationCase> overdue;
        do {
            overdue =
                    cases.inStateWithArt32DeadlineBefore(CaseState.PRE_REVIEW.name(), LocalDate.now(clock), SWEEP_PAGE);
            int before = accepted;
            for (ApplicationCase found : overdue) {
                AtomicBoolean acceptedNow = new AtomicBoolean();
                try {
                    // Re-judged on a fresh read if the case changed meanwhile: an officer may just have acted.
                    cases.change(found.id(), c -> acceptedNow.set(c.acceptIfNoticePeriodOver(clock, calendar)));
                } catch (ConflictException stillContended) {
                    // Left for the next sweep.
                } catch (CalendarNotCoveredException notPublishedYet) {
                    // Its limits reach into a year the calendar does not hold yet: it stays in
                    // pre-review and is accepted, as of its receipt, by the first sweep after the
                    // year is added. The other cases are not held up by it.
                    log.warn(
                            "Art. 32: case {} cannot be accepted automatically yet: {}",
                            found.id(),
                            notPublishedYet.getMessage());
                }
                if (acceptedNow.get()) {
                    accepted++;
                }
            }
            if (accepted == before) {
                break;
            }
        } while (overdue.size() == SWEEP_PAGE);
        return accepted;
    }

    /**
     * Recounts the deadlines of every open case on a year's official arrangement, once per case
     * (the case remembers the year), each as its own write with its own event. A case changed
     * concurrently beyond the retries is left to the next run ({@link
     * io.onewindow.platform.calendar.spring.OfficialYearAdoption} runs again until every
     * recomputer finished).
     *
     * @return how many cases were recounted
     */
    public int recomputeDeadlines(DeadlineRecomputer.CalendarChange change) {
        int year = change.year().getValue();
        int recounted = 0;
        int contended = 0;
        List<String> open = Arrays.stream(CaseState.values())
                .filter(CaseState::isOpen)
                .map(Enum::name)
                .toList();
        // Paged by id, not by offset: a case that closes meanwhile does not shift the pages.
        String after = "";
        while (true) {
            List<ApplicationCase> batch = cases.inStatesAfter(open, after, RECOUNT_PAGE);
            for (ApplicationCase found : batch) {
                after = found.id();
                if (!found.awaitsRecomputationFor(year)) {
                    continue;
                }
                try {
                    cases.change(
                            found.id(),
                            c -> c.recomputeDeadlines(year, change.before(), change.after(), change.reason(), clock));
                    recounted++;
                } catch (ConflictException changedMeanwhile) {
                    contended++;
                }
            }
            if (batch.size() < RECOUNT_PAGE) {
                break;
            }
        }
        if (contended > 0) {
            // The year stays waiting; the next round recounts what was left.
            throw new IllegalStateException(contended + " case(s) changed meanwhile; recounted in the next round");
        }
        return recounted;
    }
}
