package io.onewindow.console.workbench.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * How the workbench's pages write what the services answer: statuses in Chinese, instants as the
 * district's local {@code yyyy-MM-dd HH:mm}. Used from the templates as {@code @workbenchText}.
 */
@Component("workbenchText")
public class WorkbenchText {

    /** The district's time zone (the services' "today"). */
    static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static final Map<String, String> TICKETS =
            Map.of("WAITING", "等候中", "CALLED", "已叫号", "SERVED", "已办结", "ABSENT", "未到");

    private static final Map<String, String> CASES = Map.of(
            "PRE_REVIEW", "预审中",
            "CORRECTION_REQUIRED", "待补正",
            "ACCEPTED", "已受理",
            "NOT_ACCEPTED", "不予受理",
            "APPROVED", "准予许可",
            "DENIED", "不予许可",
            "COMPLETED", "已办结",
            "WITHDRAWN", "已撤回");

    private static final Map<String, String> PRE_REVIEWS = Map.of(
            "PASSED", "预审通过",
            "DEFECTS_FOUND", "材料不齐或有误",
            "WAITING_FOR_LICENSE_CHECK", "电子证照待核验");

    public String ticketStatus(Object status) {
        return TICKETS.getOrDefault(String.valueOf(status), String.valueOf(status));
    }

    public String caseState(Object state) {
        return CASES.getOrDefault(String.valueOf(state), String.valueOf(state));
    }

    public String preReview(Object status) {
        return status == null ? "" : PRE_REVIEWS.getOrDefault(String.valueOf(status), String.valueOf(status));
    }

    /** An instant as the district's local date and time; what is not an instant is shown as it came. */
    public String instant(Object value) {
        if (value == null) {
            return "";
        }
        try {
            return LOCAL.format(Instant.parse(String.valueOf(value)).atZone(DISTRICT));
        } catch (DateTimeParseException notAnInstant) {
            return String.valueOf(value);
        }
    }
}
