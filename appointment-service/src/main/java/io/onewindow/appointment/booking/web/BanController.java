package io.onewindow.appointment.booking.web;

import io.onewindow.appointment.booking.BanDesk;
import io.onewindow.appointment.booking.domain.BookingBan;
import io.onewindow.appointment.booking.domain.IdentityHasher;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.identity.ResidentIdNumber;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.web.ResidentId;
import io.onewindow.platform.web.SafeText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Booking bans: the person sees theirs with reason and end; a platform admin may lift one. */
@RestController
@RequestMapping("/api/appointments")
@Tag(name = "Booking bans", description = "Bans after repeated no-shows")
class BanController {

    private final BanDesk bans;
    private final Identities identities;
    private final IdentityHasher hasher;

    BanController(BanDesk bans, Identities identities, IdentityHasher hasher) {
        this.bans = bans;
        this.identities = identities;
        this.hasher = hasher;
    }

    /** A ban as shown: the ID masked. */
    record BanView(
            String principalIdMasked, String reason, int noShows, Instant imposedAt, Instant until, Instant liftedAt) {

        static BanView of(BookingBan ban) {
            return new BanView(
                    ban.principal().idMasked(),
                    ban.reason(),
                    ban.noShows(),
                    ban.imposedAt(),
                    ban.until(),
                    ban.liftedAt());
        }
    }

    record LiftBanRequest(
            @NotBlank @ResidentId String idNumber,
            @NotBlank @Size(max = 500) @SafeText String reason) {}

    @GetMapping("/mine/ban")
    @PreAuthorize("hasAnyRole('citizen','enterprise','agent')")
    @Operation(summary = "My booking ban", description = "The ban in force with its reason and end; 404 when none.")
    BanView mine(@AuthenticationPrincipal Caller caller) {
        return bans.currentBan(identities.self(caller).idHash())
                .map(BanView::of)
                .orElseThrow(() -> new NotFoundException("booking ban", "of the caller"));
    }

    @PostMapping("/bans/lift")
    @PreAuthorize("hasRole('platform-admin')")
    @Operation(summary = "Lift a booking ban", description = "Platform admins; the reason is recorded in BanLifted.")
    BanView lift(@Valid @RequestBody LiftBanRequest body, @AuthenticationPrincipal Caller caller) {
        String idHash = hasher.principal(ResidentIdNumber.of(body.idNumber())).idHash();
        return BanView.of(bans.liftBan(idHash, body.reason(), caller.subject(), caller.username()));
    }
}
