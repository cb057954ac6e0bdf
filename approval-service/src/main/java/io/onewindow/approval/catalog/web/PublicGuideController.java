package io.onewindow.approval.catalog.web;

import io.onewindow.approval.catalog.MatterCatalog;
import io.onewindow.approval.catalog.domain.Subject;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.web.SafeText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
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

    PublicGuideController(MatterCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    @Operation(summary = "Search published matters by text, department, subject and whether fully online")
    List<MatterView> search(
            @RequestParam(required = false) @SafeText @Size(max = 100) String q,
            @RequestParam(required = false) @Pattern(regexp = "[a-z0-9-]{2,60}") String department,
            @RequestParam(required = false) Subject subject,
            @RequestParam(required = false) Boolean online) {
        return catalog.search(new MatterCatalog.GuideFilter(q, department, subject, online)).stream()
                .map(MatterView::ofPublic)
                .toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "The guide of one matter: its current published version")
    MatterView guide(@PathVariable @Pattern(regexp = "[A-Za-z0-9_-]{2,40}") String code) {
        return catalog.currentVersion(code)
                .map(MatterView::ofPublic)
                .orElseThrow(() -> new NotFoundException("matter", code));
    }
}
