package io.onewindow.appointment.registry;

import io.onewindow.appointment.catalog.PublishedMatters;
import io.onewindow.appointment.catalog.domain.CatalogMatter;
import io.onewindow.appointment.schedule.ScheduleDesk;
import io.onewindow.appointment.servicepoint.ServicePointStore;
import io.onewindow.appointment.servicepoint.domain.MatterOffer;
import io.onewindow.appointment.servicepoint.domain.ServicePoint;
import io.onewindow.appointment.servicepoint.domain.TimeRange;
import io.onewindow.platform.concurrency.Precondition;
import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.security.Roles;
import io.onewindow.platform.service.UseCase;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;

/**
 * The registry of service points: platform administrators create a point, change its particulars
 * and windows, and close it for good; platform administrators, and a department's administrator for
 * his department's matters, put and withdraw the offerings of published catalog matters. Every change
 * is one version-checked write of the point with its {@code ServicePointRecorded}; a change that
 * leaves future bookings without their slot (an offering withdrawn or re-timed, the point closed)
 * cancels them through the schedule's cancellation path ({@code Cancelled}, reason {@code
 * SCHEDULE_CHANGED}, the given reason as detail).
 */
@UseCase
public class ServicePointRegistry {

    /** The words a person reads when an offering change without a stated reason cancels a booking. */
    static final String OFFER_CHANGED_REASON = "该网点调整了此事项的预约安排";

    private final ServicePointStore points;
    private final PublishedMatters catalog;
    private final ScheduleDesk schedules;

    ServicePointRegistry(ServicePointStore points, PublishedMatters catalog, ScheduleDesk schedules) {
        this.points = points;
        this.catalog = catalog;
        this.schedules = schedules;
    }

    /** A new point: its id, particulars and weekly hours. */
    public record NewPoint(
            String id, ServicePoint.Particulars particulars, Map<DayOfWeek, List<TimeRange>> openingHours) {}

    /** How a matter is booked at a point: queue line, minutes per visit, places per slot. */
    public record Offering(String line, int minutesPerVisit, int placesPerSlot) {}

    /** A point as written, and how many future bookings the change cancelled. */
    public record Outcome(ServicePoint point, int cancelledBookings) {}

    /**
     * Creates a point (registry version 1, {@code CREATED}); its offerings are put one by one.
     *
     * @throws InvalidValueException {@code unknown-parent} ({@code parentId})
     * @throws io.onewindow.platform.domain.ConflictException {@code service-point-exists}
     */
    public ServicePoint create(Caller caller, NewPoint point) {
        requirePlatformAdmin(caller);
        requireParent(point.id(), point.particulars().parentId());
        return points.create(
                ServicePoint.create(point.id(), point.particulars(), point.openingHours(), caller.subject()));
    }

    /**
     * The point as the registry keeps it, for platform administrators and department administrators
     * (who put their department's offerings on it).
     *
     * @throws NotFoundException when there is no such point
     */
    public ServicePoint get(Caller caller, String id) {
        if (!caller.hasRole(Roles.PLATFORM_ADMIN) && !caller.hasRole(Roles.DEPT_ADMIN)) {
            throw new AccessRefusedException("admin-required", "only administrators read the registry");
        }
        return points.require(id);
    }

    /**
     * New particulars and windows ({@code CHANGED}); hours and offerings stay.
     *
     * @throws InvalidValueException {@code unknown-parent}
     * @throws io.onewindow.platform.domain.ConflictException {@code service-point-closed}
     */
    public ServicePoint change(
            Caller caller, String id, ServicePoint.Particulars particulars, Precondition<ServicePoint> expected) {
        requirePlatformAdmin(caller);
        points.require(id);
        requireParent(id, particulars.parentId());
        return points.change(id, point -> {
            expected.existing(point);
            point.changeParticulars(particulars, caller.subject());
        });
    }

    /**
     * Closes the point for good ({@code CLOSED}): it leaves the directory and offers no slot; every
     * future booking there is cancelled with {@code reason}.
     */
    public Outcome close(Caller caller, String id, String reason) {
        requirePlatformAdmin(caller);
        ServicePoint closed = points.change(id, point -> point.closeForGood(caller.subject()));
        return new Outcome(closed, schedules.cancelMisfits(id, reason, caller.subject()));
    }

    /**
     * Adds or changes the offering of a published catalog matter ({@code OFFER_CHANGED}), with the
     * catalog's name and department; future bookings the new timing no longer fits are cancelled
     * with {@code reason} (or a standard sentence).
     *
     * @throws InvalidValueException {@code unknown-matter} ({@code matterCode}) for a matter the
     *     catalog has not published
     * @throws AccessRefusedException {@code not-your-department} for a department administrator of
     *     another department
     */
    public Outcome putOffer(
            Caller caller,
            String id,
            String matterCode,
            Offering offering,
            String reason,
            Precondition<ServicePoint> expected) {
        CatalogMatter matter = catalog.find(matterCode)
                .orElseThrow(() -> new InvalidValueException(
                        "unknown-matter", "matterCode", "no published catalog matter " + matterCode));
        requireAdminOf(caller, matter.department());
        points.require(id);
        MatterOffer offer;
        try {
            offer = new MatterOffer(
                    matter.code(),
                    matter.name(),
                    matter.department(),
                    offering.line(),
                    offering.minutesPerVisit(),
                    offering.placesPerSlot());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("invalid-offering", "line", e.getMessage());
        }
        ServicePoint written = points.change(id, point -> {
            expected.existing(point);
            point.putOffer(offer, caller.subject());
        });
        String words = reason == null || reason.isBlank() ? OFFER_CHANGED_REASON : reason;
        return new Outcome(written, schedules.cancelMisfits(id, words, caller.subject()));
    }

    /**
     * Withdraws the offering ({@code OFFER_CHANGED}); its future bookings are cancelled with
     * {@code reason}.
     *
     * @throws NotFoundException when the point does not offer the matter
     * @throws AccessRefusedException {@code not-your-department}
     */
    public Outcome withdrawOffer(
            Caller caller, String id, String matterCode, String reason, Precondition<ServicePoint> expected) {
        ServicePoint point = points.require(id);
        MatterOffer offer = point.offer(matterCode).orElseThrow(() -> new NotFoundException("offering", matterCode));
        requireAdminOf(caller, offer.department());
        ServicePoint written = points.change(id, stored -> {
            expected.existing(stored);
            stored.withdrawOffer(matterCode, caller.subject());
        });
        return new Outcome(written, schedules.cancelMisfits(id, reason, caller.subject()));
    }

    private void requireParent(String id, String parentId) {
        if (parentId == null) {
            return;
        }
        if (parentId.equals(id)) {
            throw new InvalidValueException("unknown-parent", "parentId", "a point cannot be its own parent");
        }
        // Walk up: the new parent must exist and must not lie below the point (no cycle).
        String ancestor = parentId;
        for (int depth = 0; ancestor != null; depth++) {
            String current = ancestor;
            ServicePoint found = points.find(current)
                    .orElseThrow(() ->
                            new InvalidValueException("unknown-parent", "parentId", "no service point " + current));
            if (depth > 0 && current.equals(id) || depth > 10) {
                throw new InvalidValueException("unknown-parent", "parentId", "the parent lies below the point");
            }
            ancestor = found.parentId();
            if (id.equals(ancestor)) {
                throw new InvalidValueException("unknown-parent", "parentId", "the parent lies below the point");
            }
        }
    }

    private static void requirePlatformAdmin(Caller caller) {
        if (!caller.hasRole(Roles.PLATFORM_ADMIN)) {
            throw new AccessRefusedException("platform-admin-required", "only platform administrators change points");
        }
    }

    private static void requireAdminOf(Caller caller, String department) {
        if (caller.hasRole(Roles.PLATFORM_ADMIN)) {
            return;
        }
        if (!caller.hasRole(Roles.DEPT_ADMIN) || !caller.belongsTo(department)) {
            throw new AccessRefusedException(
                    "not-your-department", "a department administrator changes only his department's offerings");
        }
    }
}
