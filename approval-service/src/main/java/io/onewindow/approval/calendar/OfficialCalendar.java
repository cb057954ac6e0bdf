package io.onewindow.approval.calendar;

import io.onewindow.approval.calendar.domain.OfficialYearCheck;
import io.onewindow.approval.calendar.domain.OfficialYearProposal;
import io.onewindow.approval.calendar.domain.ProposalStatus;
import io.onewindow.platform.calendar.CalendarDay;
import io.onewindow.platform.calendar.DueDate;
import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.platform.calendar.YearArrangement;
import io.onewindow.platform.calendar.spring.CalendarYearStore;
import io.onewindow.platform.calendar.spring.OfficialYearAdoption;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.approval.CalendarYearPublished;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.service.UseCase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;

/**
 * The working-day calendar as the platform publishes it: platform-admins enter a year's official
 * arrangement from the State Council's notice and a second one confirms it (four eyes); everyone
 * reads any year (official, or provisional from the holiday law) and counts due dates on it.
 */
@UseCase
public class OfficialCalendar {

    private static final Logger log = LoggerFactory.getLogger(OfficialCalendar.class);

    private final OfficialYearStore years;
    private final WorkingCalendar calendar;
    private final CalendarYearStore store;
    private final OfficialYearAdoption adoption;
    private final Clock clock;

    OfficialCalendar(
            OfficialYearStore years,
            WorkingCalendar calendar,
            CalendarYearStore store,
            OfficialYearAdoption adoption,
            Clock clock) {
        this.years = years;
        this.calendar = calendar;
        this.store = store;
        this.adoption = adoption;
        this.clock = clock;
    }

    /**
     * What a platform-admin enters from the notice.
     *
     * @param year the year arranged
     * @param noticeNumber the notice's number
     * @param noticeDate the day it was issued
     * @param daysOff every day off
     * @param makeUpWorkingDays every weekend day worked instead
     */
    public record Entry(
            int year,
            String noticeNumber,
            LocalDate noticeDate,
            List<OfficialYearCheck.Day> daysOff,
            List<OfficialYearCheck.Day> makeUpWorkingDays) {}

    /**
     * Enters a year's official arrangement, checked whole; it counts only once a second
     * platform-admin confirms it.
     *
     * @throws InvalidValueException listing every error, nothing written
     * @throws ConflictException if the year is official already or another entry waits
     */
    public OfficialYearProposal enter(Entry entry, Caller caller) {
        Year firstOfficial = calendar.officialYears().iterator().next();
        if (entry.year() <= firstOfficial.getValue()) {
            throw new InvalidValueException(
                    "calendar.year-before-calendar",
                    "year",
                    "the platform counts from " + firstOfficial + "; years before it are not entered");
        }
        YearArrangement arrangement = OfficialYearCheck.check(
                entry.year(), entry.noticeNumber(), entry.noticeDate(), entry.daysOff(), entry.makeUpWorkingDays());
        OfficialYearProposal proposal = OfficialYearProposal.enter(
                UUID.randomUUID().toString(),
                arrangement,
                entry.noticeNumber(),
                entry.noticeDate(),
                isOfficial(entry.year()),
                caller.username(),
                now());
        try {
            years.add(proposal);
        } catch (DuplicateKeyException waiting) {
            throw new ConflictException(
                    "calendar.proposal-pending",
                    "an arrangement of " + entry.year() + " is entered already and waits for confirmation, or is"
                            + " published; reject it first");
        }
        log.info(
                "Official calendar {} entered by {} ({}); waits for a second platform-admin",
                entry.year(),
                caller.username(),
                entry.noticeNumber());
        return proposal;
    }

    /**
     * A second platform-admin confirms an entered year: it is published (event) and counts from now
     * on; every open deadline that rested on the provisional year is recomputed.
     */
    public OfficialYearProposal confirm(String id, Caller caller) {
        List<DomainEvent> events = new ArrayList<>();
        OfficialYearProposal confirmed = years.change(id, proposal -> {
            proposal.confirm(caller.username(), isOfficial(proposal.year()), now());
            events.clear();
            events.addAll(proposal.pendingEvents());
        });
        // Published now, whatever happens next: this instance adopts it at once, and a failure
        // here is finished by PublishedYearsJob and the calendar watch, not reported as a refusal.
        events.stream()
                .filter(CalendarYearPublished.class::isInstance)
                .map(CalendarYearPublished.class::cast)
                .forEach(year -> {
                    try {
                        adoption.adopt(year);
                    } catch (RuntimeException e) {
                        log.error(
                                "Official calendar {} is published but not adopted here yet; retried", year.year(), e);
                    }
                });
        return confirmed;
    }

    /** A second platform-admin rejects an entered year, with a reason; a corrected one can follow. */
    public OfficialYearProposal reject(String id, String reason, Caller caller) {
        return years.change(id, proposal -> proposal.reject(caller.username(), reason, now()));
    }

    /** Every entered year, newest year first. */
    public List<OfficialYearProposal> proposals() {
        return years.all();
    }

    /**
     * Adopts every published year this instance has not recorded yet: after a crash between the
     * confirmation and the adoption, or on another instance. Idempotent.
     */
    public void adoptPublished() {
        for (OfficialYearProposal p : years.inStatus(ProposalStatus.PUBLISHED.name())) {
            if (store.find(p.year()).isEmpty() || !calendar.isOfficial(Year.of(p.year()))) {
                adoption.adopt(new CalendarYearPublished(
                        p.year(),
                        p.noticeNumber(),
                        p.noticeDate(),
                        p.entries(),
                        p.enteredBy(),
                        p.decidedBy(),
                        p.decidedAt()));
            }
        }
    }

    // ---- public reads -------------------------------------------------------------------------

    /**
     * A year as the platform counts it.
     *
     * @param year the year
     * @param official whether it is the official arrangement (else provisional, from the law)
     * @param noticeNumber the notice it comes from, when official
     * @param noticeDate the notice's date, when official
     * @param daysOff every day off other than ordinary weekends (weekend days listed by the notice
     *     included)
     * @param makeUpWorkingDays weekend days worked
     * @param workingDays the year's working days
     */
    public record YearView(
            int year,
            boolean official,
            String noticeNumber,
            LocalDate noticeDate,
            List<CalendarDay> daysOff,
            List<CalendarDay> makeUpWorkingDays,
            int workingDays) {}

    /** Any year the calendar answers, official or provisional. */
    public YearView year(int year) {
        YearArrangement arrangement = calendar.arrangementOf(Year.of(year));
        boolean official = calendar.isOfficial(Year.of(year));
        Optional<CalendarYearPublished> notice = official ? store.find(year) : Optional.empty();
        int working = calendar.workingDaysBetween(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31))
                .value();
        return new YearView(
                year,
                official,
                notice.map(CalendarYearPublished::noticeNumber)
                        .orElse(official ? "shipped with the platform (State Council notice)" : null),
                notice.map(CalendarYearPublished::noticeDate).orElse(null),
                arrangement.entries().stream()
                        .filter(d -> d.kind() == io.onewindow.platform.calendar.DayKind.DAY_OFF)
                        .toList(),
                arrangement.entries().stream()
                        .filter(d -> d.kind() == io.onewindow.platform.calendar.DayKind.MAKE_UP_WORKING_DAY)
                        .toList(),
                working);
    }

    /** The due date {@code workingDays} working days after {@code from}, and whether it is provisional. */
    public DueDate due(LocalDate from, int workingDays) {
        return calendar.dueDate(from, workingDays);
    }

    private boolean isOfficial(int year) {
        return calendar.isOfficial(Year.of(year));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
