package io.onewindow.supervision.alerts.web;

import io.onewindow.platform.security.Caller;
import io.onewindow.platform.web.paging.PageParams;
import io.onewindow.supervision.alerts.AlertBook;
import io.onewindow.supervision.alerts.domain.AlertStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A department admin reads the alerts about their department, except any that concern them: an
 * admin never sees the case being built against themselves.
 */
@RestController
@RequestMapping("/api/supervision/department/alerts")
@PreAuthorize("hasRole('dept-admin')")
@Tag(name = "Department: alerts", description = "Alerts about the caller's department")
class DepartmentAlertsController {

    private final AlertBook alerts;

    DepartmentAlertsController(AlertBook alerts) {
        this.alerts = alerts;
    }

    @GetMapping
    @Operation(
            summary = "Alerts about my department, not about me",
            description = "Paged (see the list convention), counted in memory: newest raised first, then id.")
    ResponseEntity<List<AlertView>> mine(
            @RequestParam(required = false) AlertStatus status,
            @AuthenticationPrincipal Caller caller,
            PageParams page) {
        if (caller.department() == null) {
            return page.ok(page.slice(List.<AlertView>of()));
        }
        return page.ok(page.slice(
                alerts.search(null, caller.department(), status).stream()
                        .filter(alert -> alert.visibleToDepartmentAdmin(caller.department(), caller.username()))
                        .toList(),
                AlertView::of));
    }
}
