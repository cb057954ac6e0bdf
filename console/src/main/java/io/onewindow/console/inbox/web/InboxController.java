package io.onewindow.console.inbox.web;

import io.onewindow.console.inbox.InboxCalls;
import io.onewindow.console.web.ConsolePages;
import io.onewindow.console.web.Shown;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The approver's inbox (审批待办): the department's accepted cases waiting for a review step or the
 * decision, nearest due date first, each with its clock; one case's file, materials and the
 * approver's actions. approval-service decides every action and answers the case as it then is.
 */
@Controller
@RequestMapping("/console/inbox")
@PreAuthorize("hasRole('approver')")
class InboxController {

    static final int PAGE_SIZE = 20;

    /** Nearest promised due date first, then the statutory one; cases without a date last. */
    static final Comparator<Map<String, Object>> BY_DUE_DATE = Comparator.comparing(
                    (Map<String, Object> c) -> clockDate(c, "promisedDueDate"),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(c -> clockDate(c, "statutoryDueDate"), Comparator.nullsLast(Comparator.naturalOrder()));

    private final InboxCalls calls;

    InboxController(InboxCalls calls) {
        this.calls = calls;
    }

    @GetMapping({"", "/"})
    String inbox(@RequestParam(defaultValue = "0") int page, Model model) {
        List<Map<String, Object>> waiting =
                calls.acceptedCases().stream().sorted(BY_DUE_DATE).toList();
        int pages = Math.max(1, (waiting.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 0), pages - 1);
        model.addAttribute(
                "cases",
                Shown.lenient(
                        waiting.subList(current * PAGE_SIZE, Math.min(waiting.size(), (current + 1) * PAGE_SIZE))));
        model.addAttribute("total", waiting.size());
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        return "inbox/inbox";
    }

    @GetMapping("/cases/{caseId}")
    String caseFile(@PathVariable String caseId, Model model) {
        model.addAttribute("c", Shown.lenient(calls.caseFile(caseId)));
        return "inbox/case";
    }

    /** A material, always as a download with the service's content type (never shown inline). */
    @GetMapping("/cases/{caseId}/files/{fileId}")
    void material(@PathVariable String caseId, @PathVariable String fileId, HttpServletResponse response) {
        calls.material(caseId, fileId, (headers, body) -> {
            MediaType type = headers.getContentType();
            response.setContentType(type == null ? MediaType.APPLICATION_OCTET_STREAM_VALUE : type.toString());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(headers, fileId));
            response.setHeader("X-Content-Type-Options", "nosniff");
            if (headers.getContentLength() >= 0) {
                response.setContentLengthLong(headers.getContentLength());
            }
            body.transferTo(response.getOutputStream());
        });
    }

    @PostMapping("/cases/{caseId}/steps")
    String completeStep(
            @PathVariable String caseId,
            @RequestParam String stepCode,
            @RequestParam(required = false) String opinion,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        return answered(calls.completeStep(caseId, stepCode, opinion), "审查环节已完成。", caseId, request, model, redirect);
    }

    @PostMapping("/cases/{caseId}/approval")
    String approve(@PathVariable String caseId, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        return answered(calls.approve(caseId), "已作出准予许可决定。", caseId, request, model, redirect);
    }

    @PostMapping("/cases/{caseId}/denial")
    String deny(
            @PathVariable String caseId,
            @RequestParam String reason,
            @RequestParam(required = false) String legalBasis,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        return answered(calls.deny(caseId, reason, legalBasis), "已作出不予许可决定。", caseId, request, model, redirect);
    }

    @PostMapping("/cases/{caseId}/extension")
    String extend(
            @PathVariable String caseId,
            @RequestParam int workingDays,
            @RequestParam String reason,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        return answered(calls.extend(caseId, workingDays, reason), "审批期限已延长。", caseId, request, model, redirect);
    }

    @PostMapping("/cases/{caseId}/suspensions")
    String suspend(
            @PathVariable String caseId,
            @RequestParam String procedure,
            @RequestParam String reason,
            @RequestParam int expectedWorkingDays,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        return answered(
                calls.suspend(caseId, procedure, reason, expectedWorkingDays),
                "计时已中止。",
                caseId,
                request,
                model,
                redirect);
    }

    @PostMapping("/cases/{caseId}/resumption")
    String resume(@PathVariable String caseId, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        return answered(calls.resume(caseId), "计时已恢复。", caseId, request, model, redirect);
    }

    /** The case as the service answered the action: the page's case part (htmx), else the page again. */
    private static String answered(
            Map<String, Object> answer,
            String done,
            String caseId,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        if (ConsolePages.isHtmx(request)) {
            model.addAttribute("c", Shown.lenient(answer));
            model.addAttribute("done", done);
            return "inbox/case :: case";
        }
        redirect.addFlashAttribute("done", done);
        return "redirect:/console/inbox/cases/"
                + org.springframework.web.util.UriUtils.encodePathSegment(
                        caseId, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Always an attachment, with the service's file name when it gave one. */
    static String attachment(HttpHeaders headers, String fileId) {
        String given = headers.getFirst(HttpHeaders.CONTENT_DISPOSITION);
        String name = null;
        if (given != null) {
            try {
                name = ContentDisposition.parse(given).getFilename();
            } catch (IllegalArgumentException unreadable) {
                name = null;
            }
        }
        return ContentDisposition.attachment()
                .filename(name == null || name.isBlank() ? fileId : name, java.nio.charset.StandardCharsets.UTF_8)
                .build()
                .toString();
    }

    @SuppressWarnings("unchecked")
    static String clockDate(Map<String, Object> c, String field) {
        return c.get("clock") instanceof Map<?, ?> clock && clock.get(field) instanceof String date ? date : null;
    }
}
