package io.onewindow.approval.department.web;

import io.onewindow.approval.department.DepartmentRegistry;
import io.onewindow.platform.domain.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The registered departments, for everyone: no token needed. */
@RestController
@Validated
@RequestMapping("/api/approvals/public/departments")
@Tag(name = "Public departments", description = "The registered departments and their Chinese names")
class PublicDepartmentController {

    private final DepartmentRegistry registry;

    PublicDepartmentController(DepartmentRegistry registry) {
        this.registry = registry;
    }

    @GetMapping
    @Operation(
            summary = "Every registered department, active and retired, by code",
            description = "Not paged (an exception to the list convention): the district's department registry is a"
                    + " short, slowly changing code list that portals load whole to name departments.")
    List<DepartmentViews.Public> all() {
        return registry.all().stream().map(DepartmentViews.Public::of).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "One registered department; 404 when the code is not registered")
    DepartmentViews.Public one(@PathVariable @Pattern(regexp = DepartmentRequests.CODE) String code) {
        return registry.find(code)
                .map(DepartmentViews.Public::of)
                .orElseThrow(() -> new NotFoundException("department", code));
    }
}
