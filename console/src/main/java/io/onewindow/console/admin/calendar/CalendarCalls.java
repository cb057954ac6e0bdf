package io.onewindow.console.admin.calendar;

import io.onewindow.console.admin.Listing;
import io.onewindow.console.gateway.ServiceGateway;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The calendar's official years as the platform admin keeps them (approval-service). */
@Component
public class CalendarCalls {

    private final ServiceGateway gateway;

    CalendarCalls(ServiceGateway gateway) {
        this.gateway = gateway;
    }

    /** Every entered year (newest year first) with its state, who entered and who decided it. */
    public Listing proposals(int page) {
        return Listing.of(
                gateway.asUser()
                        .page("/api/approvals/admin/calendar/proposals?page={page}&size={size}", page, Listing.SIZE),
                page,
                Listing.SIZE);
    }

    /** Enters a year from the State Council's notice; it counts once another admin confirms it. */
    public Map<String, Object> enter(YearForm form) {
        return gateway.asUser().post(form.body(), "/api/approvals/admin/calendar/years");
    }

    /** Confirms (publishes) a year another admin entered. */
    public Map<String, Object> confirm(String id) {
        return gateway.asUser().post(null, "/api/approvals/admin/calendar/proposals/{id}/confirmation", id);
    }

    /** Rejects a year another admin entered, with the reason. */
    public Map<String, Object> reject(String id, String reason) {
        return gateway.asUser()
                .post(
                        Map.of("reason", reason == null ? "" : reason.strip()),
                        "/api/approvals/admin/calendar/proposals/{id}/rejection",
                        id);
    }
}
