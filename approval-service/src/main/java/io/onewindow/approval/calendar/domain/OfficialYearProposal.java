package io.onewindow.approval.calendar.domain;

import io.onewindow.platform.calendar.CalendarDay;
import io.onewindow.platform.calendar.DayKind;
import io.onewindow.platform.calendar.YearArrangement;
import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.AggregateRoot;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.events.approval.CalendarYearPublished;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A year's official holiday arrangement on its way in: one platform-admin enters it from the
 * State Council's notice (checked whole, {@link OfficialYearCheck}), a second one confirms it
 * (four eyes), and only then does it count: {@link CalendarYearPublished} tells every service.
 * Or the second one rejects it with a reason.
 */
public final class OfficialYearProposal extends AggregateRoot {

    private String id;
    private int year;
    private String noticeNumber;
    private LocalDate noticeDate;
    private List<CalendarDay> entries;
    private ProposalStatus status;
    private String enteredBy;
    private Instant enteredAt;
    private String decidedBy;
    private Instant decidedAt;
    private String rejectionReason;

    private OfficialYearProposal() {}

    /**
     * Enters a checked arrangement.
     *
     * @throws ConflictException {@code calendar.year-official} if the year counts officially already
     */
    public static OfficialYearProposal enter(
            String id,
            YearArrangement arrangement,
            String noticeNumber,
            LocalDate noticeDate,
            boolean yearOfficialAlready,
            String enteredBy,
            Instant now) {
        if (yearOfficialAlready) {
            throw new ConflictException(
                    "calendar.year-official",
                    arrangement.year() + " has its official arrangement already; an official year never changes");
        }
        OfficialYearProposal p = new OfficialYearProposal();
        p.id = Objects.requireNonNull(id);
        p.year = arrangement.year().getValue();
        p.noticeNumber = noticeNumber.strip();
        p.noticeDate = noticeDate;
        p.entries = List.copyOf(arrangement.entries());
        p.status = ProposalStatus.PROPOSED;
        p.enteredBy = enteredBy;
        p.enteredAt = now;
        return p;
    }

    /**
     * A second platform-admin confirms: the year is published.
     *
     * @throws AccessRefusedException {@code calendar.four-eyes} if the confirmer entered it
     * @throws ConflictException if it is not waiting, or the year became official meanwhile
     */
    public void confirm(String confirmer, boolean yearOfficialAlready, Instant now) {
        requireProposed("confirm");
        if (confirmer.equals(enteredBy)) {
            throw new AccessRefusedException(
                    "calendar.four-eyes", "a second platform-admin confirms what " + enteredBy + " entered");
        }
        if (yearOfficialAlready) {
            throw new ConflictException("calendar.year-official", year + " has its official arrangement already");
        }
        status = ProposalStatus.PUBLISHED;
        decidedBy = confirmer;
        decidedAt = now;
        record(new CalendarYearPublished(year, noticeNumber, noticeDate, entries, enteredBy, confirmer, now));
    }

    /**
     * A second platform-admin rejects it, with a reason.
     *
     * @throws AccessRefusedException {@code calendar.four-eyes} if the rejecter entered it (the
     *     one who entered it simply enters a corrected one after a rejection)
     */
    public void reject(String rejecter, String reason, Instant now) {
        requireProposed("reject");
        if (rejecter.equals(enteredBy)) {
            throw new AccessRefusedException(
                    "calendar.four-eyes", "a second platform-admin decides on what " + enteredBy + " entered");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidValueException("calendar.reason-required", "reason", "say why it is rejected");
        }
        status = ProposalStatus.REJECTED;
        decidedBy = rejecter;
        decidedAt = now;
        rejectionReason = reason.strip();
    }

    private void requireProposed(String action) {
        if (status != ProposalStatus.PROPOSED) {
            throw new ConflictException(
                    "calendar.not-proposed", "cannot " + action + " an arrangement that is " + status);
        }
    }

    /** The arrangement entered. */
    public YearArrangement arrangement() {
        return new YearArrangement(java.time.Year.of(year), entries);
    }

    public String id() {
        return id;
    }

    public int year() {
        return year;
    }

    public String noticeNumber() {
        return noticeNumber;
    }

    public LocalDate noticeDate() {
        return noticeDate;
    }

    public List<CalendarDay> entries() {
        return entries;
    }

    public List<CalendarDay> daysOff() {
        return entries.stream().filter(d -> d.kind() == DayKind.DAY_OFF).toList();
    }

    public List<CalendarDay> makeUpWorkingDays() {
        return entries.stream()
                .filter(d -> d.kind() == DayKind.MAKE_UP_WORKING_DAY)
                .toList();
    }

    public ProposalStatus status() {
        return status;
    }

    public String enteredBy() {
        return enteredBy;
    }

    public Instant enteredAt() {
        return enteredAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String rejectionReason() {
        return rejectionReason;
    }
}
