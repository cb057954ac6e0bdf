package io.onewindow.console.workbench.web;

import io.onewindow.console.gateway.ServiceProblem;
import io.onewindow.console.web.ConsolePages;
import io.onewindow.console.workbench.WorkbenchCalls;
import io.onewindow.platform.identity.InvalidIdentifierException;
import io.onewindow.platform.identity.ResidentIdNumber;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The window officer's workbench (窗口工作台): the point and window he sits at, today's queue there
 * (refreshed every few seconds; 叫号, 重呼, 办结, 未到), check-in and walk-in tickets, receiving a
 * ticket's visit as a case, and acting on the case at the counter (one-time correction notice,
 * 受理 / 不予受理, 当场办结, 送达). Every action is the services' decision; the pages show their answer.
 */
@Controller
@RequestMapping("/console/workbench")
@PreAuthorize("hasRole('window-officer')")
class WorkbenchController {

    private final WorkbenchCalls calls;

    WorkbenchController(WorkbenchCalls calls) {
        this.calls = calls;
    }

    /** Where the officer sits: a point of the hall directory (then his windows there). */
    @GetMapping({"", "/"})
    String choosePoint(Model model) {
        model.addAttribute("points", calls.servicePoints());
        return "workbench/points";
    }

    /**
     * Today's queue at the point, at the chosen window: the tickets called to it, the waiting list and
     * the counter's forms. Without a window (or one he does not hold there) the windows he holds are
     * offered first.
     */
    @GetMapping("/queue")
    String queuePage(@RequestParam String point, @RequestParam(required = false) String window, Model model) {
        Map<String, Object> queue = calls.queue(point);
        List<String> windows = strings(queue.get("windows"));
        model.addAttribute("point", point);
        model.addAttribute("windows", windows);
        model.addAttribute("servicePoint", calls.servicePoint(point));
        if (window == null || !windows.contains(window)) {
            return "workbench/windows";
        }
        live(model, queue, point, window, null);
        return "workbench/queue";
    }

    /** The live part of the queue page (htmx, every few seconds). */
    @GetMapping("/queue/live")
    String queueLive(@RequestParam String point, @RequestParam String window, Model model) {
        live(model, calls.queue(point), point, window, null);
        return "workbench/queue :: live";
    }

    /** 叫号: the next ticket of a line to my window; nobody waiting is said so. */
    @PostMapping("/call")
    String callNext(
            @RequestParam String point,
            @RequestParam String line,
            @RequestParam String window,
            Model model,
            HttpServletRequest request) {
        Map<String, Object> called = calls.callNext(point, line, window);
        String message = called.isEmpty()
                ? "队列 " + line + " 当前无人等候。"
                : "已叫号 " + called.get("number") + "，请到 " + window + " 号窗口。";
        return afterQueueAction(point, window, message, model, request);
    }

    /** 重呼: announce a called ticket again. */
    @PostMapping("/tickets/{ticketId}/recall")
    String recall(
            @PathVariable String ticketId,
            @RequestParam String point,
            @RequestParam String window,
            Model model,
            HttpServletRequest request) {
        Map<String, Object> ticket = calls.recall(ticketId);
        return afterQueueAction(point, window, "已重呼 " + ticket.get("number") + "。", model, request);
    }

    /** 办结/已到 ({@code absent=false}) or 未到 ({@code absent=true}). */
    @PostMapping("/tickets/{ticketId}/finish")
    String finish(
            @PathVariable String ticketId,
            @RequestParam String point,
            @RequestParam String window,
            @RequestParam boolean absent,
            Model model,
            HttpServletRequest request) {
        Map<String, Object> ticket = calls.finish(ticketId, absent);
        String message = ticket.get("number") + (absent ? " 已记为未到。" : " 已办结。");
        return afterQueueAction(point, window, message, model, request);
    }

    /** Check-in by booking code and the ID number read from the card (its check character checked first). */
    @PostMapping("/check-ins")
    String checkIn(
            @RequestParam String point,
            @RequestParam String window,
            @RequestParam String bookingCode,
            @RequestParam String idNumber,
            @RequestParam(defaultValue = "false") boolean priority,
            Model model,
            HttpServletRequest request) {
        String id = residentId("idNumber", idNumber);
        Map<String, Object> ticket = calls.checkIn(bookingCode.strip().toUpperCase(), id, priority);
        return issued(point, window, ticket, "签到成功", model, request);
    }

    /** A walk-in ticket for a matter offered at the point. */
    @PostMapping("/walk-ins")
    String walkIn(
            @RequestParam String point,
            @RequestParam String window,
            @RequestParam String matterCode,
            @RequestParam String idNumber,
            @RequestParam(defaultValue = "false") boolean priority,
            Model model,
            HttpServletRequest request) {
        String id = residentId("walkInIdNumber", idNumber);
        Map<String, Object> ticket = calls.walkIn(point, matterCode, id, priority);
        return issued(point, window, ticket, "已取号", model, request);
    }

    /** A ticket: what it is for, the matter's materials (the catalog's checklist) and receiving it as a case. */
    @GetMapping("/tickets/{ticketId}")
    String ticket(@PathVariable String ticketId, @RequestParam String point, @RequestParam String window, Model model) {
        Map<String, Object> ticket = calls.ticket(ticketId);
        model.addAttribute("ticket", ticket);
        model.addAttribute("point", point);
        model.addAttribute("window", window);
        List<Map<String, Object>> matters = new ArrayList<>();
        for (String code : matterCodes(ticket)) {
            matters.add(calls.matter(code));
        }
        model.addAttribute("matters", matters);
        model.addAttribute("linked", ticket.get("linkedBusiness") != null);
        return "workbench/ticket";
    }

    /** 收件: the visit becomes a case (a linked ticket one linked filing); then the case's page. */
    @PostMapping("/tickets/{ticketId}/case")
    String receive(
            @PathVariable String ticketId,
            @RequestParam String point,
            @RequestParam String window,
            @RequestParam String principalName,
            @RequestParam String principalIdNumber,
            HttpServletRequest request,
            HttpServletResponse response) {
        String id = residentId("principalIdNumber", principalIdNumber);
        Map<String, Object> ticket = calls.ticket(ticketId);
        String caseId;
        if (ticket.get("linkedBusiness") != null) {
            Map<String, Object> filing =
                    calls.receiveLinked(ticketId, window, matterCodes(ticket), principalName.strip(), id);
            caseId = String.valueOf(first(filing.get("parts")).get("id"));
        } else {
            Map<String, Object> received = calls.receive(
                    ticketId, window, String.valueOf(ticket.get("matterCode")), principalName.strip(), id);
            caseId = String.valueOf(received.get("id"));
        }
        return go(casePath(caseId, point, window), request, response);
    }

    /** A case at the counter: its state, clock, pre-review and what may be done next. */
    @GetMapping("/cases/{caseId}")
    String caseAtTheCounter(
            @PathVariable String caseId, @RequestParam String point, @RequestParam String window, Model model) {
        Map<String, Object> found = calls.caseOf(caseId);
        Map<String, Object> matter = calls.matter(String.valueOf(found.get("matterCode")));
        Map<String, Object> definition = object(matter.get("definition"));
        model.addAttribute("kase", found);
        model.addAttribute("clock", object(found.get("clock")));
        model.addAttribute("matter", matter);
        model.addAttribute("materials", objects(definition.get("materials")));
        model.addAttribute("missing", missing(found));
        model.addAttribute(
                "onTheSpot",
                "ON_THE_SPOT".equals(definition.get("caseType"))
                        || Boolean.TRUE.equals(definition.get("windowMayDecide")));
        model.addAttribute("point", point);
        model.addAttribute("window", window);
        return "workbench/case";
    }

    /** 一次性告知: every missing or defective material chosen from the catalog's list, each with its problem. */
    @PostMapping("/cases/{caseId}/corrections")
    String correct(
            @PathVariable String caseId,
            @RequestParam String point,
            @RequestParam String window,
            @RequestParam(name = "material", required = false) List<String> chosen,
            @RequestParam(required = false) String justification,
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (chosen == null || chosen.isEmpty()) {
            throw local("console.workbench.no-material", "请至少选择一项需要补正的材料。", "material");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        for (String material : chosen) {
            String problem = form.getOrDefault("problem-" + material, "").strip();
            if (problem.isEmpty()) {
                throw local("console.workbench.no-problem", "请写明材料「" + material + "」的问题。", "problem-" + material);
            }
            problems.put(material, problem);
        }
        calls.correct(caseId, problems, justification);
        return go(casePath(caseId, point, window), request, response);
    }

    /** 受理. */
    @PostMapping("/cases/{caseId}/acceptance")
    String accept(
            @PathVariable String caseId,
            @RequestParam String point,
            @RequestParam String window,
            HttpServletRequest request,
            HttpServletResponse response) {
        calls.accept(caseId);
        return go(casePath(caseId, point, window), request, response);
    }

    /** 不予受理, with reason and legal basis. */
    @PostMapping("/cases/{caseId}/refusal")
    String refuse(
            @PathVariable String caseId,
            @RequestParam String point,
            @RequestParam String window,
            @RequestParam String reason,
            @RequestParam String legalBasis,
            HttpServletRequest request,
            HttpServletResponse response) {
        calls.refuse(caseId, reason.strip(), legalBasis.strip());
        return go(casePath(caseId, point, window), request, response);
    }

    /** 当场办结: accept and approve at once, where the matter allows it (the service decides). */
    @PostMapping("/cases/{caseId}/on-the-spot-decision")
    String decideOnTheSpot(
            @PathVariable String caseId,
            @RequestParam String point,
            @RequestParam String window,
            HttpServletRequest request,
            HttpServletResponse response) {
        calls.decideOnTheSpot(caseId);
        return go(casePath(caseId, point, window), request, response);
    }

    /** 送达: the result handed out at this window to the collector whose ID card was read. */
    @PostMapping("/cases/{caseId}/completion")
    String deliver(
            @PathVariable String caseId,
            @RequestParam String point,
            @RequestParam String window,
            @RequestParam String collectorIdNumber,
            HttpServletRequest request,
            HttpServletResponse response) {
        String id = residentId("collectorIdNumber", collectorIdNumber);
        calls.deliver(caseId, point, window, id);
        return go(casePath(caseId, point, window), request, response);
    }

    private void live(Model model, Map<String, Object> queue, String point, String window, String message) {
        List<Map<String, Object>> lines = objects(queue.get("lines"));
        List<Map<String, Object>> atMyWindow = new ArrayList<>();
        for (Map<String, Object> line : lines) {
            for (Map<String, Object> ticket : objects(line.get("called"))) {
                if (window.equals(ticket.get("window"))) {
                    atMyWindow.add(ticket);
                }
            }
        }
        model.addAttribute("point", point);
        model.addAttribute("window", window);
        model.addAttribute("lines", lines);
        model.addAttribute("atMyWindow", atMyWindow);
        model.addAttribute("message", message);
    }

    private String afterQueueAction(
            String point, String window, String message, Model model, HttpServletRequest request) {
        if (!ConsolePages.isHtmx(request)) {
            return "redirect:" + queuePath(point, window);
        }
        live(model, calls.queue(point), point, window, message);
        return "workbench/queue :: live";
    }

    private String issued(
            String point,
            String window,
            Map<String, Object> ticket,
            String what,
            Model model,
            HttpServletRequest request) {
        if (!ConsolePages.isHtmx(request)) {
            return "redirect:" + queuePath(point, window);
        }
        model.addAttribute("issued", ticket);
        model.addAttribute("what", what);
        model.addAttribute("point", point);
        model.addAttribute("window", window);
        return "workbench/queue :: issued";
    }

    /** After a case action: the case's page again (htmx is told to load it as a page). */
    private static String go(String path, HttpServletRequest request, HttpServletResponse response) {
        if (ConsolePages.isHtmx(request)) {
            response.setHeader("HX-Redirect", path);
            return "fragments/problem :: empty";
        }
        return "redirect:" + path;
    }

    static String queuePath(String point, String window) {
        return UriComponentsBuilder.fromPath("/console/workbench/queue")
                .queryParam("point", point)
                .queryParam("window", window)
                .encode()
                .toUriString();
    }

    static String casePath(String caseId, String point, String window) {
        return UriComponentsBuilder.fromPath("/console/workbench/cases/{id}")
                .queryParam("point", point)
                .queryParam("window", window)
                .encode()
                .buildAndExpand(caseId)
                .toUriString();
    }

    /**
     * The ID number as read from the card, checked before anything is sent: 18 characters, a real
     * birth date and the GB 11643 check character.
     */
    static String residentId(String field, String typed) {
        String value = typed == null ? "" : typed.strip().toUpperCase();
        try {
            return ResidentIdNumber.of(value).value();
        } catch (InvalidIdentifierException e) {
            String detail = switch (e.code()) {
                case ResidentIdNumber.CHECK_CHARACTER -> "身份证号码校验位不符（GB 11643），请核对证件后重新输入。";
                case ResidentIdNumber.BIRTH_DATE -> "身份证号码中的出生日期无效，请核对证件。";
                case ResidentIdNumber.REQUIRED -> "请填写身份证号码。";
                default -> "身份证号码应为18位：17位数字加1位数字或X。";
            };
            throw new ServiceProblem(
                    400,
                    "console.resident-id",
                    "身份证号码有误",
                    detail,
                    List.of(new ServiceProblem.FieldError(field, detail)));
        }
    }

    private static ServiceProblem local(String code, String detail, String field) {
        return new ServiceProblem(400, code, "请补充填写", detail, List.of(new ServiceProblem.FieldError(field, detail)));
    }

    /** The materials pre-review found missing ({@code "<code>: missing"} in {@code defects}). */
    private static List<String> missing(Map<String, Object> found) {
        List<String> codes = new ArrayList<>();
        for (String defect : strings(found.get("defects"))) {
            int colon = defect.indexOf(':');
            if (colon > 0 && defect.substring(colon + 1).strip().equals("missing")) {
                codes.add(defect.substring(0, colon));
            }
        }
        return codes;
    }

    private static List<String> matterCodes(Map<String, Object> ticket) {
        List<String> codes = new ArrayList<>();
        for (Map<String, Object> part : objects(ticket.get("linkedParts"))) {
            codes.add(String.valueOf(part.get("matterCode")));
        }
        if (codes.isEmpty() && ticket.get("matterCode") != null) {
            codes.add(String.valueOf(ticket.get("matterCode")));
        }
        return codes;
    }

    private static Map<String, Object> first(Object list) {
        List<Map<String, Object>> all = objects(list);
        if (all.isEmpty()) {
            throw new ServiceProblem(502, "console.no-case", "未收到办件", "服务未返回办件。", List.of());
        }
        return all.get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> objects(Object value) {
        List<Map<String, Object>> list = new ArrayList<>();
        if (value instanceof List<?> items) {
            for (Object item : items) {
                if (item instanceof Map<?, ?> map) {
                    list.add((Map<String, Object>) map);
                }
            }
        }
        return list;
    }

    private static List<String> strings(Object value) {
        List<String> list = new ArrayList<>();
        if (value instanceof List<?> items) {
            for (Object item : items) {
                if (item != null) {
                    list.add(String.valueOf(item));
                }
            }
        }
        return list;
    }
}
