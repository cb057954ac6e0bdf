package io.onewindow.approval.catalog.web;

import io.onewindow.approval.catalog.MatterCatalog;
import io.onewindow.approval.catalog.domain.MatterVersion;
import io.onewindow.approval.catalog.domain.Subject;
import io.onewindow.approval.department.DepartmentRegistry;
import io.onewindow.approval.department.domain.Department;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.web.SafeText;
import io.onewindow.platform.web.paging.PageParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public service guide (办事指南): everything a citizen needs to come once. No token needed. */
@RestController
@Validated
@RequestMapping("/api/approvals/public/matters")
@Tag(name = "Public guide", description = "Published matters: search and the full guide of one matter")
class PublicGuideController {

    private final MatterCatalog catalog;
    private final DepartmentRegistry departments;

    PublicGuideController(MatterCatalog catalog, DepartmentRegistry departments) {
        this.catalog = catalog;
        this.departments = departments;
    }

    @GetMapping
    @Operation(
            summary = "Search published matters by text, department, subject and whether fully online; each with"
                    + " its department's Chinese name (departmentName)",
            description = "Paged (see the list convention), counted in memory: by matter code (unique).")
    ResponseEntity<List<MatterView>> search(
            @RequestParam(required = false) @SafeText @Size(max = 100) String q,
            @RequestParam(required = false) @Pattern(regexp = "[a-z0-9-]{2,60}") String department,
            @RequestParam(required = false) Subject subject,
            @RequestParam(required = false) Boolean online,
            PageParams page) {
        Map<String, String> names = departments.names();
        return page.ok(page.slice(
                catalog.search(new MatterCatalog.GuideFilter(q, department, subject, online)),
                v -> MatterView.ofPublic(v, names.get(v.definition().department()))));
    }

    @GetMapping("/{code}")
    @Operation(
            summary = "The guide of one matter: its current published version, with its department's Chinese name"
                    + " (departmentName)")
    MatterView guide(@PathVariable @Pattern(regexp = "[A-Za-z0-9_-]{2,40}") String code) {
        return catalog.currentVersion(code)
                .map(v -> MatterView.ofPublic(v, departmentName(v)))
                .orElseThrow(() -> new NotFoundException("matter", code));
    }

    private String departmentName(MatterVersion version) {
        return departments
                .find(version.definition().department())
                .map(Department::name)
                .orElse(null);
    }
}
