package io.onewindow.console.admin.points.web;

import io.onewindow.console.admin.points.HoursForm;
import io.onewindow.console.admin.points.PointForm;
import io.onewindow.console.admin.points.PostsForm;
import io.onewindow.console.admin.points.ServicePointCalls;
import io.onewindow.console.gateway.ServiceProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Service points and windows (服务网点与窗口) and staff posts: find a point, create one, change its
 * particulars and windows, its opening hours, close a day (platform admins); offer or withdraw a
 * matter at a point and set a staff member's posts (platform admins and the department admins the
 * service lets). Every change sends the ETag the page was built from; a stale one is refused (412).
 */
@Controller
@RequestMapping("/console/admin")
@PreAuthorize("hasAnyRole('dept-admin', 'platform-admin')")
class ServicePointController {

    private final ServicePointCalls calls;

    ServicePointController(ServicePointCalls calls) {
        this.calls = calls;
    }

    @GetMapping("/service-points")
    String points(
            @RequestParam(required = false) String text,
            @RequestParam(required = false) Integer tier,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("text", text == null ? "" : text);
        model.addAttribute("tier", tier);
        model.addAttribute(
                "pageBase",
                UriComponentsBuilder.fromPath("/console/admin/service-points")
                        .queryParamIfPresent(
                                "text", java.util.Optional.ofNullable(text).filter(t -> !t.isBlank()))
                        .queryParamIfPresent("tier", java.util.Optional.ofNullable(tier))
                        .encode()
                        .build()
                        .toUriString());
        model.addAttribute("points", calls.points(text, tier, Math.max(0, page)));
        return "admin/points/points";
    }

    @GetMapping("/service-points/new")
    @PreAuthorize("hasRole('platform-admin')")
    String newPoint(Model model) {
        model.addAttribute("form", new PointForm().withBlankWindows(0));
        return "admin/points/new";
    }

    @PostMapping("/service-points")
    @PreAuthorize("hasRole('platform-admin')")
    String create(
            @ModelAttribute("form") PointForm form,
            BindingResult binding,
            @RequestParam(defaultValue = "save") String action,
            Model model,
            HttpServletResponse response) {
        if (!"save".equals(action) || binding.hasErrors()) {
            if (binding.hasErrors() && "save".equals(action)) {
                response.setStatus(400);
            }
            form.withBlankWindows("addWindow".equals(action) ? 1 : 0);
            return "admin/points/new";
        }
        try {
            calls.create(form);
            return redirect(form.getId().strip(), "created");
        } catch (ServiceProblem problem) {
            model.addAttribute("problem", problem);
            response.setStatus(statusOf(problem));
            form.withBlankWindows(0);
            return "admin/points/new";
        }
    }

    @GetMapping("/service-points/{id}")
    String point(@PathVariable String id, @RequestParam(required = false) String done, Model model) {
        model.addAttribute("done", done);
        return pointPage(id, null, model);
    }

    @PostMapping("/service-points/{id}")
    @PreAuthorize("hasRole('platform-admin')")
    String change(
            @PathVariable String id,
            @RequestParam String etag,
            @ModelAttribute("form") PointForm form,
            BindingResult binding,
            @RequestParam(defaultValue = "save") String action,
            Model model,
            HttpServletResponse response) {
        if (!"save".equals(action) || binding.hasErrors()) {
            if (binding.hasErrors() && "save".equals(action)) {
                response.setStatus(400);
            }
            form.withBlankWindows("addWindow".equals(action) ? 1 : 0);
            return pointPage(id, form, model);
        }
        try {
            calls.change(id, etag, form);
            return redirect(id, "changed");
        } catch (ServiceProblem problem) {
            return refused(id, form.withBlankWindows(0), problem, model, response);
        }
    }

    @PostMapping("/service-points/{id}/hours")
    @PreAuthorize("hasRole('platform-admin')")
    String hours(
            @PathVariable String id,
            @RequestParam String etag,
            @ModelAttribute("hoursForm") HoursForm hours,
            @RequestParam String reason,
            Model model,
            HttpServletResponse response) {
        try {
            calls.hours(id, etag, hours, reason);
            return redirect(id, "hours");
        } catch (ServiceProblem problem) {
            return refused(id, null, problem, model, response);
        }
    }

    @PostMapping("/service-points/{id}/closures")
    @PreAuthorize("hasRole('platform-admin')")
    String closeDay(
            @PathVariable String id,
            @RequestParam String day,
            @RequestParam String reason,
            Model model,
            HttpServletResponse response) {
        try {
            calls.closeDay(id, day, reason);
            return redirect(id, "closed");
        } catch (ServiceProblem problem) {
            return refused(id, null, problem, model, response);
        }
    }

    @PostMapping("/service-points/{id}/offers")
    String offer(
            @PathVariable String id,
            @RequestParam String etag,
            @RequestParam String matterCode,
            @RequestParam String line,
            @RequestParam int minutesPerVisit,
            @RequestParam int placesPerSlot,
            @RequestParam(required = false) String reason,
            Model model,
            HttpServletResponse response) {
        try {
            calls.offer(id, etag, matterCode.strip(), line, minutesPerVisit, placesPerSlot, reason);
            return redirect(id, "offered");
        } catch (ServiceProblem problem) {
            return refused(id, null, problem, model, response);
        }
    }

    @PostMapping("/service-points/{id}/offers/{matterCode}/withdrawal")
    String withdraw(
            @PathVariable String id,
            @PathVariable String matterCode,
            @RequestParam String etag,
            @RequestParam String reason,
            Model model,
            HttpServletResponse response) {
        try {
            calls.withdraw(id, etag, matterCode, reason);
            return redirect(id, "withdrawn");
        } catch (ServiceProblem problem) {
            return refused(id, null, problem, model, response);
        }
    }

    @GetMapping("/staff")
    String staff(
            @RequestParam(required = false) String username, @RequestParam(required = false) String done, Model model) {
        model.addAttribute("done", done);
        if (username == null || username.isBlank()) {
            return "admin/points/staff";
        }
        return staffPage(username.strip(), model);
    }

    @PostMapping("/staff/{username}")
    String assign(
            @PathVariable String username,
            @RequestParam(required = false) String etag,
            @ModelAttribute("form") PostsForm form,
            @RequestParam(defaultValue = "save") String action,
            Model model,
            HttpServletResponse response) {
        if (!"save".equals(action)) {
            model.addAttribute("username", username);
            model.addAttribute("etag", etag);
            model.addAttribute("form", form.withBlankRows(1));
            return "admin/points/staff";
        }
        try {
            calls.assign(username, etag == null || etag.isBlank() ? null : etag, form);
            return "redirect:"
                    + UriComponentsBuilder.fromPath("/console/admin/staff")
                            .queryParam("username", username)
                            .queryParam("done", "assigned")
                            .encode()
                            .build()
                            .toUriString();
        } catch (ServiceProblem problem) {
            model.addAttribute("problem", problem);
            response.setStatus(statusOf(problem));
            model.addAttribute("username", username);
            model.addAttribute("etag", etag);
            model.addAttribute("form", form.withBlankRows(0));
            return "admin/points/staff";
        }
    }

    private String staffPage(String username, Model model) {
        model.addAttribute("username", username);
        try {
            ResponseEntity<Map<String, Object>> answer = calls.staff(username);
            model.addAttribute("assignment", answer.getBody());
            model.addAttribute("etag", answer.getHeaders().getFirst(HttpHeaders.ETAG));
            model.addAttribute(
                    "form",
                    PostsForm.of(answer.getBody() == null ? Map.of() : answer.getBody())
                            .withBlankRows(0));
        } catch (ServiceProblem problem) {
            if (problem.status() != 404) {
                throw problem;
            }
            // never posted: the form creates his posts (no If-Match)
            model.addAttribute("neverPosted", true);
            model.addAttribute("form", new PostsForm().withBlankRows(0));
        }
        return "admin/points/staff";
    }

    private String pointPage(String id, PointForm edited, Model model) {
        ResponseEntity<Map<String, Object>> answer = calls.point(id);
        Map<String, Object> point = answer.getBody() == null ? Map.of() : answer.getBody();
        model.addAttribute("id", id);
        model.addAttribute("point", point);
        model.addAttribute("etag", answer.getHeaders().getFirst(HttpHeaders.ETAG));
        model.addAttribute("form", edited != null ? edited : PointForm.of(point).withBlankWindows(0));
        model.addAttribute("hoursForm", PointForm.of(point).getHours());
        model.addAttribute("weekdays", HoursForm.WEEKDAYS);
        return "admin/points/point";
    }

    private String refused(
            String id, PointForm edited, ServiceProblem problem, Model model, HttpServletResponse response) {
        model.addAttribute("problem", problem);
        response.setStatus(statusOf(problem));
        return pointPage(id, edited, model);
    }

    private static String redirect(String id, String done) {
        return "redirect:"
                + UriComponentsBuilder.fromPath("/console/admin/service-points/{id}")
                        .queryParam("done", done)
                        .buildAndExpand(id)
                        .encode()
                        .toUriString();
    }

    private static int statusOf(ServiceProblem problem) {
        return problem.status() >= 400 && problem.status() < 600 ? problem.status() : 502;
    }
}
