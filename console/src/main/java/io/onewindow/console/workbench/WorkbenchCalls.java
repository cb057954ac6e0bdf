package io.onewindow.console.workbench;

import io.onewindow.console.gateway.ServiceGateway;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Every service call the window officer's workbench makes, as the signed-in officer: the queue at
 * his window (appointment-service), receiving a visit as a case and acting on it at the counter
 * (approval-service), and the published catalog's guide of a matter. The one place that knows the
 * paths and request bodies; the services decide every action.
 */
@Component
public class WorkbenchCalls {

    private final ServiceGateway gateway;

    public WorkbenchCalls(ServiceGateway gateway) {
        this.gateway = gateway;
    }

    /** The hall directory (first page, at most 100 points) to choose the point the officer sits at. */
    public List<Map<String, Object>> servicePoints() {
        return gateway.asUser().list("/api/appointments/public/service-points?page=0&size=100");
    }

    /** One point as the public sees it: windows, matters offered (with their queue line). */
    public Map<String, Object> servicePoint(String servicePointId) {
        return gateway.asUser().object("/api/appointments/public/service-points/{id}", servicePointId);
    }

    /**
     * Today's queue at a point as the officer may serve it: the windows he holds there, and per line the
     * waiting tickets in calling order and the called ones (403 {@code not-posted-here} when he holds no
     * post there).
     */
    public Map<String, Object> queue(String servicePointId) {
        return gateway.asUser().object("/api/appointments/service-points/{id}/queue", servicePointId);
    }

    /** Calls the next ticket of a line to a window; an empty map when nobody waits (204). */
    public Map<String, Object> callNext(String servicePointId, String line, String window) {
        return gateway.asUser()
                .post(
                        Map.of("window", window),
                        "/api/appointments/service-points/{id}/lines/{line}/call",
                        servicePointId,
                        line);
    }

    /** Announces a called ticket again. */
    public Map<String, Object> recall(String ticketId) {
        return gateway.asUser().post(null, "/api/appointments/tickets/{id}/recall", ticketId);
    }

    /** Served ({@code absent} false) or did not come up ({@code absent} true). */
    public Map<String, Object> finish(String ticketId, boolean absent) {
        return gateway.asUser().post(Map.of("absent", absent), "/api/appointments/tickets/{id}/finish", ticketId);
    }

    /** Checks a booked visitor in by booking code and the ID number read from the card: the ticket. */
    public Map<String, Object> checkIn(String bookingCode, String idNumber, boolean priority) {
        return gateway.asUser()
                .post(
                        Map.of("bookingCode", bookingCode, "idNumber", idNumber, "priority", priority),
                        "/api/appointments/check-ins");
    }

    /** A walk-in ticket for one matter at the point. */
    public Map<String, Object> walkIn(String servicePointId, String matterCode, String idNumber, boolean priority) {
        return gateway.asUser()
                .post(
                        Map.of(
                                "servicePointId", servicePointId,
                                "matterCode", matterCode,
                                "idNumber", idNumber,
                                "priority", priority),
                        "/api/appointments/tickets");
    }

    /** One ticket (its cases once received). */
    public Map<String, Object> ticket(String ticketId) {
        return gateway.asUser().object("/api/appointments/tickets/{id}", ticketId);
    }

    /** The published guide of a matter: materials, case type, whether a window may decide. */
    public Map<String, Object> matter(String matterCode) {
        return gateway.asUser().object("/api/approvals/public/matters/{code}", matterCode);
    }

    /**
     * Receives a visit as a case at the window: the applicant as read from the ID card; the materials
     * the pre-review finds missing are then listed in the one-time correction notice.
     */
    public Map<String, Object> receive(
            String ticketId, String window, String matterCode, String principalName, String principalIdNumber) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("matterCode", matterCode);
        body.put("principal", Map.of("name", principalName, "idNumber", principalIdNumber));
        body.put("materials", List.of());
        body.put("visit", Map.of("ticketId", ticketId, "window", window));
        return gateway.asUser().post(body, "/api/approvals/cases");
    }

    /** Receives a linked ticket (一号联办) as one linked filing: a part per matter of the ticket. */
    public Map<String, Object> receiveLinked(
            String ticketId, String window, List<String> matterCodes, String principalName, String principalIdNumber) {
        List<Map<String, Object>> parts = new ArrayList<>();
        for (String matterCode : matterCodes) {
            parts.add(Map.of("matterCode", matterCode));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("visit", Map.of("ticketId", ticketId, "window", window));
        body.put("principal", Map.of("name", principalName, "idNumber", principalIdNumber));
        body.put("sharedMaterials", List.of());
        body.put("parts", parts);
        return gateway.asUser().post(body, "/api/approvals/linked-filings");
    }

    /** A case with its clock, pre-review, correction notices, decision and delivery. */
    public Map<String, Object> caseOf(String caseId) {
        return gateway.asUser().object("/api/approvals/cases/{id}", caseId);
    }

    /**
     * The one-time correction notice: every missing or defective material with its problem (material
     * code → problem), and the justification a later notice with new items needs.
     */
    public Map<String, Object> correct(String caseId, Map<String, String> problems, String justification) {
        List<Map<String, Object>> items = new ArrayList<>();
        problems.forEach((material, problem) -> items.add(Map.of("materialCode", material, "problem", problem)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", items);
        if (justification != null && !justification.isBlank()) {
            body.put("justification", justification);
        }
        return gateway.asUser().post(body, "/api/approvals/cases/{id}/corrections", caseId);
    }

    /** 受理. */
    public Map<String, Object> accept(String caseId) {
        return gateway.asUser().post(null, "/api/approvals/cases/{id}/acceptance", caseId);
    }

    /** 不予受理, with reason and legal basis. */
    public Map<String, Object> refuse(String caseId, String reason, String legalBasis) {
        return gateway.asUser()
                .post(Map.of("reason", reason, "legalBasis", legalBasis), "/api/approvals/cases/{id}/refusal", caseId);
    }

    /** Accept and approve at once (即办件, or a matter a window representative may decide). */
    public Map<String, Object> decideOnTheSpot(String caseId) {
        return gateway.asUser().post(Map.of(), "/api/approvals/cases/{id}/on-the-spot-decision", caseId);
    }

    /** Hands the result out at a delivery window to the collector whose ID card was read, and closes the case. */
    public Map<String, Object> deliver(String caseId, String servicePointId, String window, String collectorIdNumber) {
        return gateway.asUser()
                .post(
                        Map.of(
                                "collection",
                                Map.of(
                                        "servicePointId", servicePointId,
                                        "window", window,
                                        "collectorIdNumber", collectorIdNumber)),
                        "/api/approvals/cases/{id}/completion",
                        caseId);
    }
}
