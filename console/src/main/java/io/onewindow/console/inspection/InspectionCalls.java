package io.onewindow.console.inspection;

import io.onewindow.console.gateway.ServiceGateway;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The inspector's desk as supervision-service answers it, as the signed-in inspector: the one place
 * that knows the paths and request bodies of the alerts, case timelines, sampling reviews and
 * complaints the desk uses.
 */
@Component
public class InspectionCalls {

    private final ServiceGateway gateway;

    InspectionCalls(ServiceGateway gateway) {
        this.gateway = gateway;
    }

    /** Alerts, newest first, by rule (1–22), department and status (each optional), one page. */
    public ResponseEntity<List<Map<String, Object>>> alerts(
            Integer rule, String department, String status, int page, int size) {
        Query query = new Query("/api/supervision/inspections/alerts", page, size);
        query.add("rule", rule);
        query.add("department", department);
        query.add("status", status);
        return gateway.asUser().page(query.uri(), query.values());
    }

    /** One alert with its evidence, details and history. */
    public Map<String, Object> alert(String alertId) {
        return gateway.asUser().object("/api/supervision/inspections/alerts/{alertId}", alertId);
    }

    /** Move an alert along its lifecycle, with a note. */
    public Map<String, Object> moveAlert(String alertId, String status, String note) {
        return gateway.asUser()
                .post(
                        Map.of("status", status, "note", note),
                        "/api/supervision/inspections/alerts/{alertId}/status",
                        alertId);
    }

    /** A case's timeline, clock and card as supervision follows it. */
    public Map<String, Object> caseTimeline(String caseId) {
        return gateway.asUser().object("/api/supervision/inspections/cases/{caseId}", caseId);
    }

    /** The sampled cases assigned to the caller or to no one, one page. */
    public ResponseEntity<List<Map<String, Object>>> reviews(int page, int size) {
        return gateway.asUser().page("/api/supervision/reviews/mine?page={page}&size={size}", page, size);
    }

    /** Record the finding on a sampled case: {@code IN_ORDER}, or {@code IRREGULAR} with a category. */
    public Map<String, Object> recordFinding(String caseId, String finding, String category, String note) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("finding", finding);
        body.put("category", category == null || category.isBlank() ? null : category);
        body.put("note", note);
        return gateway.asUser().post(body, "/api/supervision/reviews/{caseId}/finding", caseId);
    }

    /** The complaints the inspectors handle, newest first, by department and status (optional), one page. */
    public ResponseEntity<List<Map<String, Object>>> complaints(String department, String status, int page, int size) {
        Query query = new Query("/api/supervision/inspections/complaints", page, size);
        query.add("department", department);
        query.add("status", status);
        return gateway.asUser().page(query.uri(), query.values());
    }

    /** One complaint with its history. */
    public Map<String, Object> complaint(String complaintId) {
        return gateway.asUser().object("/api/supervision/inspections/complaints/{id}", complaintId);
    }

    /** Assign a complaint to an inspector (user name). */
    public Map<String, Object> assignComplaint(String complaintId, String assignee) {
        return gateway.asUser()
                .post(Map.of("assignee", assignee), "/api/supervision/inspections/complaints/{id}/assign", complaintId);
    }

    /** Answer a complaint. */
    public Map<String, Object> answerComplaint(String complaintId, String reply) {
        return gateway.asUser()
                .post(Map.of("reply", reply), "/api/supervision/inspections/complaints/{id}/answer", complaintId);
    }

    /** Close an answered complaint, with an optional note. */
    public Map<String, Object> closeComplaint(String complaintId, String note) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (note != null && !note.isBlank()) {
            body.put("note", note);
        }
        return gateway.asUser().post(body, "/api/supervision/inspections/complaints/{id}/close", complaintId);
    }

    /** A list's query: only the filters given, each a template variable (encoded by the gateway). */
    private static final class Query {

        private final StringBuilder uri;
        private final List<Object> values = new ArrayList<>();

        Query(String path, int page, int size) {
            uri = new StringBuilder(path).append("?page={page}&size={size}");
            values.add(page);
            values.add(size);
        }

        void add(String name, Object value) {
            if (value != null && !String.valueOf(value).isBlank()) {
                uri.append('&').append(name).append("={").append(name).append('}');
                values.add(value);
            }
        }

        String uri() {
            return uri.toString();
        }

        Object[] values() {
            return values.toArray();
        }
    }
}
