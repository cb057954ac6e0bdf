package io.onewindow.console.admin.points;

import io.onewindow.console.admin.Listing;
import io.onewindow.console.gateway.ServiceGateway;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The service points' registry, schedule and staff posts as the administration desk uses them
 * (appointment-service, as the signed-in admin). Every change of a point sends back the ETag its
 * page was built from ({@code If-Match}).
 */
@Component
public class ServicePointCalls {

    private final ServiceGateway gateway;

    ServicePointCalls(ServiceGateway gateway) {
        this.gateway = gateway;
    }

    /** The open service points (public directory), a page at a time; {@code text} and {@code tier} optional. */
    public Listing points(String text, Integer tier, int page) {
        StringBuilder uri = new StringBuilder("/api/appointments/public/service-points?page={page}&size={size}");
        List<Object> variables = new java.util.ArrayList<>(List.of(page, Listing.SIZE));
        if (text != null && !text.isBlank()) {
            uri.append("&text={text}");
            variables.add(text.strip());
        }
        if (tier != null) {
            uri.append("&tier={tier}");
            variables.add(tier);
        }
        return Listing.of(gateway.asUser().page(uri.toString(), variables.toArray()), page, Listing.SIZE);
    }

    /** The point as the registry keeps it, with its ETag. */
    public ResponseEntity<Map<String, Object>> point(String id) {
        return gateway.asUser().tagged("/api/appointments/admin/service-points/{id}", id);
    }

    /** Creates a point with its windows and opening hours. */
    public Map<String, Object> create(PointForm form) {
        return gateway.asUser().post(form.createBody(), "/api/appointments/admin/service-points");
    }

    /** New particulars and windows. */
    public Map<String, Object> change(String id, String etag, PointForm form) {
        return gateway.asUser().put(form.changeBody(), etag, "/api/appointments/admin/service-points/{id}", id);
    }

    /** Offers a published matter at the point, or changes how it is booked. */
    public Map<String, Object> offer(
            String id,
            String etag,
            String matterCode,
            String line,
            int minutesPerVisit,
            int placesPerSlot,
            String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("line", line == null ? null : line.strip());
        body.put("minutesPerVisit", minutesPerVisit);
        body.put("placesPerSlot", placesPerSlot);
        if (reason != null && !reason.isBlank()) {
            body.put("reason", reason.strip());
        }
        return gateway.asUser()
                .put(body, etag, "/api/appointments/admin/service-points/{id}/offers/{matterCode}", id, matterCode);
    }

    /** Withdraws a matter from the point; its future bookings are cancelled with the reason. */
    public Map<String, Object> withdraw(String id, String etag, String matterCode, String reason) {
        return gateway.asUser()
                .delete(
                        etag,
                        "/api/appointments/admin/service-points/{id}/offers/{matterCode}?reason={reason}",
                        id,
                        matterCode,
                        reason == null ? "" : reason.strip());
    }

    /** New weekly opening hours. */
    public Map<String, Object> hours(String id, String etag, HoursForm hours, String reason) {
        return gateway.asUser()
                .put(
                        Map.of("hours", hours.hours(), "reason", reason == null ? "" : reason.strip()),
                        etag,
                        "/api/appointments/service-points/{id}/opening-hours",
                        id);
    }

    /** Closes one day; its bookings are cancelled with the reason. */
    public Map<String, Object> closeDay(String id, String day, String reason) {
        return gateway.asUser()
                .post(
                        Map.of("day", day == null ? "" : day.strip(), "reason", reason == null ? "" : reason.strip()),
                        "/api/appointments/service-points/{id}/closures",
                        id);
    }

    /** A staff member's posts with their ETag (the service answers 404 for one never posted). */
    public ResponseEntity<Map<String, Object>> staff(String username) {
        return gateway.asUser().tagged("/api/appointments/admin/staff/{username}", username);
    }

    /** Sets all of a staff member's posts; {@code etag} is null for one never posted. */
    public Map<String, Object> assign(String username, String etag, PostsForm form) {
        return gateway.asUser().put(form.body(), etag, "/api/appointments/admin/staff/{username}", username);
    }
}
