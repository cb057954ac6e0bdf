package io.onewindow.supervision.ingest;

import io.onewindow.platform.calendar.spring.OfficialYearAdoption;
import io.onewindow.platform.events.appointment.AgencyReinstated;
import io.onewindow.platform.events.appointment.AgencySuspended;
import io.onewindow.platform.events.appointment.AgentBookingRefused;
import io.onewindow.platform.events.appointment.BanLifted;
import io.onewindow.platform.events.appointment.Booked;
import io.onewindow.platform.events.appointment.BookingBanImposed;
import io.onewindow.platform.events.appointment.Cancelled;
import io.onewindow.platform.events.appointment.CheckInRefused;
import io.onewindow.platform.events.appointment.CheckedIn;
import io.onewindow.platform.events.appointment.IntermediaryRegistered;
import io.onewindow.platform.events.appointment.NoShow;
import io.onewindow.platform.events.appointment.Rescheduled;
import io.onewindow.platform.events.appointment.Served;
import io.onewindow.platform.events.appointment.ServicePointRecorded;
import io.onewindow.platform.events.appointment.TicketCalled;
import io.onewindow.platform.events.appointment.TicketIssued;
import io.onewindow.platform.events.approval.AgentFilingRefused;
import io.onewindow.platform.events.approval.ApplicationAccepted;
import io.onewindow.platform.events.approval.ApplicationApproved;
import io.onewindow.platform.events.approval.ApplicationCompleted;
import io.onewindow.platform.events.approval.ApplicationDenied;
import io.onewindow.platform.events.approval.ApplicationResubmitted;
import io.onewindow.platform.events.approval.ApplicationSubmitted;
import io.onewindow.platform.events.approval.ApplicationWithdrawn;
import io.onewindow.platform.events.approval.CalendarYearPublished;
import io.onewindow.platform.events.approval.CaseDeadlinesRecomputed;
import io.onewindow.platform.events.approval.ClockResumed;
import io.onewindow.platform.events.approval.ClockSuspended;
import io.onewindow.platform.events.approval.CorrectionRequested;
import io.onewindow.platform.events.approval.DepartmentRecorded;
import io.onewindow.platform.events.approval.ExtraCorrectionJustified;
import io.onewindow.platform.events.approval.MatterVersionPublished;
import io.onewindow.platform.events.approval.NotAccepted;
import io.onewindow.platform.events.approval.PartnerMilestoneReported;
import io.onewindow.platform.events.approval.PartnerReportRefused;
import io.onewindow.platform.events.approval.PreReviewPassed;
import io.onewindow.platform.events.approval.StepCompleted;
import io.onewindow.platform.events.approval.TimeLimitExtended;
import io.onewindow.platform.events.approval.VisitAttached;
import io.onewindow.platform.events.license.LicenseExpired;
import io.onewindow.platform.events.license.LicenseIssued;
import io.onewindow.platform.events.license.LicenseReadRefused;
import io.onewindow.platform.events.license.LicenseReinstated;
import io.onewindow.platform.events.license.LicenseRenewed;
import io.onewindow.platform.events.license.LicenseRevoked;
import io.onewindow.platform.events.license.LicenseSuspended;
import io.onewindow.platform.events.license.LicenseUsed;
import io.onewindow.platform.events.license.PaperLicenseDigitised;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.messaging.consumer.EventDispatcher;
import io.onewindow.platform.service.ServiceProperties;
import io.onewindow.supervision.agency.AgencyBars;
import io.onewindow.supervision.bans.BookingBans;
import io.onewindow.supervision.feedback.Departments;
import io.onewindow.supervision.licenses.LicenseSupervision;
import io.onewindow.supervision.rules.CaseInspection;
import io.onewindow.supervision.rules.CatalogInspection;
import io.onewindow.supervision.rules.DigitisationInspection;
import io.onewindow.supervision.rules.RefusalInspection;
import io.onewindow.supervision.rules.VisitInspection;
import io.onewindow.supervision.statistics.ServicePointNames;
import io.onewindow.supervision.visits.TicketTrails;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * Which event goes to which use case, one dispatcher per consumed topic. Used by the live listeners
 * and by the rebuild, so a replay applies events exactly as they were applied the first time.
 */
@Component
public class SupervisionEvents {

    private final EventDispatcher approval;
    private final EventDispatcher appointment;
    private final EventDispatcher license;

    SupervisionEvents(
            EventCodec codec,
            CaseInspection inspection,
            CatalogInspection catalogInspection,
            VisitInspection visits,
            OfficialYearAdoption calendarYears,
            ServiceProperties service,
            RefusalInspection refusals,
            DigitisationInspection digitisations,
            AgencyBars bars,
            LicenseSupervision licenses,
            BookingBans bans,
            Departments departments,
            ServicePointNames pointNames,
            TicketTrails tickets) {
        ZoneId zone = service.timeZone();
        this.approval = EventDispatcher.using(codec)
                .on(MatterVersionPublished.class, e -> catalogInspection.published(e.id(), e.data()))
                .on(ApplicationSubmitted.class, e -> inspection.record(e.subject(), t -> t.submitted(e.id(), e.data())))
                .on(
                        PreReviewPassed.class,
                        e -> inspection.record(e.subject(), t -> t.preReviewPassed(e.id(), e.data())))
                .on(
                        CorrectionRequested.class,
                        e -> inspection.record(e.subject(), t -> t.correctionRequested(e.id(), e.data())))
                .on(
                        ExtraCorrectionJustified.class,
                        e -> inspection.record(e.subject(), t -> t.extraCorrectionJustified(e.id(), e.data())))
                .on(
                        ApplicationResubmitted.class,
                        e -> inspection.record(e.subject(), t -> t.resubmitted(e.id(), e.data())))
                .on(ApplicationAccepted.class, e -> inspection.record(e.subject(), t -> t.accepted(e.id(), e.data())))
                .on(NotAccepted.class, e -> inspection.record(e.subject(), t -> t.notAccepted(e.id(), e.data())))
                .on(StepCompleted.class, e -> inspection.record(e.subject(), t -> t.stepCompleted(e.id(), e.data())))
                .on(
                        ClockSuspended.class,
                        e -> inspection.record(e.subject(), t -> t.clockSuspended(e.id(), e.data(), zone)))
                .on(ClockResumed.class, e -> inspection.record(e.subject(), t -> t.clockResumed(e.id(), e.data())))
                .on(
                        TimeLimitExtended.class,
                        e -> inspection.record(e.subject(), t -> t.timeLimitExtended(e.id(), e.data())))
                .on(ApplicationApproved.class, e -> inspection.record(e.subject(), t -> t.approved(e.id(), e.data())))
                // v1 events written before the rollover: the fields the timeline reads are in both versions
                .on(
                        ApplicationApproved.V1_TYPE,
                        ApplicationApproved.class,
                        e -> inspection.record(e.subject(), t -> t.approved(e.id(), e.data())))
                .on(ApplicationDenied.class, e -> inspection.record(e.subject(), t -> t.denied(e.id(), e.data())))
                .on(ApplicationCompleted.class, e -> inspection.record(e.subject(), t -> t.completed(e.id(), e.data())))
                .on(VisitAttached.class, e -> inspection.record(e.subject(), t -> t.visitAttached(e.id(), e.data())))
                .on(ApplicationWithdrawn.class, e -> inspection.record(e.subject(), t -> t.withdrawn(e.id(), e.data())))
                .on(PartnerReportRefused.class, e -> inspection.partnerReportRefused(e.id(), e.data()))
                .on(PartnerMilestoneReported.class, e -> inspection.partnerMilestone(e.subject(), e.id(), e.data()))
                // An official year: recorded, counted on, and supervision's own deadlines recounted
                // (OfficialYearRecount); the same year again changes nothing.
                .on(CalendarYearPublished.class, e -> calendarYears.adopt(e.data()))
                .on(CaseDeadlinesRecomputed.class, e -> inspection.deadlinesRecomputed(e.subject(), e.id(), e.data()))
                // An agent's filing for someone else refused (no mandate, barred): rule 10.
                .on(AgentFilingRefused.class, e -> refusals.agentFilingRefused(e.id(), e.data()))
                // The department registry: the departments a complaint may name.
                .on(DepartmentRecorded.class, e -> departments.recorded(e.data()));
        this.appointment = EventDispatcher.using(codec)
                .on(Booked.class, e -> visits.booked(e.subject(), v -> v.booked(e.id(), e.data(), e.time()), e.time()))
                .on(
                        Cancelled.class,
                        e -> visits.cancelled(e.subject(), v -> v.cancelled(e.id(), e.data(), e.time()), e.time()))
                .on(Rescheduled.class, e -> visits.record(e.subject(), v -> v.rescheduled(e.id(), e.data())))
                .on(CheckedIn.class, e -> visits.record(e.subject(), v -> v.checkedIn(e.id(), e.data())))
                .on(
                        CheckInRefused.class,
                        e -> visits.checkInRefused(
                                e.subject(), e.id(), e.data(), v -> v.checkInRefused(e.id(), e.data()), e.time()))
                .on(ServicePointRecorded.class, e -> pointNames.recorded(e.data()))
                .on(BookingBanImposed.class, e -> bans.imposed(e.data(), e.time()))
                .on(BanLifted.class, e -> bans.lifted(e.id(), e.data(), e.time()))
                .on(NoShow.class, e -> visits.noShow(e.subject(), v -> v.noShow(e.id(), e.data()), e.time()))
                .on(TicketIssued.class, e -> tickets.issued(e.id(), e.data(), e.time()))
                .on(TicketCalled.class, e -> {
                    visits.called(
                            e.data().ticketId(),
                            e.data().servicePointId(),
                            e.data().department(),
                            e.time(),
                            e.data().waitedSeconds());
                    tickets.called(e.id(), e.data(), e.time());
                })
                .on(Served.class, e -> {
                    tickets.served(e.id(), e.data(), e.time());
                    if (e.data().bookingId() != null) {
                        visits.record(e.data().bookingId(), v -> v.served(e.id(), e.data(), e.time()));
                    }
                })
                // The agency register: refused bookings for others (rule 10), bars for the inspectors' register.
                .on(AgentBookingRefused.class, e -> refusals.agentBookingRefused(e.id(), e.data()))
                .on(IntermediaryRegistered.class, e -> bars.registered(e.data()))
                .on(AgencySuspended.class, e -> bars.suspended(e.id(), e.data()))
                .on(AgencyReinstated.class, e -> bars.reinstated(e.data()));
        this.license = EventDispatcher.using(codec)
                .on(LicenseIssued.class, e -> {
                    inspection.licenseIssued(e.id(), e.data());
                    licenses.issued(e.id(), e.data());
                })
                .on(LicenseSuspended.class, e -> licenses.suspended(e.id(), e.data()))
                .on(LicenseReinstated.class, e -> licenses.reinstated(e.id(), e.data()))
                .on(LicenseRevoked.class, e -> licenses.revoked(e.id(), e.data()))
                .on(LicenseRenewed.class, e -> licenses.renewed(e.id(), e.data()))
                .on(LicenseExpired.class, e -> licenses.expired(e.id(), e.data()))
                .on(LicenseUsed.class, e -> licenses.used(e.id(), e.data()))
                .on(LicenseReadRefused.class, e -> refusals.licenseReadRefused(e.id(), e.data()))
                .on(PaperLicenseDigitised.class, e -> digitisations.digitised(e.id(), e.data()));
    }

    public EventDispatcher approval() {
        return approval;
    }

    public EventDispatcher appointment() {
        return appointment;
    }

    public EventDispatcher license() {
        return license;
    }
}
