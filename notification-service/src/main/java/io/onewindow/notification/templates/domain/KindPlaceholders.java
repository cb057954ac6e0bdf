package io.onewindow.notification.templates.domain;

import static io.onewindow.notification.templates.domain.Placeholder.optional;
import static io.onewindow.notification.templates.domain.Placeholder.required;

import io.onewindow.notification.inbox.domain.NoticeKind;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The placeholders the event of each notice kind supplies ({@code NoticeTranslation} fills exactly these),
 * which of them every version must use, and the built-in title of version 1. A template may use only
 * these; a version lacking a required one is refused.
 *
 * @param kind the notice kind
 * @param builtInTitle the title of the built-in version 1
 * @param placeholders the placeholders, in the order of the built-in text
 */
public record KindPlaceholders(NoticeKind kind, String builtInTitle, List<Placeholder> placeholders) {

    private static final String MATTER = "MR-SP-001";
    private static final String SLOT = "2026年3月3日 09:30";
    private static final String POINT = "panyu-district-center";
    private static final String CASE = "PY-2026-000001";
    private static final String LICENSE = "1.2.156.3005.2.11100000000013338W001.11440113MB2C000057.2026000001.001.D";
    private static final String MANDATE = "mdt-0001";

    private static final Map<NoticeKind, KindPlaceholders> ALL = new EnumMap<>(NoticeKind.class);

    static {
        on(NoticeKind.BOOKING_CONFIRMED, "预约成功", booking(), required("bookingCode", "A0301-0930-07"));
        on(NoticeKind.BOOKING_CHANGED, "预约已改期", booking(), required("previousSlotStart", "2026年3月2日 14:00"));
        on(NoticeKind.BOOKING_CANCELLED, "预约已取消", booking(), required("reason", "本人或代办人取消"));
        on(NoticeKind.BOOKING_CANCELLED_BY_HALL, "预约因大厅调整取消", booking(), required("detail", "3月3日设备检修闭厅"));
        on(
                NoticeKind.DRAW_LOST,
                "摇号结果",
                List.of(
                        required("matterCode", MATTER),
                        optional("servicePointId", POINT),
                        required("slotStart", SLOT),
                        required("outcome", "未中签")));
        on(NoticeKind.MANDATE_GRANTED, "授权委托已生效", mandateGranted(true));
        on(NoticeKind.MANDATE_RECEIVED, "您已获授权代办", mandateGranted(false));
        on(NoticeKind.MANDATE_REVOKED, "授权委托已撤销", mandateRevoked());
        on(NoticeKind.MANDATE_WITHDRAWN, "委托人已撤销授权", mandateRevoked());
        on(
                NoticeKind.CORRECTION_REQUESTED,
                "补正告知",
                kase(),
                required("sequence", "1"),
                required("items", "1. 营业执照（复印件不清晰）；2. 法定代表人身份证明（缺少签字）。"));
        on(
                NoticeKind.CASE_ACCEPTED,
                "申请已受理",
                kase(),
                required("promisedDueDate", "2026年3月9日"),
                required("statutoryDueDate", "2026年3月23日"));
        on(NoticeKind.CASE_NOT_ACCEPTED, "申请不予受理", kase(), reason(), legalBasis());
        on(
                NoticeKind.CASE_APPROVED,
                "申请已审批通过",
                List.of(
                        required("caseNumber", CASE),
                        optional("matterCode", MATTER),
                        required("matterName", "食品经营许可")));
        on(NoticeKind.CASE_DENIED, "申请不予许可", kase(), reason(), legalBasis());
        on(NoticeKind.RATING_REQUESTED, "办结评价邀请", kase());
        on(
                NoticeKind.LICENSE_ISSUED,
                "电子证照已签发",
                List.of(
                        required("identifier", LICENSE),
                        required("licenseTypeCode", "11100000000013338W002"),
                        required("validFrom", "2026年3月2日"),
                        required("validTo", "2031年3月1日")));
        on(NoticeKind.LICENSE_SUSPENDED, "电子证照已暂停", List.of(required("identifier", LICENSE), reason()));
        on(NoticeKind.LICENSE_REINSTATED, "电子证照已恢复", List.of(required("identifier", LICENSE)));
        on(NoticeKind.LICENSE_REVOKED, "电子证照已撤销", List.of(required("identifier", LICENSE), reason()));
        on(
                NoticeKind.LICENSE_EXPIRING,
                "电子证照即将到期",
                List.of(required("identifier", LICENSE), required("validTo", "2026年4月1日")));
        on(NoticeKind.COMPLAINT_ANSWERED, "投诉已答复", List.of(required("complaintId", "cpl-0001")));
        on(NoticeKind.BOOKING_REMINDER, "预约提醒", booking());
    }

    public KindPlaceholders {
        placeholders = List.copyOf(placeholders);
    }

    /** The declaration of {@code kind}. */
    public static KindPlaceholders of(NoticeKind kind) {
        KindPlaceholders declared = ALL.get(kind);
        if (declared == null) {
            throw new IllegalStateException("no placeholders declared for " + kind);
        }
        return declared;
    }

    /** The placeholder called {@code name}, if the kind supplies it. */
    public Optional<Placeholder> find(String name) {
        return placeholders.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The names every version must use. */
    public List<String> requiredNames() {
        return placeholders.stream()
                .filter(Placeholder::required)
                .map(Placeholder::name)
                .toList();
    }

    /** A sample value for each placeholder. */
    public Map<String, String> samples() {
        Map<String, String> samples = new LinkedHashMap<>();
        placeholders.forEach(p -> samples.put(p.name(), p.sample()));
        return samples;
    }

    private static void on(NoticeKind kind, String title, List<Placeholder> first, Placeholder... more) {
        List<Placeholder> all = new java.util.ArrayList<>(first);
        all.addAll(List.of(more));
        ALL.put(kind, new KindPlaceholders(kind, title, all));
    }

    private static List<Placeholder> booking() {
        return List.of(required("matterCode", MATTER), required("slotStart", SLOT), required("servicePointId", POINT));
    }

    private static List<Placeholder> kase() {
        return List.of(required("caseNumber", CASE), required("matterCode", MATTER));
    }

    private static List<Placeholder> mandateGranted(boolean toPrincipal) {
        return List.of(
                toPrincipal ? required("agentUsername", "agent1") : optional("agentUsername", "agent1"),
                toPrincipal
                        ? optional("maskedPrincipal", "张*（4401***********235）")
                        : required("maskedPrincipal", "张*（4401***********235）"),
                required("scope", "事项 MR-SP-001"),
                required("validFrom", "2026年3月2日"),
                required("validUntil", "2026年6月1日"),
                required("mandateId", MANDATE));
    }

    private static List<Placeholder> mandateRevoked() {
        return List.of(required("mandateId", MANDATE), required("revokedAt", "2026年3月5日 10:15"));
    }

    private static Placeholder reason() {
        return required("reason", "材料与实际情况不符");
    }

    private static Placeholder legalBasis() {
        return required("legalBasis", "《行政许可法》第三十八条");
    }
}
