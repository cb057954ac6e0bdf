package io.onewindow.supervision.agency.web;

import io.onewindow.platform.web.paging.PageParams;
import io.onewindow.supervision.agency.AgencyBars;
import io.onewindow.supervision.agency.domain.AgencyBar;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Inspectors read the register of bars on acting for others: current and past, with reason, who and when. */
@RestController
@RequestMapping("/api/supervision/inspections/agency-bars")
@PreAuthorize("hasRole('inspector')")
@Validated
@Tag(name = "Inspections: agency bars", description = "Agents and intermediaries barred from acting for others")
class AgencyBarsController {

    private final AgencyBars bars;

    AgencyBarsController(AgencyBars bars) {
        this.bars = bars;
    }

    /** A bar as inspectors read it. */
    record BarView(
            String barId,
            String scope,
            String intermediaryCode,
            String intermediaryName,
            String agentUsername,
            String reason,
            String suspendedBy,
            Instant suspendedAt,
            boolean current,
            String liftReason,
            String liftedBy,
            Instant liftedAt) {

        static BarView of(AgencyBar b) {
            return new BarView(
                    b.barId(),
                    b.scope(),
                    b.intermediaryCode(),
                    b.intermediaryName(),
                    b.agentUsername(),
                    b.reason(),
                    b.suspendedBy(),
                    b.suspendedAt(),
                    b.current(),
                    b.liftReason(),
                    b.liftedBy(),
                    b.liftedAt());
        }
    }

    @GetMapping
    @Operation(
            summary =
                    "Bars on acting for others, newest first: current=true only those that hold, false only lifted ones",
            description = "Paged (see the list convention), counted in memory.")
    ResponseEntity<List<BarView>> list(
            @RequestParam(required = false) Boolean current,
            @RequestParam(required = false) @Pattern(regexp = "[0-9A-HJ-NPQRTUWXY]{18}") String intermediary,
            PageParams page) {
        return page.ok(page.slice(bars.list(current, intermediary), BarView::of));
    }
}
