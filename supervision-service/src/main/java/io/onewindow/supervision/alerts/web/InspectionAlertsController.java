package io.onewindow.supervision.alerts.web;

import io.onewindow.platform.security.Caller;
import io.onewindow.platform.web.paging.PageParams;
import io.onewindow.supervision.alerts.AlertBook;
import io.onewindow.supervision.alerts.domain.AlertStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Inspectors (纪检监察) read every alert and move alerts along their lifecycle. */
@RestController
@RequestMapping("/api/supervision/inspections/alerts")
@PreAuthorize("hasRole('inspector')")
@Validated
@Tag(name = "Inspections: alerts", description = "Rule alerts for discipline inspectors")
class InspectionAlertsController {

    private final AlertBook alerts;

    InspectionAlertsController(AlertBook alerts) {
        this.alerts = alerts;
    }

    @GetMapping
    @Operation(
            summary = "Alerts by rule, department and status, newest first",
            description = "Paged (see the list convention): newest raised first, then id.")
    ResponseEntity<List<AlertView>> search(
            @RequestParam(required = false) @Min(1) @Max(22) Integer rule,
            @RequestParam(required = false) @Pattern(regexp = "[a-z0-9-]{1,64}") String department,
            @RequestParam(required = false) AlertStatus status,
            PageParams page) {
        return page.ok(alerts.search(rule, department, status, page.pageable(AlertBook.NEWEST_FIRST))
                .map(AlertView::of));
    }

    @GetMapping("/{alertId}")
    @Operation(summary = "One alert with its evidence and history")
    AlertView get(@PathVariable String alertId) {
        return AlertView.of(alerts.find(alertId));
    }

    @PostMapping("/{alertId}/status")
    @Operation(summary = "Move an alert: open → acknowledged → investigating → resolved, or dismissed, with a note")
    AlertView move(
            @PathVariable String alertId,
            @Valid @RequestBody MoveAlertRequest request,
            @AuthenticationPrincipal Caller caller) {
        return AlertView.of(alerts.move(alertId, request.status(), caller.username(), request.note()));
    }
}
