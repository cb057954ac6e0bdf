package io.onewindow.supervision.rules.domain;

import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.supervision.cases.domain.CaseClock;
import io.onewindow.supervision.catalog.domain.MatterDefinition;
import io.onewindow.supervision.majorprojects.domain.MajorProject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What a case rule may look at besides the case: today on the official calendar and the case's
 * published catalog version, when it is known, and its major-project flag, if it was ever flagged.
 *
 * @param today the date in the district's zone
 * @param clock the working-day clock
 * @param matter the catalog version the case is bound to, if its event has arrived
 * @param majorProject the case's major-project flag with its history, if it was ever flagged
 */
public record RuleContext(
        LocalDate today, CaseClock clock, Optional<MatterDefinition> matter, Optional<MajorProject> majorProject) {

    public RuleContext {
        majorProject = majorProject == null ? Optional.empty() : majorProject;
    }

    /** A context for a case never flagged as a major project. */
    public RuleContext(LocalDate today, CaseClock clock, Optional<MatterDefinition> matter) {
        this(today, clock, matter, Optional.empty());
    }

    public WorkingCalendar calendar() {
        return clock.calendar();
    }

    public ZoneId zone() {
        return clock.zone();
    }

    /** The first instant of the day after {@code date}: when a deadline ending on {@code date} was missed. */
    public Instant endOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay(zone()).toInstant();
    }

    public LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone());
    }
}
