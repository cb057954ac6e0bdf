package io.onewindow.console.web;

import java.util.List;

/**
 * The console's desks and the realm roles that open each. A desk link is shown to a user who holds
 * one of its roles; the desk's pages check the same roles ({@code @PreAuthorize}), and the services
 * check every call again.
 */
public enum Desks {
    WORKBENCH("窗口工作台", "/console/workbench", "叫号、签到、收件、一次性告知、当场办结与送达", "window-officer"),
    INBOX("审批待办", "/console/inbox", "待我审查的办件、时限与材料，依法作出决定", "approver"),
    INSPECTION("监察工作台", "/console/inspection", "预警、办件时间线、抽查复核与投诉", "inspector"),
    ADMINISTRATION(
            "管理", "/console/admin", "事项目录（起草、审核、发布）、服务网点与窗口、法定工作日历", "catalog-admin", "dept-admin", "platform-admin");

    private final String title;
    private final String path;
    private final String summary;
    private final List<String> roles;

    Desks(String title, String path, String summary, String... roles) {
        this.title = title;
        this.path = path;
        this.summary = summary;
        this.roles = List.of(roles);
    }

    public String title() {
        return title;
    }

    public String path() {
        return path;
    }

    public String summary() {
        return summary;
    }

    public List<String> roles() {
        return roles;
    }

    /** The desks a staff member may open. */
    public static List<Desks> of(StaffMember member) {
        return java.util.Arrays.stream(values())
                .filter(desk -> desk.roles.stream().anyMatch(member::has))
                .toList();
    }
}
