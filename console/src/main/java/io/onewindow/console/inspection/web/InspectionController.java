package io.onewindow.console.inspection.web;

import io.onewindow.console.inspection.InspectionCalls;
import io.onewindow.console.web.ConsolePages;
import io.onewindow.console.web.Shown;
import io.onewindow.console.web.StaffMember;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The inspector's desk (监察工作台): alerts by rule, department and status and their lifecycle; a
 * case's timeline with its clock and card; the sampling reviews to do; the complaints the
 * inspectors handle that are the caller's or no one's. supervision-service decides every move.
 */
@Controller
@RequestMapping("/console/inspection")
@PreAuthorize("hasRole('inspector')")
class InspectionController {

    static final int PAGE_SIZE = 20;

    private final InspectionCalls calls;

    InspectionController(InspectionCalls calls) {
        this.calls = calls;
    }

    @GetMapping({"", "/"})
    String alerts(
            @RequestParam(required = false) Integer rule,
            @RequestParam(required = false) String department,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        ResponseEntity<List<Map<String, Object>>> answer = calls.alerts(rule, department, status, page, PAGE_SIZE);
        model.addAttribute("alerts", Shown.lenient(body(answer)));
        model.addAttribute("rule", rule);
        model.addAttribute("department", department);
        model.addAttribute("status", status);
        paging(
                model,
                answer,
                page,
                UriComponentsBuilder.fromPath("/console/inspection")
                        .queryParamIfPresent("rule", java.util.Optional.ofNullable(rule))
                        .queryParamIfPresent("department", nonBlank(department))
                        .queryParamIfPresent("status", nonBlank(status)));
        return "inspection/alerts";
    }

    /** One alert (its id is a query parameter: ids hold ':' and '/'). */
    @GetMapping("/alert")
    String alert(@RequestParam String id, Model model) {
        model.addAttribute("alert", Shown.lenient(calls.alert(id)));
        return "inspection/alert";
    }

    @PostMapping("/alert/status")
    String moveAlert(
            @RequestParam String id,
            @RequestParam String status,
            @RequestParam String note,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        Map<String, Object> moved = calls.moveAlert(id, status, note);
        String done = "预警已改为“" + InspectionText.ALERT_STATUSES.getOrDefault(status, status) + "”。";
        if (ConsolePages.isHtmx(request)) {
            model.addAttribute("alert", Shown.lenient(moved));
            model.addAttribute("done", done);
            return "inspection/alert :: alert";
        }
        redirect.addFlashAttribute("done", done);
        redirect.addAttribute("id", id);
        return "redirect:/console/inspection/alert";
    }

    /** The lookup form's answer: the case's page. */
    @GetMapping("/cases")
    String findCase(@RequestParam String caseId) {
        return "redirect:/console/inspection/cases/"
                + UriUtils.encodePathSegment(caseId.strip(), StandardCharsets.UTF_8);
    }

    @GetMapping("/cases/{caseId}")
    String caseTimeline(@PathVariable String caseId, Model model) {
        model.addAttribute("c", Shown.lenient(calls.caseTimeline(caseId)));
        return "inspection/case";
    }

    @GetMapping("/reviews")
    String reviews(@RequestParam(defaultValue = "0") int page, Model model) {
        ResponseEntity<List<Map<String, Object>>> answer = calls.reviews(page, PAGE_SIZE);
        model.addAttribute("reviews", Shown.lenient(body(answer)));
        paging(model, answer, page, UriComponentsBuilder.fromPath("/console/inspection/reviews"));
        return "inspection/reviews";
    }

    @PostMapping("/reviews/{caseId}/finding")
    String recordFinding(
            @PathVariable String caseId,
            @RequestParam String finding,
            @RequestParam(required = false) String category,
            @RequestParam String note,
            RedirectAttributes redirect) {
        calls.recordFinding(caseId, finding, category, note);
        redirect.addFlashAttribute("done", "复核结论已记录。");
        return "redirect:/console/inspection/reviews";
    }

    /** The complaints the inspectors handle that are assigned to the caller or to no one. */
    @GetMapping("/complaints")
    String complaints(
            @RequestParam(required = false) String department,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal OidcUser user,
            Model model) {
        ResponseEntity<List<Map<String, Object>>> answer = calls.complaints(department, status, page, PAGE_SIZE);
        String me = StaffMember.of(user).username();
        model.addAttribute(
                "complaints",
                Shown.lenient(
                        body(answer).stream().filter(c -> mineOrNoOnes(c, me)).toList()));
        model.addAttribute("department", department);
        model.addAttribute("status", status);
        paging(
                model,
                answer,
                page,
                UriComponentsBuilder.fromPath("/console/inspection/complaints")
                        .queryParamIfPresent("department", nonBlank(department))
                        .queryParamIfPresent("status", nonBlank(status)));
        return "inspection/complaints";
    }

    @GetMapping("/complaints/{complaintId}")
    String complaint(@PathVariable String complaintId, Model model) {
        model.addAttribute("c", Shown.lenient(calls.complaint(complaintId)));
        return "inspection/complaint";
    }

    @PostMapping("/complaints/{complaintId}/assign")
    String assign(@PathVariable String complaintId, @RequestParam String assignee, RedirectAttributes redirect) {
        calls.assignComplaint(complaintId, assignee.strip());
        return backToComplaint(complaintId, "投诉已分派给 " + assignee.strip() + "。", redirect);
    }

    @PostMapping("/complaints/{complaintId}/answer")
    String answer(@PathVariable String complaintId, @RequestParam String reply, RedirectAttributes redirect) {
        calls.answerComplaint(complaintId, reply);
        return backToComplaint(complaintId, "已答复投诉人。", redirect);
    }

    @PostMapping("/complaints/{complaintId}/close")
    String close(
            @PathVariable String complaintId,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        calls.closeComplaint(complaintId, note);
        return backToComplaint(complaintId, "投诉已办结。", redirect);
    }

    private static String backToComplaint(String complaintId, String done, RedirectAttributes redirect) {
        redirect.addFlashAttribute("done", done);
        return "redirect:/console/inspection/complaints/"
                + UriUtils.encodePathSegment(complaintId, StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    static boolean mineOrNoOnes(Map<String, Object> complaint, String me) {
        Object assignee = complaint.get("assignee");
        return assignee == null
                || String.valueOf(assignee).isBlank()
                || String.valueOf(assignee).equals(me);
    }

    private static List<Map<String, Object>> body(ResponseEntity<List<Map<String, Object>>> answer) {
        return answer.getBody() == null ? List.of() : answer.getBody();
    }

    private static java.util.Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(value);
    }

    /** The page shown, the total the service counted ({@code X-Total-Count}) and links to the pages around. */
    private static void paging(
            Model model, ResponseEntity<List<Map<String, Object>>> answer, int page, UriComponentsBuilder link) {
        long total = body(answer).size();
        String header = answer.getHeaders().getFirst("X-Total-Count");
        if (header != null) {
            try {
                total = Long.parseLong(header);
            } catch (NumberFormatException ignored) {
                // the page's own size then
            }
        }
        long pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("page", page);
        model.addAttribute("pages", pages);
        model.addAttribute("total", total);
        model.addAttribute(
                "previous",
                page > 0
                        ? link.cloneBuilder()
                                .queryParam("page", page - 1)
                                .build()
                                .encode()
                                .toUriString()
                        : null);
        model.addAttribute(
                "next",
                page + 1 < pages
                        ? link.cloneBuilder()
                                .queryParam("page", page + 1)
                                .build()
                                .encode()
                                .toUriString()
                        : null);
    }
}
