package io.onewindow.console.admin.calendar.web;

import io.onewindow.console.admin.calendar.CalendarCalls;
import io.onewindow.console.admin.calendar.YearForm;
import io.onewindow.console.gateway.ServiceProblem;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The calendar's official years (法定工作日历): the years entered and their state, entering a year
 * from the State Council's notice, and confirming or rejecting a year another platform admin
 * entered (the calendar refuses the one who entered it).
 */
@Controller
@RequestMapping("/console/admin/calendar")
@PreAuthorize("hasRole('platform-admin')")
class CalendarController {

    private final CalendarCalls calls;

    CalendarController(CalendarCalls calls) {
        this.calls = calls;
    }

    @GetMapping
    String years(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String done, Model model) {
        model.addAttribute("done", done);
        return page(YearForm.blank(), Math.max(0, page), model);
    }

    @PostMapping("/years")
    String enter(
            @ModelAttribute("form") YearForm form,
            BindingResult binding,
            @RequestParam(defaultValue = "save") String action,
            Model model,
            HttpServletResponse response) {
        if ("addDayOff".equals(action) || "addMakeUp".equals(action)) {
            form.withRows("addDayOff".equals(action) ? 5 : 0, "addMakeUp".equals(action) ? 2 : 0);
            return page(form, 0, model);
        }
        if (binding.hasErrors()) {
            response.setStatus(400);
            return page(form, 0, model);
        }
        try {
            calls.enter(form);
            return "redirect:/console/admin/calendar?done=entered";
        } catch (ServiceProblem problem) {
            return refused(form, problem, model, response);
        }
    }

    @PostMapping("/proposals/{id}/confirmation")
    String confirm(@PathVariable String id, Model model, HttpServletResponse response) {
        try {
            calls.confirm(id);
            return "redirect:/console/admin/calendar?done=confirmed";
        } catch (ServiceProblem problem) {
            return refused(YearForm.blank(), problem, model, response);
        }
    }

    @PostMapping("/proposals/{id}/rejection")
    String reject(@PathVariable String id, @RequestParam String reason, Model model, HttpServletResponse response) {
        try {
            calls.reject(id, reason);
            return "redirect:/console/admin/calendar?done=rejected";
        } catch (ServiceProblem problem) {
            return refused(YearForm.blank(), problem, model, response);
        }
    }

    private String page(YearForm form, int page, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("proposals", calls.proposals(page));
        return "admin/calendar/years";
    }

    private String refused(YearForm form, ServiceProblem problem, Model model, HttpServletResponse response) {
        model.addAttribute("problem", problem);
        response.setStatus(problem.status() >= 400 && problem.status() < 600 ? problem.status() : 502);
        return page(form, 0, model);
    }
}
