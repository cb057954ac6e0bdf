package io.onewindow.appointment.agency.web;

import io.onewindow.appointment.agency.MandateDesk;
import io.onewindow.appointment.agency.web.AgencyViews.MandateView;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.web.CreditCode;
import io.onewindow.platform.web.ResidentId;
import io.onewindow.platform.web.SafeText;
import io.onewindow.platform.web.paging.PageParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Mandates (授权委托): principals give and revoke them from their own account, window officers
 * record them after checking the principal's ID card, agents see what they received.
 */
@RestController
@Validated
@RequestMapping("/api/appointments/mandates")
@Tag(name = "Mandates", description = "Mandates (授权委托) that let an enrolled agent book for a principal")
class MandateController {

    private static final String PRINCIPALS = "hasAnyRole('citizen','enterprise')";
    private static final String OFFICER = "hasRole('window-officer')";
    private static final String ID = "[0-9a-f-]{36}";

    private final MandateDesk desk;
    private final Clock clock;

    MandateController(MandateDesk desk, Clock clock) {
        this.desk = desk;
        this.clock = clock;
    }

    /**
     * A mandate given from the principal's own account.
     *
     * @param agentIdNumber the agent's resident ID number, as on the paper 授权委托书
     * @param matterCodes the appointment matters covered; empty or absent for every matter
     * @param validFrom first day (today when absent)
     * @param validUntil last day
     */
    record GrantRequest(
            @NotBlank @ResidentId String agentIdNumber,
            @Size(max = 50) List<@NotBlank @Pattern(regexp = "[A-Za-z0-9.-]{1,64}") String> matterCodes,
            LocalDate validFrom,
            @NotNull LocalDate validUntil) {

        MandateDesk.Grant grant() {
            return new MandateDesk.Grant(agentIdNumber, matterCodes, validFrom, validUntil);
        }
    }

    /** A mandate the principal gives in person at a window, after the officer checked the ID card. */
    record WindowGrantRequest(
            @ResidentId String principalIdNumber,
            @CreditCode String principalCreditCode,
            @NotBlank @Size(max = 100) @SafeText String principalName,
            @AssertTrue boolean idCardChecked,
            @NotBlank @ResidentId String agentIdNumber,
            @Size(max = 50) List<@NotBlank @Pattern(regexp = "[A-Za-z0-9.-]{1,64}") String> matterCodes,
            LocalDate validFrom,
            @NotNull LocalDate validUntil) {}

    /** The principal at a window revoking: who (checked on the ID card). */
    record WindowRevokeRequest(
            @ResidentId String principalIdNumber,
            @CreditCode String principalCreditCode,
            @NotBlank @Size(max = 100) @SafeText String principalName,
            @AssertTrue boolean idCardChecked) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(PRINCIPALS)
    @Operation(
            summary = "Give an agent a mandate",
            description = "From the principal's own account (citizen: the token's ID number; enterprise: its credit "
                    + "code). The agent must be enrolled under a registered intermediary; at most one year.")
    MandateView grant(@Valid @RequestBody GrantRequest body, @AuthenticationPrincipal Caller caller) {
        return MandateView.of(desk.grant(caller, body.grant()), clock.instant());
    }

    @PostMapping("/at-window")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(OFFICER)
    @Operation(
            summary = "Record a mandate at a window",
            description = "Window officers, after checking the principal's ID card (idCardChecked: true).")
    MandateView grantAtWindow(@Valid @RequestBody WindowGrantRequest body, @AuthenticationPrincipal Caller caller) {
        return MandateView.of(
                desk.grantAtWindow(
                        caller,
                        new MandateDesk.AtWindow(
                                body.principalIdNumber(),
                                body.principalCreditCode(),
                                body.principalName(),
                                body.idCardChecked()),
                        new MandateDesk.Grant(
                                body.agentIdNumber(), body.matterCodes(), body.validFrom(), body.validUntil())),
                clock.instant());
    }

    @GetMapping("/given")
    @PreAuthorize(PRINCIPALS)
    @Operation(
            summary = "The mandates I gave",
            description = "Paged (see the list convention), counted in memory (the latest 200): newest first, then id.")
    ResponseEntity<List<MandateView>> given(@AuthenticationPrincipal Caller caller, PageParams page) {
        return page.ok(page.slice(desk.given(caller), m -> MandateView.of(m, clock.instant())));
    }

    @GetMapping("/received")
    @PreAuthorize("hasRole('agent')")
    @Operation(
            summary = "The mandates given to me (agents)",
            description = "Principals masked. Paged (see the list convention), counted in memory (the latest 200):"
                    + " newest first, then id.")
    ResponseEntity<List<MandateView>> received(@AuthenticationPrincipal Caller caller, PageParams page) {
        return page.ok(page.slice(desk.received(caller), m -> MandateView.of(m, clock.instant())));
    }

    @PostMapping("/{id}/revoke")
    @PreAuthorize(PRINCIPALS)
    @Operation(summary = "Revoke a mandate I gave", description = "Another principal's mandate answers 404.")
    MandateView revoke(@PathVariable @Pattern(regexp = ID) String id, @AuthenticationPrincipal Caller caller) {
        return MandateView.of(desk.revoke(caller, id), clock.instant());
    }

    @PostMapping("/{id}/revoke-at-window")
    @PreAuthorize(OFFICER)
    @Operation(
            summary = "Revoke a mandate at a window",
            description = "For the principal whose ID card the officer checked; another principal's mandate answers "
                    + "404.")
    MandateView revokeAtWindow(
            @PathVariable @Pattern(regexp = ID) String id,
            @Valid @RequestBody WindowRevokeRequest body,
            @AuthenticationPrincipal Caller caller) {
        return MandateView.of(
                desk.revokeAtWindow(
                        caller,
                        id,
                        new MandateDesk.AtWindow(
                                body.principalIdNumber(),
                                body.principalCreditCode(),
                                body.principalName(),
                                body.idCardChecked())),
                clock.instant());
    }
}
