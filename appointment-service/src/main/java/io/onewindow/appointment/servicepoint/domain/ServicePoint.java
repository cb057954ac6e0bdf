package io.onewindow.appointment.servicepoint.domain;

import io.onewindow.platform.calendar.CalendarNotCoveredException;
import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.platform.domain.AggregateRoot;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.events.appointment.ScheduleChanged;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A place where people are served: the district center, a specialised hall, a town/street
 * center or a village/community station, with its opening hours and the matters it books. Its
 * schedule changes (new hours, closed days) record {@link ScheduleChanged}.
 */
public final class ServicePoint extends AggregateRoot {

    private final String id;
    private final String name;
    private final Tier tier;
    private final String parentId;
    private final String address;
    private final double latitude;
    private final double longitude;
    private Map<DayOfWeek, List<TimeRange>> openingHours;
    private final int windows;
    private final List<MatterOffer> matters;
    private final List<LinkedBusiness> linkedBusinesses;
    private final TreeSet<LocalDate> closedDays;

    public ServicePoint(
            String id,
            String name,
            Tier tier,
            String parentId,
            String address,
            double latitude,
            double longitude,
            Map<DayOfWeek, List<TimeRange>> openingHours,
            int windows,
            List<MatterOffer> matters,
            List<LinkedBusiness> linkedBusinesses,
            Set<LocalDate> closedDays) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.tier = Objects.requireNonNull(tier, "tier");
        this.parentId = parentId;
        this.address = address;
        this.latitude = latitude;
        this.longitude = longitude;
        this.openingHours = Map.copyOf(openingHours);
        this.windows = windows;
        this.matters = List.copyOf(matters);
        this.linkedBusinesses = linkedBusinesses == null ? List.of() : List.copyOf(linkedBusinesses);
        this.closedDays = new TreeSet<>(closedDays == null ? Set.of() : closedDays);
        for (LinkedBusiness business : this.linkedBusinesses) {
            for (String matter : business.matterCodes()) {
                if (offer(matter).isEmpty()) {
                    throw new IllegalArgumentException(
                            "linked business " + business.code() + " needs matter " + matter + " at " + id);
                }
            }
        }
    }

    public Optional<MatterOffer> offer(String matterCode) {
        return matters.stream().filter(m -> m.code().equals(matterCode)).findFirst();
    }

    public Optional<LinkedBusiness> linkedBusiness(String code) {
        return linkedBusinesses.stream().filter(b -> b.code().equals(code)).findFirst();
    }

    /**
     * The opening periods on {@code day}: none on days the point is closed, on public holidays
     * and on ordinary weekends; on a make-up working day (调休) the Monday hours, because the
     * make-up day works like a weekday and halls publish no separate hours for it. In a year the
     * calendar answers only provisionally (from the holiday law, until the official arrangement is
     * published) the provisional working days count.
     *
     * @throws CalendarNotCoveredException if the day lies past the calendar's provisional horizon
     *     (or before its first year): refused, not guessed and not silently closed
     */
    public List<TimeRange> hoursOn(LocalDate day, WorkingCalendar calendar) {
        if (closedDays.contains(day)) {
            return List.of();
        }
        if (!calendar.isWorkingDay(day)) {
            return List.of();
        }
        return hoursIfOpen(day);
    }

    /** A copy of the point as it is now, without pending events (what a change started from). */
    public ServicePoint snapshot() {
        return new ServicePoint(
                id,
                name,
                tier,
                parentId,
                address,
                latitude,
                longitude,
                openingHours,
                windows,
                matters,
                linkedBusinesses,
                closedDays);
    }

    /**
     * The opening periods {@code day} would have if the calendar counted it a working day and the
     * point had not closed it: its weekday's hours, or on a weekend without hours of its own the
     * Monday hours (as on a make-up working day). What an instance that does not know yet of a
     * closure or of an official day off may still offer on that day.
     */
    public List<TimeRange> hoursIfOpen(LocalDate day) {
        List<TimeRange> hours = openingHours.getOrDefault(day.getDayOfWeek(), List.of());
        if (hours.isEmpty() && (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY)) {
            return openingHours.getOrDefault(DayOfWeek.MONDAY, List.of());
        }
        return hours;
    }

    /** The same point closed on {@code day}: bookings on it no longer fit. */
    public ServicePoint closedOn(LocalDate day) {
        Set<LocalDate> days = new TreeSet<>(closedDays);
        days.add(day);
        return new ServicePoint(
                id,
                name,
                tier,
                parentId,
                address,
                latitude,
                longitude,
                openingHours,
                windows,
                matters,
                linkedBusinesses,
                days);
    }

    /** The same point with new opening hours; bookings outside them no longer fit. */
    public ServicePoint withOpeningHours(Map<DayOfWeek, List<TimeRange>> hours) {
        return new ServicePoint(
                id,
                name,
                tier,
                parentId,
                address,
                latitude,
                longitude,
                hours,
                windows,
                matters,
                linkedBusinesses,
                closedDays);
    }

    /**
     * Replaces the weekly opening hours; records {@code ScheduleChanged} ({@code HOURS_CHANGED}) with
     * how many bookings the new hours no longer fit.
     */
    public void changeOpeningHours(
            Map<DayOfWeek, List<TimeRange>> hours, String reason, int affectedBookings, String bySubject) {
        openingHours = Map.copyOf(hours);
        record(new ScheduleChanged(id, "HOURS_CHANGED", List.of(), reason, affectedBookings, bySubject));
    }

    /** The days among {@code days} the point is still open on, in order. */
    public List<LocalDate> openAmong(List<LocalDate> days) {
        return days.stream().filter(day -> !isClosedOn(day)).sorted().distinct().toList();
    }

    /**
     * Closes the point on {@code days}; records one {@code ScheduleChanged} ({@code DAY_CLOSED})
     * naming them, with how many bookings were on them.
     *
     * @throws ConflictException {@code day-already-closed} when it is closed on one of them already
     */
    public void closeDays(List<LocalDate> days, String reason, int affectedBookings, String bySubject) {
        for (LocalDate day : days) {
            if (isClosedOn(day)) {
                throw new ConflictException("day-already-closed", "the point is already closed on " + day);
            }
        }
        closedDays.addAll(days);
        record(new ScheduleChanged(id, "DAY_CLOSED", List.copyOf(days), reason, affectedBookings, bySubject));
    }

    public boolean isClosedOn(LocalDate day) {
        return closedDays.contains(day);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Tier tier() {
        return tier;
    }

    public String parentId() {
        return parentId;
    }

    public String address() {
        return address;
    }

    public double latitude() {
        return latitude;
    }

    public double longitude() {
        return longitude;
    }

    public Map<DayOfWeek, List<TimeRange>> openingHours() {
        return openingHours;
    }

    public int windows() {
        return windows;
    }

    public List<MatterOffer> matters() {
        return matters;
    }

    public List<LinkedBusiness> linkedBusinesses() {
        return linkedBusinesses;
    }

    public List<LocalDate> closedDays() {
        return new ArrayList<>(closedDays);
    }
}
