package io.onewindow.console.inbox.web;

import java.util.Map;
import org.springframework.stereotype.Component;

/** How the inbox's pages write what approval-service answers: instants, states and procedures in Chinese. */
@Component("inboxText")
public class InboxText {

    private static final Map<String, String> STATES = Map.of(
            "PRE_REVIEW", "预审中",
            "CORRECTION_REQUIRED", "待补正",
            "ACCEPTED", "已受理",
            "NOT_ACCEPTED", "不予受理",
            "APPROVED", "准予许可",
            "DENIED", "不予许可",
            "COMPLETED", "已办结",
            "WITHDRAWN", "已撤回");

    /** The art. 45 procedures that stop the clock, as the service names them. */
    public static final Map<String, String> PROCEDURES = orderedProcedures();

    private static final Map<String, String> APPLICANTS = Map.of("PERSON", "自然人", "ENTERPRISE", "法人或其他组织");

    private static final Map<String, String> CHANNELS = Map.of("ONLINE", "网上申请", "WINDOW", "窗口申请", "PARTNER", "部门系统");

    private static Map<String, String> orderedProcedures() {
        Map<String, String> procedures = new java.util.LinkedHashMap<>();
        procedures.put("HEARING", "听证");
        procedures.put("TENDERING", "招标");
        procedures.put("AUCTION", "拍卖");
        procedures.put("INSPECTION", "检验");
        procedures.put("TESTING", "检测");
        procedures.put("QUARANTINE", "检疫");
        procedures.put("APPRAISAL", "鉴定");
        procedures.put("EXPERT_REVIEW", "专家评审");
        procedures.put("SITE_INSPECTION", "现场核查");
        return java.util.Collections.unmodifiableMap(procedures);
    }

    /** An instant the service answered (with the district's offset) as local {@code yyyy-MM-dd HH:mm}. */
    public String instant(Object value) {
        if (!(value instanceof String text) || text.length() < 16) {
            return value == null ? "" : String.valueOf(value);
        }
        return text.substring(0, 10) + " " + text.substring(11, 16);
    }

    public String state(Object state) {
        return STATES.getOrDefault(String.valueOf(state), String.valueOf(state));
    }

    public String procedure(Object procedure) {
        return PROCEDURES.getOrDefault(String.valueOf(procedure), String.valueOf(procedure));
    }

    public String applicant(Object type) {
        return APPLICANTS.getOrDefault(String.valueOf(type), String.valueOf(type));
    }

    public String channel(Object channel) {
        return CHANNELS.getOrDefault(String.valueOf(channel), String.valueOf(channel));
    }

    public Map<String, String> procedures() {
        return PROCEDURES;
    }
}
