package io.onewindow.console.inspection.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** How the inspector's pages write what supervision-service answers: rules, statuses, events in Chinese. */
@Component("inspectionText")
public class InspectionText {

    /** The rules supervision raises alerts by (numbers as the service counts them). */
    public static final Map<Integer, String> RULES = ordered(
            1, "办理时限（黄牌、红牌、超期）",
            2, "五个工作日内告知或受理",
            3, "一次性告知",
            4, "不予受理或不予许可缺少理由、依据",
            5, "目录外环节或提高门槛",
            6, "体外循环",
            7, "窗口人员与代理人关联",
            8, "号贩子、异常预约",
            9, "投诉答复或整改逾期",
            10, "代理人多次被拒",
            11, "证照调取多次被拒",
            12, "纸质证照补录异常",
            15, "证照使用无依据或证照失效",
            16, "提前解除预约限制",
            20, "抽查复核不规范",
            21, "义务监督员巡查发现",
            22, "重大项目");

    /** Alert statuses, in lifecycle order. */
    public static final Map<String, String> ALERT_STATUSES = ordered(
            "OPEN", "待处理", "ACKNOWLEDGED", "已确认", "INVESTIGATING", "核查中", "RESOLVED", "已解决", "DISMISSED", "已排除");

    /** The moves an alert may make from each status: on along the lifecycle, or dismissed while open. */
    static final Map<String, List<String>> MOVES = Map.of(
            "OPEN", List.of("ACKNOWLEDGED", "DISMISSED"),
            "ACKNOWLEDGED", List.of("INVESTIGATING", "DISMISSED"),
            "INVESTIGATING", List.of("RESOLVED", "DISMISSED"));

    public static final Map<String, String> COMPLAINT_STATUSES =
            ordered("OPEN", "待处理", "ASSIGNED", "已分派", "ANSWERED", "已答复", "CLOSED", "已办结");

    public static final Map<String, String> FINDING_CATEGORIES = ordered(
            "WRONG_LEGAL_BASIS", "法律依据错误",
            "MISSING_MATERIAL_ACCEPTED", "材料缺失仍受理",
            "TIME_LIMIT_MISAPPLIED", "时限适用错误",
            "OFF_CATALOG_REQUIREMENT", "目录外要求",
            "OTHER", "其他");

    private static final Map<String, String> SEVERITIES = Map.of("INFO", "提示", "WARNING", "预警", "SERIOUS", "严重");

    private static final Map<String, String> CARDS = Map.of("GREEN", "绿牌", "YELLOW", "黄牌", "RED", "红牌");

    private static final Map<String, String> FINDINGS = Map.of("IN_ORDER", "规范", "IRREGULAR", "不规范");

    private static final Map<String, String> EVENTS = Map.ofEntries(
            Map.entry("ApplicationSubmitted", "提交申请"),
            Map.entry("CorrectionRequested", "一次性告知补正"),
            Map.entry("ApplicationResubmitted", "补正材料"),
            Map.entry("ApplicationAccepted", "受理"),
            Map.entry("ApplicationRefused", "不予受理"),
            Map.entry("ClockSuspended", "中止计时"),
            Map.entry("ClockResumed", "恢复计时"),
            Map.entry("DeadlineExtended", "延长期限"),
            Map.entry("StepCompleted", "完成审查环节"),
            Map.entry("ApplicationApproved", "准予许可"),
            Map.entry("ApplicationDenied", "不予许可"),
            Map.entry("ApplicationCompleted", "办结"),
            Map.entry("ApplicationWithdrawn", "撤回申请"),
            Map.entry("LicenseIssued", "发证"),
            Map.entry("TicketIssued", "取号"),
            Map.entry("TicketCalled", "叫号"),
            Map.entry("Served", "办理"),
            Map.entry("VisitAttached", "关联到窗口来访"));

    @SafeVarargs
    private static <K> Map<K, String> ordered(Object... pairs) {
        Map<K, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked")
            K key = (K) pairs[i];
            map.put(key, (String) pairs[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    /** An instant the service answered (with the district's offset) as local {@code yyyy-MM-dd HH:mm}. */
    public String instant(Object value) {
        if (!(value instanceof String text) || text.length() < 16) {
            return value == null ? "" : String.valueOf(value);
        }
        return text.substring(0, 10) + " " + text.substring(11, 16);
    }

    public String rule(Object number) {
        Integer key = number instanceof Number n ? n.intValue() : null;
        String name = key == null ? null : RULES.get(key);
        return name == null ? "规则 " + number : "规则 " + number + "：" + name;
    }

    public String alertStatus(Object status) {
        return ALERT_STATUSES.getOrDefault(String.valueOf(status), String.valueOf(status));
    }

    public String complaintStatus(Object status) {
        return COMPLAINT_STATUSES.getOrDefault(String.valueOf(status), String.valueOf(status));
    }

    public String severity(Object severity) {
        return SEVERITIES.getOrDefault(String.valueOf(severity), String.valueOf(severity));
    }

    public String card(Object card) {
        return CARDS.getOrDefault(String.valueOf(card), String.valueOf(card));
    }

    public String event(Object type) {
        return EVENTS.getOrDefault(String.valueOf(type), String.valueOf(type));
    }

    public String finding(Object finding) {
        return FINDINGS.getOrDefault(String.valueOf(finding), String.valueOf(finding));
    }

    public String category(Object category) {
        return FINDING_CATEGORIES.getOrDefault(String.valueOf(category), String.valueOf(category));
    }

    public Map<Integer, String> rules() {
        return RULES;
    }

    public Map<String, String> alertStatuses() {
        return ALERT_STATUSES;
    }

    public Map<String, String> complaintStatuses() {
        return COMPLAINT_STATUSES;
    }

    public Map<String, String> findingCategories() {
        return FINDING_CATEGORIES;
    }

    /** The statuses an alert in {@code status} may move to. */
    public List<String> moves(Object status) {
        return MOVES.getOrDefault(String.valueOf(status), List.of());
    }
}
