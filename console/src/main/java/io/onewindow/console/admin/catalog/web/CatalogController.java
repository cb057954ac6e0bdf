package io.onewindow.console.admin.catalog.web;

import io.onewindow.console.admin.catalog.CatalogCalls;
import io.onewindow.console.admin.catalog.MatterForm;
import io.onewindow.console.gateway.ServiceProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
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

/**
 * The matter catalog (事项目录): find a matter, see every version with its content hash and the
 * departments' approvals, draft the next version and revise a draft (catalog admins), approve the
 * content named by its hash and publish it (department admins, platform admins). The four-eyes
 * rules are the catalog's: its refusals are shown on the page.
 */
@Controller
@RequestMapping("/console/admin/catalog")
@PreAuthorize("hasAnyRole('catalog-admin', 'dept-admin', 'platform-admin')")
class CatalogController {

    private final CatalogCalls calls;

    CatalogController(CatalogCalls calls) {
        this.calls = calls;
    }

    @GetMapping
    String matters(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute(
                "pageBase",
                org.springframework.web.util.UriComponentsBuilder.fromPath("/console/admin/catalog")
                        .queryParamIfPresent(
                                "q", java.util.Optional.ofNullable(q).filter(t -> !t.isBlank()))
                        .encode()
                        .build()
                        .toUriString());
        model.addAttribute("matters", calls.matters(q, Math.max(0, page)));
        return "admin/catalog/matters";
    }

    @GetMapping("/{code}")
    String versions(
            @PathVariable String code,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String done,
            Model model) {
        model.addAttribute("done", done);
        return versionsPage(code, Math.max(0, page), model);
    }

    @GetMapping("/drafts/new")
    @PreAuthorize("hasRole('catalog-admin')")
    String newDraft(@RequestParam(required = false) String from, Model model) {
        MatterForm form = new MatterForm();
        if (from != null && !from.isBlank()) {
            List<Map<String, Object>> versions = calls.versions(from, 0).items();
            if (!versions.isEmpty() && versions.get(0).get("definition") instanceof Map<?, ?> definition) {
                @SuppressWarnings("unchecked")
                Map<String, Object> latest = (Map<String, Object>) definition;
                form = MatterForm.of(latest);
            } else {
                form.setCode(from);
            }
        }
        return formPage(form.withBlankRows(0, 0), null, null, model);
    }

    @PostMapping("/drafts")
    @PreAuthorize("hasRole('catalog-admin')")
    String draft(
            @ModelAttribute("form") MatterForm form,
            BindingResult binding,
            @RequestParam(defaultValue = "save") String action,
            Model model,
            HttpServletResponse response) {
        if (!"save".equals(action) || binding.hasErrors()) {
            return again(form, binding, action, null, null, model, response);
        }
        try {
            Map<String, Object> drafted = calls.draft(form);
            return "redirect:/console/admin/catalog/" + form.getCode().strip() + "?done=drafted&version="
                    + drafted.getOrDefault("version", "");
        } catch (ServiceProblem problem) {
            return refusedForm(form, null, null, problem, model, response);
        }
    }

    @GetMapping("/{code}/versions/{version}/revision")
    @PreAuthorize("hasRole('catalog-admin')")
    String revision(@PathVariable String code, @PathVariable int version, Model model) {
        ResponseEntity<Map<String, Object>> answer = calls.version(code, version);
        Map<String, Object> body = answer.getBody() == null ? Map.of() : answer.getBody();
        @SuppressWarnings("unchecked")
        Map<String, Object> definition =
                body.get("definition") instanceof Map<?, ?> d ? (Map<String, Object>) d : Map.of();
        return formPage(
                MatterForm.of(definition).withBlankRows(0, 0),
                version,
                answer.getHeaders().getFirst(HttpHeaders.ETAG),
                model);
    }

    @PostMapping("/{code}/versions/{version}/revision")
    @PreAuthorize("hasRole('catalog-admin')")
    String revise(
            @PathVariable String code,
            @PathVariable int version,
            @RequestParam String etag,
            @ModelAttribute("form") MatterForm form,
            BindingResult binding,
            @RequestParam(defaultValue = "save") String action,
            Model model,
            HttpServletResponse response) {
        if (!"save".equals(action) || binding.hasErrors()) {
            return again(form, binding, action, version, etag, model, response);
        }
        try {
            calls.revise(code, version, etag, form);
            return "redirect:/console/admin/catalog/" + code + "?done=revised&version=" + version;
        } catch (ServiceProblem problem) {
            return refusedForm(form, version, etag, problem, model, response);
        }
    }

    @PostMapping("/{code}/versions/{version}/approval")
    @PreAuthorize("hasAnyRole('dept-admin', 'platform-admin')")
    String approve(
            @PathVariable String code,
            @PathVariable int version,
            @RequestParam String contentHash,
            Model model,
            HttpServletResponse response) {
        try {
            calls.approve(code, version, contentHash);
            return "redirect:/console/admin/catalog/" + code + "?done=approved&version=" + version;
        } catch (ServiceProblem problem) {
            return refusedVersions(code, problem, model, response);
        }
    }

    @PostMapping("/{code}/versions/{version}/publication")
    @PreAuthorize("hasAnyRole('dept-admin', 'platform-admin')")
    String publish(
            @PathVariable String code,
            @PathVariable int version,
            @RequestParam String contentHash,
            Model model,
            HttpServletResponse response) {
        try {
            calls.publish(code, version, contentHash);
            return "redirect:/console/admin/catalog/" + code + "?done=published&version=" + version;
        } catch (ServiceProblem problem) {
            return refusedVersions(code, problem, model, response);
        }
    }

    private String versionsPage(String code, int page, Model model) {
        model.addAttribute("code", code);
        model.addAttribute("versions", calls.versions(code, page));
        return "admin/catalog/versions";
    }

    private String refusedVersions(String code, ServiceProblem problem, Model model, HttpServletResponse response) {
        model.addAttribute("problem", problem);
        response.setStatus(statusOf(problem));
        return versionsPage(code, 0, model);
    }

    private String again(
            MatterForm form,
            BindingResult binding,
            String action,
            Integer version,
            String etag,
            Model model,
            HttpServletResponse response) {
        if (binding.hasErrors() && "save".equals(action)) {
            response.setStatus(400);
        }
        form.withBlankRows("addMaterial".equals(action) ? 1 : 0, "addStep".equals(action) ? 1 : 0);
        model.addAttribute("version", version);
        model.addAttribute("etag", etag);
        return "admin/catalog/form";
    }

    private String refusedForm(
            MatterForm form,
            Integer version,
            String etag,
            ServiceProblem problem,
            Model model,
            HttpServletResponse response) {
        model.addAttribute("problem", problem);
        response.setStatus(statusOf(problem));
        return formPage(form.withBlankRows(0, 0), version, etag, model);
    }

    private static String formPage(MatterForm form, Integer version, String etag, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("version", version);
        model.addAttribute("etag", etag);
        return "admin/catalog/form";
    }

    static int statusOf(ServiceProblem problem) {
        return problem.status() >= 400 && problem.status() < 600 ? problem.status() : 502;
    }
}
