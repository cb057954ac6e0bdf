package io.onewindow.supervision.visits.domain;

import io.onewindow.platform.events.appointment.Booked;
import io.onewindow.platform.events.appointment.Cancelled;
import io.onewindow.platform.events.appointment.CheckInRefused;
import io.onewindow.platform.events.appointment.CheckedIn;
import io.onewindow.platform.events.appointment.NoShow;
import io.onewindow.platform.events.appointment.Rescheduled;
import io.onewindow.platform.events.appointment.Served;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A booked visit as supervision sees it from the appointment events: who (as a salted hash), for
 * what, where, booked through which agent and device, and how it ended. Events may come in any
 * order across partitions; each is applied once and a late {@code Booked} only fills in gaps.
 */
public final class Visit {

    /** How the visit stands. */
    public enum Status {
        UNKNOWN,
        BOOKED,
        CANCELLED,
        CHECKED_IN,
        SERVED,
        NO_SHOW
    }

    private String id;
    private String servicePointId;
    private String matterCode;
    private String department;
    private Instant slotStart;
    private String principalIdHash;
    private String principalIdMasked;
    private String agentUsername;
    private String channel;
    private String fingerprintHash;
    private Instant bookedAt;
    private String bookedEventId;
    // the day's release and places as the booking saw them; null for bookings before they were carried
    private Instant dayReleasedAt;
    private Integer dayPlaces;
    private Integer dayPlacesLeft;
    private Status status = Status.UNKNOWN;
    private String cancelReason;
    private Instant cancelledAt;
    private String cancelledEventId;
    private String checkedInBy;
    private Instant servedAt;
    private int refusedCheckIns;
    private List<String> eventIds = new ArrayList<>();

    // For the persistence mapper; visits start with open(bookingId).
    Visit() {}

    public static Visit open(String bookingId) {
        Visit visit = new Visit();
        visit.id = Objects.requireNonNull(bookingId, "bookingId");
        return visit;
    }

    private boolean first(String eventId) {
        if (eventIds.contains(eventId)) {
            return false;
        }
        eventIds.add(eventId);
        return true;
    }

    public boolean booked(String eventId, Booked e, Instant at) {
        if (!first(eventId)) {
            return false;
        }
        servicePointId = e.servicePointId();
        matterCode = e.matterCode();
        department = e.department() == null ? department : e.department();
        slotStart = e.slotStart();
        principalIdHash = e.principalIdHash();
        principalIdMasked = e.principalIdMasked();
        agentUsername = e.agentUsername();
        channel = e.channel() == null ? null : e.channel().name();
        fingerprintHash = e.fingerprintHash();
        bookedAt = at;
        bookedEventId = eventId;
        dayReleasedAt = e.releasedAt();
        dayPlaces = e.dayPlaces();
        dayPlacesLeft = e.dayPlacesLeft();
        if (status == Status.UNKNOWN) {
            status = Status.BOOKED;
        }
        return true;
    }

    public boolean cancelled(String eventId, Cancelled e, Instant at) {
        if (!first(eventId)) {
            return false;
        }
        fill(e.servicePointId(), e.matterCode(), e.department(), e.slotStart(), e.principalIdHash());
        cancelReason = e.reason();
        cancelledAt = at;
        cancelledEventId = eventId;
        status = Status.CANCELLED;
        return true;
    }

    public boolean rescheduled(String eventId, Rescheduled e) {
        if (!first(eventId)) {
            return false;
        }
        fill(e.servicePointId(), e.matterCode(), e.department(), e.slotStart(), e.principalIdHash());
        slotStart = e.slotStart();
        return true;
    }

    public boolean checkedIn(String eventId, CheckedIn e) {
        if (!first(eventId)) {
            return false;
        }
        fill(e.servicePointId(), e.matterCode(), e.department(), e.slotStart(), e.principalIdHash());
        checkedInBy = e.officerUsername();
        if (status != Status.SERVED) {
            status = Status.CHECKED_IN;
        }
        return true;
    }

    public boolean checkInRefused(String eventId, CheckInRefused e) {
        if (!first(eventId)) {
            return false;
        }
        fill(e.servicePointId(), e.matterCode(), e.department(), null, e.principalIdHash());
        refusedCheckIns++;
        return true;
    }

    public boolean noShow(String eventId, NoShow e) {
        if (!first(eventId)) {
            return false;
        }
        fill(e.servicePointId(), e.matterCode(), e.department(), e.slotStart(), e.principalIdHash());
        principalIdMasked = principalIdMasked == null ? e.principalIdMasked() : principalIdMasked;
        status = Status.NO_SHOW;
        return true;
    }

    public boolean served(String eventId, Served e, Instant at) {
        if (!first(eventId)) {
            return false;
        }
        fill(e.servicePointId(), e.matterCode(), e.department(), null, null);
        if (!e.absent()) {
            servedAt = at;
            status = Status.SERVED;
        }
        return true;
    }

    private void fill(String servicePoint, String matter, String dept, Instant slot, String principal) {
        servicePointId = servicePointId == null ? servicePoint : servicePointId;
        matterCode = matterCode == null ? matter : matterCode;
        department = department == null ? dept : department;
        slotStart = slotStart == null ? slot : slotStart;
        principalIdHash = principalIdHash == null ? principal : principalIdHash;
    }

    /** Whether the person with this salted ID hash is the one the visit was booked for. */
    public boolean isFor(String idHash) {
        return idHash != null && idHash.equals(principalIdHash);
    }

    public String id() {
        return id;
    }

    public String servicePointId() {
        return servicePointId;
    }

    public String matterCode() {
        return matterCode;
    }

    /**
     * The department responsible for the visit's matter, or {@code null} when only events written
     * before appointment events carried it were seen.
     */
    public String department() {
        return department;
    }

    public Instant slotStart() {
        return slotStart;
    }

    public String principalIdHash() {
        return principalIdHash;
    }

    public String principalIdMasked() {
        return principalIdMasked;
    }

    public String agentUsername() {
        return agentUsername;
    }

    public String channel() {
        return channel;
    }

    public String fingerprintHash() {
        return fingerprintHash;
    }

    public Instant bookedAt() {
        return bookedAt;
    }

    /** When the slot's day was released for booking, as the booking said; {@code null} when not said. */
    public Instant dayReleasedAt() {
        return dayReleasedAt;
    }

    /** The places the matter offered at the point on the slot's day; {@code null} when not said. */
    public Integer dayPlaces() {
        return dayPlaces;
    }

    /** Of them, the places left just after this booking (0: it filled the day); {@code null} when not said. */
    public Integer dayPlacesLeft() {
        return dayPlacesLeft;
    }

    public String bookedEventId() {
        return bookedEventId;
    }

    public Status status() {
        return status;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public String cancelledEventId() {
        return cancelledEventId;
    }

    public String checkedInBy() {
        return checkedInBy;
    }

    public Instant servedAt() {
        return servedAt;
    }

    public int refusedCheckIns() {
        return refusedCheckIns;
    }

    public List<String> eventIds() {
        return List.copyOf(eventIds);
    }
}
