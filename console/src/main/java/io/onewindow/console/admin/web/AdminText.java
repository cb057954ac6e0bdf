package io.onewindow.console.admin.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * How the administration pages write what the services answer: instants as local
 * {@code yyyy-MM-dd HH:mm} (Beijing time), states and codes in Chinese. Used in the templates as
 * {@code @adminText}.
 */
@Component("adminText")
public class AdminText {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static final Map<String, String> STATES = Map.ofEntries(
            Map.entry("DRAFT", "草稿"),
            Map.entry("PUBLISHED", "已发布"),
            Map.entry("PROPOSED", "待确认"),
            Map.entry("REJECTED", "已退回"),
            Map.entry("ON_THE_SPOT", "即办件"),
            Map.entry("PROMISED", "承诺件"),
            Map.entry("PERSON", "自然人"),
            Map.entry("ENTERPRISE", "法人"),
            Map.entry("ORIGINAL", "原件"),
            Map.entry("COPY", "复印件"),
            Map.entry("MONDAY", "星期一"),
            Map.entry("TUESDAY", "星期二"),
            Map.entry("WEDNESDAY", "星期三"),
            Map.entry("THURSDAY", "星期四"),
            Map.entry("FRIDAY", "星期五"),
            Map.entry("SATURDAY", "星期六"),
            Map.entry("SUNDAY", "星期日"));

    /** An instant ({@code 2026-12-03T01:15:00Z}) as Beijing time, {@code 2026-12-03 09:15}. */
    public String instant(Object value) {
        if (value == null) {
            return "";
        }
        try {
            return LOCAL.format(Instant.parse(value.toString()).atZone(ZONE));
        } catch (DateTimeParseException e) {
            return value.toString();
        }
    }

    /** A state or code in Chinese; an unknown one as the service wrote it. */
    public String text(Object code) {
        return code == null ? "" : STATES.getOrDefault(code.toString(), code.toString());
    }
}
