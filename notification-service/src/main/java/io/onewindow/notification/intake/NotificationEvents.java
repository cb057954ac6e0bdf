package io.onewindow.notification.intake;

import io.onewindow.notification.inbox.Inbox;
import io.onewindow.notification.inbox.domain.NoticeDraft;
import io.onewindow.notification.inbox.domain.Recipients;
import io.onewindow.notification.intake.domain.NoticeTranslation;
import io.onewindow.notification.templates.TemplateRendering;
import io.onewindow.platform.events.EventEnvelope;
import io.onewindow.platform.events.appointment.Booked;
import io.onewindow.platform.events.appointment.Cancelled;
import io.onewindow.platform.events.appointment.DrawEntryLost;
import io.onewindow.platform.events.appointment.MandateGranted;
import io.onewindow.platform.events.appointment.MandateRevoked;
import io.onewindow.platform.events.appointment.Rescheduled;
import io.onewindow.platform.events.approval.ApplicationAccepted;
import io.onewindow.platform.events.approval.ApplicationApproved;
import io.onewindow.platform.events.approval.ApplicationCompleted;
import io.onewindow.platform.events.approval.ApplicationDenied;
import io.onewindow.platform.events.approval.ApplicationSubmitted;
import io.onewindow.platform.events.approval.CorrectionRequested;
import io.onewindow.platform.events.approval.NotAccepted;
import io.onewindow.platform.events.license.LicenseExpiringSoon;
import io.onewindow.platform.events.license.LicenseIssued;
import io.onewindow.platform.events.license.LicenseReinstated;
import io.onewindow.platform.events.license.LicenseRevoked;
import io.onewindow.platform.events.license.LicenseSuspended;
import io.onewindow.platform.events.supervision.ComplaintAnswered;
import io.onewindow.platform.events.supervision.ComplaintFiled;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.messaging.consumer.EventDispatcher;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Which event becomes which notice, one dispatcher per consumed topic: the translation
 * ({@link NoticeTranslation}) writes the drafts, the inbox stores them once per event and
 * recipient. Case and license events are addressed to the people learnt from earlier events
 * ({@link AddressBook}), as are answers to complaints filed online about one's own case or booking
 * (see docs/notification-service.md for what cannot be addressed yet).
 */
@Component
class NotificationEvents {

    private final EventDispatcher appointment;
    private final EventDispatcher approval;
    private final EventDispatcher license;
    private final EventDispatcher supervision;
    private final Inbox inbox;
    private final AddressBook addressees;
    private final BookingCalendar bookings;
    private final NoticeTranslation translation;
    private final TemplateRendering rendering;

    NotificationEvents(
            EventCodec codec,
            Inbox inbox,
            AddressBook addressees,
            BookingCalendar bookings,
            NoticeTranslation translation,
            TemplateRendering rendering) {
        this.inbox = inbox;
        this.rendering = rendering;
        this.bookings = bookings;
        this.addressees = addressees;
        this.translation = translation;
        this.appointment = EventDispatcher.using(codec)
                .on(Booked.class, e -> {
                    NoticeDraft draft = translation.booked(e.data());
                    bookings.booked(
                            e.data().bookingId(),
                            e.data().principalIdHash(),
                            draft.recipients(),
                            e.data().matterCode(),
                            e.data().servicePointId(),
                            e.data().slotStart());
                    post(draft, e);
                })
                .on(Rescheduled.class, e -> {
                    bookings.moved(e.data().bookingId(), e.data().slotStart());
                    post(translation.rescheduled(e.data()), e);
                })
                .on(Cancelled.class, e -> {
                    bookings.cancelled(e.data().bookingId());
                    post(translation.cancelled(e.data()), e);
                })
                .on(DrawEntryLost.class, e -> post(translation.drawLost(e.data()), e))
                .on(
                        MandateGranted.class,
                        e -> translation.mandateGranted(e.data()).forEach(d -> post(d, e)))
                .on(
                        MandateRevoked.class,
                        e -> translation.mandateRevoked(e.data()).forEach(d -> post(d, e)));
        this.approval = EventDispatcher.using(codec)
                .on(ApplicationSubmitted.class, e -> submitted(e.data()))
                .on(
                        CorrectionRequested.class,
                        e -> post(
                                translation.correction(e.data(), ofCase(e.data().caseId())), e))
                .on(
                        ApplicationAccepted.class,
                        e -> post(translation.accepted(e.data(), ofCase(e.data().caseId())), e))
                .on(
                        NotAccepted.class,
                        e -> post(
                                translation.notAccepted(
                                        e.data(), ofCase(e.data().caseId())),
                                e))
                .on(ApplicationApproved.class, e -> {
                    addressees.learnCase(
                            e.data().caseId(), List.of(nonNull(e.data().holderPseudonym())));
                    post(translation.approved(e.data(), ofCase(e.data().caseId())), e);
                })
                .on(
                        ApplicationDenied.class,
                        e -> post(translation.denied(e.data(), ofCase(e.data().caseId())), e))
                .on(
                        ApplicationCompleted.class,
                        e -> post(
                                translation.completed(e.data(), ofCase(e.data().caseId())), e));
        this.license = EventDispatcher.using(codec)
                .on(LicenseIssued.class, e -> {
                    List<String> keys = addressees.ofCase(e.data().caseId());
                    addressees.learnLicense(e.data().licenseId(), keys);
                    post(translation.licenseIssued(e.data(), keys), e);
                })
                .on(
                        LicenseSuspended.class,
                        e -> post(
                                translation.licenseSuspended(
                                        e.data(), ofLicense(e.data().licenseId())),
                                e))
                .on(
                        LicenseReinstated.class,
                        e -> post(
                                translation.licenseReinstated(
                                        e.data(), ofLicense(e.data().licenseId())),
                                e))
                .on(
                        LicenseRevoked.class,
                        e -> post(
                                translation.licenseRevoked(
                                        e.data(), ofLicense(e.data().licenseId())),
                                e))
                .on(
                        LicenseExpiringSoon.class,
                        e -> post(
                                translation.licenseExpiring(
                                        e.data(), ofLicense(e.data().licenseId())),
                                e));
        this.supervision = EventDispatcher.using(codec)
                .on(ComplaintFiled.class, e -> filed(e.data()))
                .on(
                        ComplaintAnswered.class,
                        e -> post(
                                translation.complaintAnswered(
                                        e.data(),
                                        addressees.ofComplaint(e.data().complaintId())),
                                e));
    }

    EventDispatcher appointment() {
        return appointment;
    }

    EventDispatcher approval() {
        return approval;
    }

    EventDispatcher license() {
        return license;
    }

    EventDispatcher supervision() {
        return supervision;
    }

    // the applicant (and the agent who filed for them) are told about the case from now on
    private void submitted(ApplicationSubmitted e) {
        addressees.learnCase(
                e.caseId(), List.of(nonNull(e.applicantPseudonym()), nonNull(Recipients.ofUsername(e.agent()))));
    }

    // Only a complaint filed online about one's own case or booking names its complainant (the case's
    // applicant, the booking's person); one recorded by an operator, or about a hall, department or
    // officer, does not, and its answer is not told here.
    private void filed(ComplaintFiled e) {
        if (!"PORTAL".equals(e.channel()) && !"WECHAT".equals(e.channel())) {
            return;
        }
        if ("CASE".equals(e.targetType())) {
            addressees.learnComplaint(e.complaintId(), addressees.ofCase(e.targetId()));
        } else if ("BOOKING".equals(e.targetType())) {
            addressees.learnComplaint(e.complaintId(), bookings.principalOf(e.targetId()));
        }
    }

    // written from the kind's published template; a text that would have a hole is not written
    private void post(NoticeDraft draft, EventEnvelope<?> event) {
        rendering.render(draft, event.id()).ifPresent(written -> inbox.post(written, event.id()));
    }

    private List<String> ofCase(String caseId) {
        return addressees.ofCase(caseId);
    }

    private List<String> ofLicense(String licenseId) {
        return addressees.ofLicense(licenseId);
    }

    private static String nonNull(String key) {
        return key == null ? "" : key;
    }
}
