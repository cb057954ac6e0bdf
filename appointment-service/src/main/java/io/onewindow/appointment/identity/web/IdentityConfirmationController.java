package io.onewindow.appointment.identity.web;

import io.onewindow.appointment.identity.WindowConfirmations;
import io.onewindow.platform.events.appointment.IdentityConfirmedAtWindow;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.web.ResidentId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Identity confirmations at a window (实名核验): a window officer who checked a person's ID card
 * raises the person's account to the real-name level {@code window-confirmed}.
 */
@RestController
@Validated
@RequestMapping("/api/appointments/identity-confirmations")
@Tag(
        name = "Identity confirmations",
        description = "A window officer confirms a person's account after checking the ID card")
class IdentityConfirmationController {

    private final WindowConfirmations confirmations;

    IdentityConfirmationController(WindowConfirmations confirmations) {
        this.confirmations = confirmations;
    }

    /**
     * A confirmation request.
     *
     * @param idNumber the resident ID number on the card the officer checked
     * @param servicePointId the service point where the officer is posted
     * @param window the window he holds there
     */
    record ConfirmRequest(
            @NotBlank @ResidentId String idNumber,
            @NotBlank @Pattern(regexp = "[a-z0-9-]{1,64}") String servicePointId,

            @NotBlank @Pattern(regexp = "[A-Za-z0-9-]{1,16}")
            String window) {}

    /**
     * A confirmation.
     *
     * @param idNumber the person's ID number, masked
     * @param realNameLevel the account's level now: {@code window-confirmed}, or {@code authoritative}
     *     when it was so before
     * @param levelBefore the account's level before the first confirmation
     * @param servicePointId where the person was first confirmed
     * @param window at which window
     * @param confirmedBy the officer who first confirmed
     * @param confirmedAt when
     * @param repeated {@code true}: the person had been confirmed before, nothing new was recorded
     */
    record ConfirmationView(
            String idNumber,
            String realNameLevel,
            String levelBefore,
            String servicePointId,
            String window,
            String confirmedBy,
            Instant confirmedAt,
            boolean repeated) {}

    @PostMapping
    @PreAuthorize("hasRole('window-officer')")
    @Operation(
            summary = "Confirm a person's identity at a window",
            description = "A window officer posted at the window (403 not-posted-here otherwise; never his own ID"
                    + " number: 403 own-identity-confirmation) has checked the person's ID card: the Keycloak account"
                    + " carrying that `id_number` gets `real_name_level` window-confirmed (an authoritative one stays"
                    + " so), which the person's next token carries, and `IdentityConfirmedAtWindow` is published."
                    + " 404 person-not-registered when no account carries the number. Once per person: a repeat"
                    + " answers 200 with the first confirmation and records nothing.")
    @ApiResponse(
            responseCode = "201",
            description = "Confirmed: the account holds window-confirmed (or authoritative)",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = ConfirmationView.class)))
    @ApiResponse(
            responseCode = "200",
            description = "Confirmed before: the first confirmation, nothing recorded",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = ConfirmationView.class)))
    ResponseEntity<ConfirmationView> confirm(
            @Valid @RequestBody ConfirmRequest body, @AuthenticationPrincipal Caller caller) {
        WindowConfirmations.Outcome outcome = confirmations.confirm(
                caller, new WindowConfirmations.ConfirmCommand(body.idNumber(), body.servicePointId(), body.window()));
        IdentityConfirmedAtWindow facts = outcome.confirmation().facts();
        ConfirmationView view = new ConfirmationView(
                outcome.maskedIdNumber(),
                facts.level(),
                facts.levelBefore(),
                facts.servicePointId(),
                facts.window(),
                facts.officerUsername(),
                facts.confirmedAt(),
                outcome.repeated());
        return ResponseEntity.status(outcome.repeated() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(view);
    }
}
