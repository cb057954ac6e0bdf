package io.onewindow.notification.intake.domain;

import io.onewindow.notification.inbox.domain.NoticeDraft;
import io.onewindow.notification.inbox.domain.NoticeKind;
import io.onewindow.notification.inbox.domain.Recipients;
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
import io.onewindow.platform.events.approval.CorrectionItem;
import io.onewindow.platform.events.approval.CorrectionRequested;
import io.onewindow.platform.events.approval.NotAccepted;
import io.onewindow.platform.events.license.LicenseExpiringSoon;
import io.onewindow.platform.events.license.LicenseIssued;
import io.onewindow.platform.events.license.LicenseReinstated;
import io.onewindow.platform.events.license.LicenseRevoked;
import io.onewindow.platform.events.license.LicenseSuspended;
import io.onewindow.platform.events.supervision.ComplaintAnswered;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which event becomes which notice, for whom, with which values: the one place the texts' values are
 * made. Times are shown in the district's zone ({@code 2026年3月2日 09:00}); a value an event lacks is
 * shown as {@code —} rather than leaving a hole. Case and license events name no person: the caller
 * passes the recipients learnt from the case's submission and approval ({@code addressees}).
 */
public final class NoticeTranslation {

    /** What stands for a value the event does not carry. */
    public static final String UNKNOWN = "—";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final ZoneId zone;

    public NoticeTranslation(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Booking confirmed (also a place won in a draw): the person booked for, and the agent who booked. */
    public NoticeDraft booked(Booked e) {
        Map<String, String> v = booking(e.matterCode(), e.servicePointId(), e.slotStart());
        v.put("bookingCode", text(e.bookingCode()));
        return new NoticeDraft(
                NoticeKind.BOOKING_CONFIRMED,
                e.bookingId(),
                keys(e.principalIdHash(), Recipients.ofSubject(e.agentSubject())),
                v);
    }

    public NoticeDraft rescheduled(Rescheduled e) {
        Map<String, String> v = booking(e.matterCode(), e.servicePointId(), e.slotStart());
        v.put("previousSlotStart", time(e.previousSlotStart()));
        return new NoticeDraft(
                NoticeKind.BOOKING_CHANGED,
                e.bookingId(),
                keys(e.principalIdHash(), Recipients.ofSubject(e.agentSubject())),
                v);
    }

    /** A cancellation; one the hall caused (closed day, changed hours, calendar) is told as such. */
    public NoticeDraft cancelled(Cancelled e) {
        Map<String, String> v = booking(e.matterCode(), e.servicePointId(), e.slotStart());
        if ("SCHEDULE_CHANGED".equals(e.reason())) {
            v.put("detail", text(e.detail()));
            return new NoticeDraft(NoticeKind.BOOKING_CANCELLED_BY_HALL, e.bookingId(), keys(e.principalIdHash()), v);
        }
        v.put("reason", cancelReason(e.reason(), e.detail()));
        return new NoticeDraft(NoticeKind.BOOKING_CANCELLED, e.bookingId(), keys(e.principalIdHash()), v);
    }

    /** An entry of a draw that got no place (a won place is told by its booking's confirmation). */
    public NoticeDraft drawLost(DrawEntryLost e) {
        Map<String, String> v = booking(e.matterCode(), e.servicePointId(), e.slotStart());
        v.put("outcome", "INELIGIBLE".equals(e.reason()) ? "中签，但您已不符合预约条件（如已被限制预约或次数已用完）" : "未中签");
        return new NoticeDraft(
                NoticeKind.DRAW_LOST,
                e.entryId(),
                keys(e.principalIdHash(), Recipients.ofSubject(e.agentSubject())),
                v);
    }

    /** A mandate: the principal and the agent each get their own text. */
    public List<NoticeDraft> mandateGranted(MandateGranted e) {
        Map<String, String> v = new HashMap<>();
        v.put("mandateId", e.mandateId());
        v.put("agentUsername", text(e.agentUsername()));
        v.put("maskedPrincipal", text(e.maskedPrincipal()));
        v.put("scope", e.matterCodes().isEmpty() ? "全部事项" : "事项 " + String.join("、", e.matterCodes()));
        v.put("validFrom", date(e.validFrom()));
        v.put("validUntil", date(e.validUntil()));
        return List.of(
                new NoticeDraft(NoticeKind.MANDATE_GRANTED, e.mandateId(), keys(e.principalPseudonym()), v),
                new NoticeDraft(NoticeKind.MANDATE_RECEIVED, e.mandateId(), keys(e.agentPseudonym()), v));
    }

    public List<NoticeDraft> mandateRevoked(MandateRevoked e) {
        Map<String, String> v = Map.of("mandateId", e.mandateId(), "revokedAt", time(e.revokedAt()));
        return List.of(
                new NoticeDraft(NoticeKind.MANDATE_REVOKED, e.mandateId(), keys(e.principalPseudonym()), v),
                new NoticeDraft(NoticeKind.MANDATE_WITHDRAWN, e.mandateId(), keys(e.agentPseudonym()), v));
    }

    /** A correction notice (补正告知) with every material and what is wrong with it. */
    public NoticeDraft correction(CorrectionRequested e, List<String> addressees) {
        Map<String, String> v = kase(e.caseNumber(), e.matterCode());
        v.put("sequence", Integer.toString(e.sequence()));
        v.put("items", items(e.items()));
        return new NoticeDraft(NoticeKind.CORRECTION_REQUESTED, e.caseId(), addressees, v);
    }

    public NoticeDraft accepted(ApplicationAccepted e, List<String> addressees) {
        Map<String, String> v = kase(e.caseNumber(), e.matterCode());
        v.put("promisedDueDate", date(e.promisedDueDate()));
        v.put("statutoryDueDate", date(e.statutoryDueDate()));
        return new NoticeDraft(NoticeKind.CASE_ACCEPTED, e.caseId(), addressees, v);
    }

    public NoticeDraft notAccepted(NotAccepted e, List<String> addressees) {
        Map<String, String> v = kase(e.caseNumber(), e.matterCode());
        v.put("reason", text(e.reason()));
        v.put("legalBasis", text(e.legalBasis()));
        return new NoticeDraft(NoticeKind.CASE_NOT_ACCEPTED, e.caseId(), addressees, v);
    }

    public NoticeDraft approved(ApplicationApproved e, List<String> addressees) {
        Map<String, String> v = kase(e.caseNumber(), e.matterCode());
        v.put(
                "matterName",
                e.matterName() == null || e.matterName().isBlank() ? "事项 " + text(e.matterCode()) : e.matterName());
        return new NoticeDraft(NoticeKind.CASE_APPROVED, e.caseId(), addressees, v);
    }

    public NoticeDraft denied(ApplicationDenied e, List<String> addressees) {
        Map<String, String> v = kase(e.caseNumber(), e.matterCode());
        v.put("reason", text(e.reason()));
        v.put("legalBasis", text(e.legalBasis()));
        return new NoticeDraft(NoticeKind.CASE_DENIED, e.caseId(), addressees, v);
    }

    /** The case is closed (办结): the applicant is asked to rate it. */
    public NoticeDraft completed(ApplicationCompleted e, List<String> addressees) {
        return new NoticeDraft(
                NoticeKind.RATING_REQUESTED, e.caseId(), addressees, kase(e.caseNumber(), e.matterCode()));
    }

    public NoticeDraft licenseIssued(LicenseIssued e, List<String> addressees) {
        Map<String, String> v = new HashMap<>();
        v.put("identifier", text(e.identifier()));
        v.put("licenseTypeCode", text(e.licenseTypeCode()));
        v.put("validFrom", date(e.validFrom()));
        v.put("validTo", e.validTo() == null ? "长期" : date(e.validTo()));
        return new NoticeDraft(NoticeKind.LICENSE_ISSUED, e.licenseId(), addressees, v);
    }

    public NoticeDraft licenseSuspended(LicenseSuspended e, List<String> addressees) {
        return new NoticeDraft(
                NoticeKind.LICENSE_SUSPENDED,
                e.licenseId(),
                addressees,
                Map.of("identifier", text(e.identifier()), "reason", text(e.reason())));
    }

    public NoticeDraft licenseReinstated(LicenseReinstated e, List<String> addressees) {
        return new NoticeDraft(
                NoticeKind.LICENSE_REINSTATED, e.licenseId(), addressees, Map.of("identifier", text(e.identifier())));
    }

    public NoticeDraft licenseRevoked(LicenseRevoked e, List<String> addressees) {
        return new NoticeDraft(
                NoticeKind.LICENSE_REVOKED,
                e.licenseId(),
                addressees,
                Map.of("identifier", text(e.identifier()), "reason", text(e.reason())));
    }

    public NoticeDraft licenseExpiring(LicenseExpiringSoon e, List<String> addressees) {
        return new NoticeDraft(
                NoticeKind.LICENSE_EXPIRING,
                e.licenseId(),
                addressees,
                Map.of("identifier", text(e.identifier()), "validTo", date(e.validTo())));
    }

    /** A complaint the complainant filed online was answered. */
    public NoticeDraft complaintAnswered(ComplaintAnswered e, List<String> addressees) {
        return new NoticeDraft(
                NoticeKind.COMPLAINT_ANSWERED, e.complaintId(), addressees, Map.of("complaintId", e.complaintId()));
    }

    /** The day before a booking: a reminder. */
    public NoticeDraft reminder(
            String bookingId, List<String> addressees, String matterCode, String servicePointId, Instant slotStart) {
        return new NoticeDraft(
                NoticeKind.BOOKING_REMINDER, bookingId, addressees, booking(matterCode, servicePointId, slotStart));
    }

    /** The reason of a cancellation as the person reads it. */
    static String cancelReason(String reason, String detail) {
        String why = switch (reason == null ? "" : reason) {
            case "BY_PERSON" -> "本人或代办人取消";
            case "LINKED_PART_CANCELLED" -> "联办业务的另一项预约已取消";
            case "AGENT_SUSPENDED" -> "为您预约的代办人已被暂停代办资格";
            case "SCALPING" -> "经监察认定为异常抢号";
            default -> "办事大厅取消";
        };
        return detail == null || detail.isBlank() || "BY_PERSON".equals(reason) ? why : why + "（" + detail + "）";
    }

    /** The full list of a correction notice: {@code 1. 名称（问题）；2. …}. */
    static String items(List<CorrectionItem> items) {
        if (items.isEmpty()) {
            return "详见补正告知书。";
        }
        List<String> lines = new ArrayList<>();
        int n = 1;
        for (CorrectionItem item : items) {
            String name = item.materialName() == null || item.materialName().isBlank()
                    ? text(item.materialCode())
                    : item.materialName();
            String problem = item.problem() == null || item.problem().isBlank() ? "" : "（" + item.problem() + "）";
            lines.add(n++ + ". " + name + problem);
        }
        return String.join("；", lines) + "。";
    }

    private Map<String, String> booking(String matterCode, String servicePointId, Instant slotStart) {
        Map<String, String> v = new HashMap<>();
        v.put("matterCode", text(matterCode));
        v.put("servicePointId", text(servicePointId));
        v.put("slotStart", time(slotStart));
        return v;
    }

    private static Map<String, String> kase(String caseNumber, String matterCode) {
        Map<String, String> v = new HashMap<>();
        v.put("caseNumber", text(caseNumber));
        v.put("matterCode", text(matterCode));
        return v;
    }

    private String time(Instant at) {
        return at == null ? UNKNOWN : TIME.format(at.atZone(zone));
    }

    private String date(Instant at) {
        return at == null ? UNKNOWN : DATE.format(at.atZone(zone));
    }

    private static String date(LocalDate day) {
        return day == null ? UNKNOWN : DATE.format(day);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? UNKNOWN : value;
    }

    // an event without an agent (or an older one without a pseudonym) names fewer people
    private static List<String> keys(String... keys) {
        List<String> present = new ArrayList<>();
        for (String key : keys) {
            if (key != null && !key.isBlank()) {
                present.add(key);
            }
        }
        return present;
    }
}
