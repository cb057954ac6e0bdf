package io.onewindow.appointment.servicepoint.domain;

import io.onewindow.platform.calendar.CalendarNotCoveredException;
import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.platform.domain.AggregateRoot;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.events.appointment.ScheduleChanged;
import io.onewindow.platform.events.appointment.ServicePointRecorded;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A place where people are served: the district center, a specialised hall, a town/street
 * center or a village/community station, with its opening hours, its windows and the matters it books.
 * Its schedule changes (new hours, closed days) record {@link ScheduleChanged}; its registry changes
 * (created, particulars or windows changed, an offering put or withdrawn, closed for good) record
 * {@link ServicePointRecorded} with the whole registry entry and the registry version.
 */
public final class ServicePoint extends AggregateRoot {

    /** The change kinds of {@link ServicePointRecorded}. */
    public static final String CREATED = "CREATED";

    public static final String CHANGED = "CHANGED";
    public static final String OFFER_CHANGED = "OFFER_CHANGED";
    public static final String CLOSED = "CLOSED";

    private final String id;
    private String name;
    private Tier tier;
    private String parentId;
    private String address;
    private double latitude;
    private double longitude;
    private Map<DayOfWeek, List<TimeRange>> openingHours;
    private List<Window> windows;
    private List<MatterOffer> matters;
    private final List<LinkedBusiness> linkedBusinesses;
    private final TreeSet<LocalDate> closedDays;
    private VisitorInformation visitorInformation;
    private boolean open;
    private long registryVersion;

    /**
     * The particulars of a point an administrator sets: everything but its hours, closed days and
     * offerings. The windows are kept in number order.
     */
    public record Particulars(
            String name,
            Tier tier,
            String parentId,
            String address,
            double latitude,
            double longitude,
            List<Window> windows,
            VisitorInformation visitorInformation) {

        public Particulars {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(tier, "tier");
            windows = windows.stream().sorted(WINDOW_ORDER).toList();
            visitorInformation = visitorInformation == null ? VisitorInformation.NONE : visitorInformation;
            requireDistinctNumbers(windows);
        }
    }

    /** Windows in number order: numbers of digits only first, by value, then the others alphabetically. */
    static final Comparator<Window> WINDOW_ORDER = Comparator.comparing(
                    (Window w) -> !w.number().matches("[0-9]+"))
            .thenComparing(w -> w.number().matches("[0-9]+") ? Integer.parseInt(w.number()) : 0)
            .thenComparing(Window::number);

    /** A point as the demo data or a test shapes it: open, no visitor information, registry version 0. */
    public ServicePoint(
            String id,
            String name,
            Tier tier,
            String parentId,
            String address,
            double latitude,
            double longitude,
            Map<DayOfWeek, List<TimeRange>> openingHours,
            List<Window> windows,
            List<MatterOffer> matters,
            List<LinkedBusiness> linkedBusinesses,
            Set<LocalDate> closedDays) {
        this(
                id,
                new Particulars(name, tier, parentId, address, latitude, longitude, windows, VisitorInformation.NONE),
                openingHours,
                matters,
                linkedBusinesses,
                closedDays,
                true,
                0);
    }

    /** A point as stored. */
    public ServicePoint(
            String id,
            Particulars particulars,
            Map<DayOfWeek, List<TimeRange>> openingHours,
            List<MatterOffer> matters,
            List<LinkedBusiness> linkedBusinesses,
            Set<LocalDate> closedDays,
            boolean open,
            long registryVersion) {
        this.id = Objects.requireNonNull(id, "id");
        apply(particulars);
        this.openingHours = Map.copyOf(openingHours);
        this.matters = List.copyOf(matters);
        this.linkedBusinesses = linkedBusinesses == null ? List.of() : List.copyOf(linkedBusinesses);
        this.closedDays = new TreeSet<>(closedDays == null ? Set.of() : closedDays);
        this.open = open;
        this.registryVersion = registryVersion;
        for (LinkedBusiness business : this.linkedBusinesses) {
            for (String matter : business.matterCodes()) {
                if (offer(matter).isEmpty()) {
                    throw new IllegalArgumentException(
                            "linked business " + business.code() + " needs matter " + matter + " at " + id);
                }
            }
        }
    }

    /**
     * A new point of the registry (registry version 1), without offerings yet; records {@link
     * ServicePointRecorded} ({@code CREATED}).
     */
    public static ServicePoint create(
            String id, Particulars particulars, Map<DayOfWeek, List<TimeRange>> openingHours, String bySubject) {
        ServicePoint point = new ServicePoint(id, particulars, openingHours, List.of(), List.of(), Set.of(), true, 1);
        point.record(point.recorded(CREATED, bySubject));
        return point;
    }

    /**
     * The demo data's point as it is to be stored over {@code existing} (the stored one, or {@code
     * null}): a new point, or one stored before registry versions existed, is registry version 1
     * ({@code CREATED}), one whose registry content differs
     * from the stored one is the next version ({@code CHANGED}), both recorded as {@link
     * ServicePointRecorded} by {@code system}; an unchanged one keeps the stored version and records
     * nothing, so a restart announces nothing.
     */
    public ServicePoint asDemoOver(ServicePoint existing) {
        ServicePoint demo =
                new ServicePoint(id, particulars(), openingHours, matters, linkedBusinesses, closedDays, true, 0);
        if (existing == null || existing.registryVersion == 0) {
            // New, or stored before the registry was announced: its first announcement.
            demo.registryVersion = 1;
            demo.record(demo.recorded(CREATED, "system"));
        } else if (!demo.sameRegistryEntryAs(existing)) {
            demo.registryVersion = existing.registryVersion + 1;
            demo.record(demo.recorded(CHANGED, "system"));
        } else {
            demo.registryVersion = existing.registryVersion;
        }
        return demo;
    }

    /**
     * New particulars (name, tier, parent, address, position, windows, visitor information); records
     * {@code CHANGED}.
     *
     * @throws ConflictException {@code service-point-closed} when the point is closed for good
     */
    public void changeParticulars(Particulars particulars, String bySubject) {
        requireOpen();
        apply(particulars);
        registryVersion++;
        record(recorded(CHANGED, bySubject));
    }

    /**
     * Adds the offering, or replaces the offering of the same matter; records {@code OFFER_CHANGED}.
     * Its queue line may be shared only with matters of the same department (the officers calling
     * a line are that department's).
     *
     * @throws ConflictException {@code service-point-closed}
     * @throws InvalidValueException {@code line-of-another-department} ({@code line})
     */
    public void putOffer(MatterOffer offer, String bySubject) {
        requireOpen();
        for (MatterOffer other : matters) {
            if (!other.code().equals(offer.code())
                    && other.line().equals(offer.line())
                    && !other.department().equals(offer.department())) {
                throw new InvalidValueException(
                        "line-of-another-department",
                        "line",
                        "line " + offer.line() + " is " + other.department() + "'s at this point");
            }
        }
        List<MatterOffer> changed = new ArrayList<>(matters);
        changed.removeIf(m -> m.code().equals(offer.code()));
        changed.add(offer);
        matters = List.copyOf(changed);
        registryVersion++;
        record(recorded(OFFER_CHANGED, bySubject));
    }

    /**
     * Withdraws the offering of {@code matterCode}; records {@code OFFER_CHANGED}.
     *
     * @throws ConflictException {@code service-point-closed}; {@code offer-in-linked-business} while a
     *     linked business of the point joins the matter
     * @throws io.onewindow.platform.domain.NotFoundException when the point does not offer it
     */
    public void withdrawOffer(String matterCode, String bySubject) {
        requireOpen();
        if (offer(matterCode).isEmpty()) {
            throw new io.onewindow.platform.domain.NotFoundException("offering", matterCode);
        }
        for (LinkedBusiness business : linkedBusinesses) {
            if (business.matterCodes().contains(matterCode)) {
                throw new ConflictException(
                        "offer-in-linked-business",
                        "the linked business " + business.code() + " joins " + matterCode + " here");
            }
        }
        matters = matters.stream().filter(m -> !m.code().equals(matterCode)).toList();
        registryVersion++;
        record(recorded(OFFER_CHANGED, bySubject));
    }

    /**
     * Closes the point for good: no hours, no slots, out of the directory; records {@code CLOSED}.
     *
     * @throws ConflictException {@code service-point-closed} when it is closed already
     */
    public void closeForGood(String bySubject) {
        requireOpen();
        open = false;
        registryVersion++;
        record(recorded(CLOSED, bySubject));
    }

    /** Whether the point has not been closed for good. */
    public boolean isOpen() {
        return open;
    }

    /** The registry version: 1 on creation, +1 per registry change (0: demo data before this existed). */
    public long registryVersion() {
        return registryVersion;
    }

    public VisitorInformation visitorInformation() {
        return visitorInformation;
    }

    /** The window with this number, if the point has one. */
    public Optional<Window> window(String number) {
        return windows.stream().filter(w -> w.number().equals(number)).findFirst();
    }

    /** The particulars as they are now. */
    public Particulars particulars() {
        return new Particulars(name, tier, parentId, address, latitude, longitude, windows, visitorInformation);
    }

    /** Whether {@code other} has the same registry entry (what {@link ServicePointRecorded} carries). */
    public boolean sameRegistryEntryAs(ServicePoint other) {
        return name.equals(other.name)
                && tier == other.tier
                && Objects.equals(parentId, other.parentId)
                && Objects.equals(address, other.address)
                && latitude == other.latitude
                && longitude == other.longitude
                && windows.equals(other.windows)
                && matters.equals(other.matters)
                && linkedBusinesses.equals(other.linkedBusinesses)
                && open == other.open
                && visitorInformation.equals(other.visitorInformation);
    }

    private void apply(Particulars particulars) {
        this.name = particulars.name();
        this.tier = particulars.tier();
        this.parentId = particulars.parentId();
        this.address = particulars.address();
        this.latitude = particulars.latitude();
        this.longitude = particulars.longitude();
        this.windows = particulars.windows();
        this.visitorInformation = particulars.visitorInformation();
    }

    private void requireOpen() {
        if (!open) {
            throw new ConflictException("service-point-closed", "the service point " + id + " is closed for good");
        }
    }

    private static void requireDistinctNumbers(List<Window> windows) {
        Set<String> numbers = new HashSet<>();
        for (Window window : windows) {
            if (!numbers.add(window.number())) {
                throw new InvalidValueException(
                        "duplicate-window", "windows", "window " + window.number() + " is listed twice");
            }
        }
    }

    /** The registry entry as the event carries it. */
    public ServicePointRecorded recorded(String change, String bySubject) {
        return new ServicePointRecorded(
                id,
                registryVersion,
                change,
                name,
                tier.code(),
                parentId,
                address,
                open,
                windows.stream()
                        .map(w -> new ServicePointRecorded.Window(
                                w.number(), w.name(), w.comprehensive(), w.department(), w.delivery()))
                        .toList(),
                matters.stream()
                        .map(m -> new ServicePointRecorded.Offer(
                                m.code(), m.department(), m.line(), m.minutesPerVisit(), m.placesPerSlot()))
                        .toList(),
                linkedBusinesses.stream()
                        .map(b -> new ServicePointRecorded.Linked(b.code(), b.name(), b.matterCodes()))
                        .toList(),
                bySubject);
    }

    public Optional<MatterOffer> offer(String matterCode) {
        return matters.stream().filter(m -> m.code().equals(matterCode)).findFirst();
    }

    public Optional<LinkedBusiness> linkedBusiness(String code) {
        return linkedBusinesses.stream().filter(b -> b.code().equals(code)).findFirst();
    }

    /**
     * The opening periods on {@code day}: none at a point closed for good, on days it is closed, on public holidays
     * and on ordinary weekends; on a make-up working day (调休) the Monday hours, because the
     * make-up day works like a weekday and halls publish no separate hours for it. In a year the
     * calendar answers only provisionally (from the holiday law, until the official arrangement is
     * published) the provisional working days count.
     *
     * @throws CalendarNotCoveredException if the day lies past the calendar's provisional horizon
     *     (or before its first year): refused, not guessed and not silently closed
     */
    public List<TimeRange> hoursOn(LocalDate day, WorkingCalendar calendar) {
        if (!open || closedDays.contains(day)) {
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
                id, particulars(), openingHours, matters, linkedBusinesses, closedDays, open, registryVersion);
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
                id, particulars(), openingHours, matters, linkedBusinesses, days, open, registryVersion);
    }

    /** The same point with new opening hours; bookings outside them no longer fit. */
    public ServicePoint withOpeningHours(Map<DayOfWeek, List<TimeRange>> hours) {
        return new ServicePoint(id, particulars(), hours, matters, linkedBusinesses, closedDays, open, registryVersion);
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
                throw new ConflictException("day-already-closed", "the point is already closed on " + day, day);
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

    /**
     * The weekly hours as written in views and stored documents: weekday name ({@code MONDAY}) to
     * {@code HH:mm-HH:mm} periods, weekdays in name order.
     */
    public Map<String, List<String>> openingHoursAsText() {
        Map<String, List<String>> hours = new java.util.TreeMap<>();
        openingHours.forEach((day, ranges) -> hours.put(
                day.name(), ranges.stream().map(r -> r.start() + "-" + r.end()).toList()));
        return hours;
    }

    public List<Window> windows() {
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
