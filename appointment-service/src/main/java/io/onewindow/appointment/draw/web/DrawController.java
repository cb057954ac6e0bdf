package io.onewindow.appointment.draw.web;

import io.onewindow.appointment.booking.domain.IdentityHasher;
import io.onewindow.appointment.booking.web.DrawEntryView;
import io.onewindow.appointment.draw.DrawReads;
import io.onewindow.platform.identity.ResidentIdNumber;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.web.ApiTime;
import io.onewindow.platform.web.paging.PageParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The draws of scarce slots: the public record of one (commitment before, seed and result after,
 * no personal data) and the entrant's own entries. Entering is a booking request
 * ({@code POST /api/appointments}) within the window.
 */
@RestController
@Validated
@Tag(name = "Draws", description = "Fair release of scarce slots: a draw among the requests made in the window")
class DrawController {

    private final DrawReads reads;
    private final IdentityHasher hasher;
    private final ApiTime time;

    DrawController(DrawReads reads, IdentityHasher hasher, ApiTime time) {
        this.time = time;
        this.reads = reads;
        this.hasher = hasher;
    }

    @GetMapping("/api/appointments/public/service-points/{id}/draws")
    @Operation(
            summary = "The draw of a scarce slot",
            description = "SCHEDULED (the seed is committed within the commit lead before release), COMMITTED with "
                    + "the SHA-256 commitment of the secret seed, then DRAWN with the seed, every entry id, the "
                    + "ranking (HMAC-SHA256(seed, entry id), ascending), the winners, those skipped and the places: "
                    + "anyone can re-run it. FIRST_COME when the window opened without a commitment. No personal "
                    + "data. A slot that is not scarce answers 404.")
    DrawReads.PublicDraw draw(
            @PathVariable @Pattern(regexp = "[a-z0-9-]{1,64}") String id,
            @RequestParam @Pattern(regexp = "[A-Za-z0-9.-]{1,64}") String matter,
            @RequestParam OffsetDateTime start) {
        return reads.publicDraw(id, matter, time.local(start));
    }

    @GetMapping("/api/appointments/draws/mine")
    @PreAuthorize("hasAnyRole('citizen','enterprise','agent')")
    @Operation(
            summary = "My draw entries",
            description = "The caller's entries in draws (and for agents those they made): ENTERED until the draw, "
                    + "then WON with the booking, or LOST (NOT_DRAWN, or INELIGIBLE when a ban or a used-up limit "
                    + "refused the drawn booking). Paged (see the list convention), counted in memory (the latest 50):"
                    + " latest slot first, then id.")
    ResponseEntity<List<DrawEntryView>> mine(@AuthenticationPrincipal Caller caller, PageParams page) {
        String idHash = caller.idNumber() == null || !ResidentIdNumber.isValid(caller.idNumber())
                ? "-"
                : hasher.principal(ResidentIdNumber.of(caller.idNumber())).idHash();
        return page.ok(page.slice(reads.mine(idHash, caller.subject()), DrawEntryView::of));
    }
}
