package io.onewindow.supervision.bans.web;

import io.onewindow.platform.web.paging.PageParams;
import io.onewindow.supervision.bans.BookingBans;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The booking bans for the discipline inspectors: who is barred, and which bans were lifted early by whom. */
@RestController
@RequestMapping("/api/supervision/inspections/bans")
@PreAuthorize("hasRole('inspector')")
@Tag(name = "Inspections: booking bans", description = "No-show bans and their early lifting (rule 16)")
class InspectionBansController {

    private final BookingBans bans;
    private final Clock clock;

    InspectionBansController(BookingBans bans, Clock clock) {
        this.bans = bans;
        this.clock = clock;
    }

    /** A ban as the inspectors see it: the person only masked. */
    record BanView(
            String banId,
            String principalIdMasked,
            String reason,
            int noShows,
            Instant imposedAt,
            Instant until,
            boolean active,
            Instant liftedAt,
            String liftedBy,
            String liftReason) {}

    @GetMapping
    @Operation(
            summary = "Booking bans, the latest first; `active=true`: those barring someone now",
            description = "From BookingBanImposed and BanLifted. A ban lifted before its end raises rule 16"
                    + " (booking.ban-lifted-early, a warning naming the admin) for review."
                    + " Paged (see the list convention), counted in memory.")
    ResponseEntity<List<BanView>> list(@RequestParam(defaultValue = "false") boolean active, PageParams page) {
        Instant now = clock.instant();
        return page.ok(page.slice(bans.all(active, now))
                .map(b -> new BanView(
                        b.id(),
                        b.principalIdMasked(),
                        b.reason(),
                        b.noShows(),
                        b.imposedAt(),
                        b.until(),
                        b.activeAt(now),
                        b.liftedAt(),
                        b.liftedBy(),
                        b.liftReason())));
    }
}
