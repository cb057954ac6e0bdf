package io.onewindow.supervision.statistics.web;

import io.onewindow.platform.security.Caller;
import io.onewindow.supervision.statistics.Statistics;
import io.onewindow.supervision.statistics.domain.Figures;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Statistics: public disclosure (no personal data), per department for its admin, all for inspectors. */
@RestController
@Tag(
        name = "Statistics",
        description = "Cases, satisfaction, bookings and complaints per department, matter, service point and month")
class StatisticsController {

    static final String RECEPTIONS = "receptions and tiers count hall visits: one queue ticket (ticketId) is one"
            + " reception however many cases it became, so the parts of a linked filing (联办件) received with one"
            + " ticket count once; a case without a ticket is one reception. Each row also gives the cases the"
            + " receptions became and (receptions) the linked filings among them. Cases per department and matter"
            + " count every case, each part of a linked filing in its own department.";

    private final Statistics statistics;

    StatisticsController(Statistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/api/supervision/public/statistics")
    @Operation(summary = "Public disclosure: figures and rates only, no token needed", description = RECEPTIONS)
    Figures.Report publicStatistics() {
        return statistics.report(null);
    }

    @GetMapping("/api/supervision/department/statistics")
    @PreAuthorize("hasRole('dept-admin')")
    @Operation(summary = "My department's figures", description = RECEPTIONS)
    Figures.Report department(@AuthenticationPrincipal Caller caller) {
        if (caller.department() == null) {
            return Figures.Report.empty();
        }
        return statistics.report(caller.department());
    }

    @GetMapping("/api/supervision/inspections/statistics")
    @PreAuthorize("hasRole('inspector')")
    @Operation(summary = "All figures, for inspectors", description = RECEPTIONS)
    Figures.Report inspections() {
        return statistics.report(null);
    }
}
