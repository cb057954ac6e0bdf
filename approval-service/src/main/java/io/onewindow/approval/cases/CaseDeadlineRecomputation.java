package io.onewindow.approval.cases;

import io.onewindow.platform.calendar.spring.DeadlineRecomputer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * When an official calendar year replaces the provisional one, every open case's deadlines are
 * counted again and each case that moved gets {@code CaseDeadlinesRecomputed}.
 */
@Component
class CaseDeadlineRecomputation implements DeadlineRecomputer {

    private static final Logger log = LoggerFactory.getLogger(CaseDeadlineRecomputation.class);

    private final CaseSweeps sweeps;

    CaseDeadlineRecomputation(CaseSweeps sweeps) {
        this.sweeps = sweeps;
    }

    @Override
    public void recompute(CalendarChange change) {
        int cases = sweeps.recomputeDeadlines(change);
        log.info("{}: deadlines of {} open case(s) recounted", change.reason(), cases);
    }
}
