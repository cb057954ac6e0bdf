package io.onewindow.console.inbox;

import io.onewindow.console.gateway.ServiceGateway;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The approver's inbox as approval-service answers it, as the signed-in approver: the one place
 * that knows the paths and request bodies of the case API the inbox uses.
 */
@Component
public class InboxCalls {

    /** approval-service's largest page. */
    static final int SERVICE_PAGE = 100;

    /** At most this many of the service's pages are read for one inbox (10 000 cases). */
    static final int MAX_PAGES = 100;

    private final ServiceGateway gateway;

    InboxCalls(ServiceGateway gateway) {
        this.gateway = gateway;
    }

    /**
     * The department's accepted cases (state {@code ACCEPTED}: a review step or the decision is
     * due), as the service lists them (newest case number first). The service has no state filter,
     * so every page of the caller's cases is read and the others left out.
     */
    public List<Map<String, Object>> acceptedCases() {
        List<Map<String, Object>> accepted = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            ResponseEntity<List<Map<String, Object>>> answer =
                    gateway.asUser().page("/api/approvals/cases?page={page}&size={size}", page, SERVICE_PAGE);
            List<Map<String, Object>> cases = answer.getBody() == null ? List.of() : answer.getBody();
            cases.stream().filter(c -> "ACCEPTED".equals(c.get("state"))).forEach(accepted::add);
            long total = total(answer, cases.size());
            if (cases.size() < SERVICE_PAGE || (long) (page + 1) * SERVICE_PAGE >= total) {
                break;
            }
        }
        return accepted;
    }

    /** One case with its clock (the read is logged by the service). */
    public Map<String, Object> caseFile(String caseId) {
        return gateway.asUser().object("/api/approvals/cases/{caseId}", caseId);
    }

    /** A material of the case, streamed to {@code sink} with the service's content type and disposition. */
    public void material(String caseId, String fileId, ServiceGateway.Download sink) {
        gateway.asUser().download(sink, "/api/approvals/cases/{caseId}/files/{fileId}", caseId, fileId);
    }

    /** Complete the case's next catalog step. */
    public Map<String, Object> completeStep(String caseId, String stepCode, String opinion) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("stepCode", stepCode);
        body.put("opinion", blankToNull(opinion));
        return gateway.asUser().post(body, "/api/approvals/cases/{caseId}/steps", caseId);
    }

    /** Approve (准予许可): the license's face is the case's form data. */
    public Map<String, Object> approve(String caseId) {
        return gateway.asUser().post(Map.of(), "/api/approvals/cases/{caseId}/approval", caseId);
    }

    /** Deny (不予许可) with the reason the law requires and, if given, the legal basis. */
    public Map<String, Object> deny(String caseId, String reason, String legalBasis) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", reason);
        body.put("legalBasis", blankToNull(legalBasis));
        return gateway.asUser().post(body, "/api/approvals/cases/{caseId}/denial", caseId);
    }

    /** The one art. 42 extension. */
    public Map<String, Object> extend(String caseId, int workingDays, String reason) {
        return gateway.asUser()
                .post(
                        Map.of("workingDays", workingDays, "reason", reason),
                        "/api/approvals/cases/{caseId}/extension",
                        caseId);
    }

    /** Stop the clock for an art. 45 procedure. */
    public Map<String, Object> suspend(String caseId, String procedure, String reason, int expectedWorkingDays) {
        return gateway.asUser()
                .post(
                        Map.of("procedure", procedure, "reason", reason, "expectedWorkingDays", expectedWorkingDays),
                        "/api/approvals/cases/{caseId}/suspensions",
                        caseId);
    }

    /** Start the clock again. */
    public Map<String, Object> resume(String caseId) {
        return gateway.asUser().post(null, "/api/approvals/cases/{caseId}/resumption", caseId);
    }

    private static long total(ResponseEntity<?> answer, int fallback) {
        String header = answer.getHeaders().getFirst("X-Total-Count");
        try {
            return header == null ? fallback : Long.parseLong(header);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
