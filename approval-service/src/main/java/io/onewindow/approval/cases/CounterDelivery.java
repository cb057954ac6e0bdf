package io.onewindow.approval.cases;

import io.onewindow.approval.cases.domain.Actor;
import io.onewindow.approval.cases.domain.ApplicationCase;
import io.onewindow.approval.cases.domain.Delivery;
import io.onewindow.approval.catalog.domain.Subject;
import io.onewindow.approval.counter.Counter;
import io.onewindow.approval.counter.domain.HallWindow;
import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.identity.ResidentIdNumber;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.security.Roles;
import io.onewindow.platform.service.UseCase;
import java.time.Clock;

/**
 * Results handed out at one window (统一窗口出件): an officer posted at a delivery window hands the
 * decided case's result to its collector, after checking the collector's ID card against the
 * applicant, and the case is closed (办结) with where and to whom it was delivered. The delivery
 * window may belong to another department than the case (the centre's unified delivery); it must be
 * at the point the visit was received at or at one that offers the matter.
 */
@UseCase
public class CounterDelivery {

    private final CaseStore cases;
    private final Counter counter;
    private final Clock clock;
    private final WorkingCalendar calendar;
    private final CaseAccess access;

    CounterDelivery(CaseStore cases, Counter counter, Clock clock, WorkingCalendar calendar, CaseAccess access) {
        this.cases = cases;
        this.counter = counter;
        this.clock = clock;
        this.calendar = calendar;
        this.access = access;
    }

    /**
     * Hands out the result of {@code caseId} at window {@code window} of {@code servicePointId} to the
     * holder of {@code collector}.
     *
     * @throws AccessRefusedException {@code counter.not-posted-here}; {@code counter.not-delivered-here}
     *     when the point neither received the visit nor offers the matter
     * @throws InvalidValueException {@code counter.unknown-window}, {@code counter.not-a-delivery-window}
     * @throws ConflictException {@code counter.collector-mismatch} when a person's result is collected by
     *     someone else
     */
    public ApplicationCase deliver(
            String caseId, String servicePointId, String window, ResidentIdNumber collector, Caller caller) {
        requireDeliveryWindow(servicePointId, window, caller);
        return cases.change(caseId, c -> {
            Actor actor = deliveringOfficer(c, servicePointId, collector, caller);
            c.complete(actor, clock, calendar, new Delivery(servicePointId, window, collector.masked()));
        });
    }

    /**
     * Runs every check of {@link #deliver} on {@code c} without delivering: the officer's delivery window,
     * where he delivers and to whom.
     */
    void check(ApplicationCase c, String servicePointId, String window, ResidentIdNumber collector, Caller caller) {
        requireDeliveryWindow(servicePointId, window, caller);
        deliveringOfficer(c, servicePointId, collector, caller);
    }

    private void requireDeliveryWindow(String servicePointId, String window, Caller caller) {
        if (!caller.hasRole(Roles.WINDOW_OFFICER)) {
            throw new AccessRefusedException("counter.not-an-officer", "window officers hand out results");
        }
        if (!counter.posted(caller.username(), servicePointId, window)) {
            throw new AccessRefusedException(
                    "counter.not-posted-here", "you are not posted at window " + window + " of " + servicePointId);
        }
        HallWindow at = counter.window(servicePointId, window)
                .orElseThrow(() -> new InvalidValueException(
                        "counter.unknown-window",
                        "collection.window",
                        "no window " + window + " at " + servicePointId));
        if (!at.delivery()) {
            throw new InvalidValueException(
                    "counter.not-a-delivery-window",
                    "collection.window",
                    "window " + window + " of " + servicePointId + " does not hand out results");
        }
    }

    private Actor deliveringOfficer(
            ApplicationCase c, String servicePointId, ResidentIdNumber collector, Caller caller) {
        Actor officer = officerDelivering(c, servicePointId, caller);
        if (c.applicant().type() == Subject.PERSON && !c.applicant().code().equals(collector.value())) {
            throw new ConflictException(
                    "counter.collector-mismatch",
                    "a person's result is handed to that person, whose ID card this is not");
        }
        return officer;
    }

    private Actor officerDelivering(ApplicationCase c, String servicePointId, Caller caller) {
        if (caller.belongsTo(CaseAccess.departmentOf(c)) || access.atTheFrontOf(c, caller)) {
            return new Actor(caller.username(), Roles.WINDOW_OFFICER, caller.department());
        }
        boolean receivedHere = c.particulars().visit() != null
                && c.particulars().visit().servicePointId().equals(servicePointId);
        if (receivedHere || counter.offers(servicePointId, c.matter().code())) {
            return new Actor(caller.username(), Roles.WINDOW_OFFICER, caller.department());
        }
        if (!access.canRead(c, caller)) {
            throw new NotFoundException("case", c.id());
        }
        throw new AccessRefusedException(
                "counter.not-delivered-here", servicePointId + " neither received this case nor offers its matter");
    }
}
