package io.onewindow.appointment.agency.web;

import io.onewindow.appointment.agency.AgencyInspection;
import io.onewindow.appointment.agency.IntermediaryRegister;
import io.onewindow.appointment.agency.web.AgencyViews.IntermediaryView;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.web.CreditCode;
import io.onewindow.platform.web.ResidentId;
import io.onewindow.platform.web.SafeText;
import io.onewindow.platform.web.paging.PageParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The register of intermediaries (platform administrators keep it, inspectors read it) and the
 * inspector's powers over agents: suspension, reinstatement, the bookings behind a scalping alert.
 */
@RestController
@Validated
@RequestMapping("/api/appointments/agency")
@Tag(name = "Agency", description = "Register of intermediaries and their agents; inspection of agents")
class AgencyController {

    private static final String ADMIN = "hasRole('platform-admin')";
    private static final String READERS = "hasAnyRole('platform-admin','inspector')";
    private static final String INSPECTOR = "hasRole('inspector')";
    private static final String CODE = "[0-9A-HJ-NPQRTUWXYa-hj-npqrtuwxy]{18}";
    private static final String USERNAME = "[A-Za-z0-9._@-]{1,64}";

    private final IntermediaryRegister register;
    private final AgencyInspection inspection;

    AgencyController(IntermediaryRegister register, AgencyInspection inspection) {
        this.register = register;
        this.inspection = inspection;
    }

    record RegisterRequest(
            @NotBlank @CreditCode String creditCode,
            @NotBlank @Size(max = 200) @SafeText String name) {}

    record EnrolRequest(
            @NotBlank @Pattern(regexp = USERNAME) String agentUsername,
            @NotBlank @ResidentId String agentIdNumber) {}

    record ReasonRequest(
            @NotBlank @Size(max = 500) @SafeText String reason) {}

    @PostMapping("/intermediaries")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(ADMIN)
    @Operation(summary = "Register an intermediary (中介机构)", description = "Platform administrators only.")
    IntermediaryView registerIntermediary(
            @Valid @RequestBody RegisterRequest body, @AuthenticationPrincipal Caller caller) {
        return IntermediaryView.of(
                register.register(caller, new IntermediaryRegister.Registration(body.creditCode(), body.name())));
    }

    @PostMapping("/intermediaries/{code}/agents")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(ADMIN)
    @Operation(
            summary = "Enrol an agent account under an intermediary",
            description = "The agent's ID number is kept only as pseudonym and masked value; an agent belongs to "
                    + "at most one intermediary.")
    IntermediaryView enrol(
            @PathVariable @Pattern(regexp = CODE) String code,
            @Valid @RequestBody EnrolRequest body,
            @AuthenticationPrincipal Caller caller) {
        return IntermediaryView.of(register.enrol(
                caller, code, new IntermediaryRegister.Enrolment(body.agentUsername(), body.agentIdNumber())));
    }

    @GetMapping("/intermediaries")
    @PreAuthorize(READERS)
    @Operation(
            summary = "The register of intermediaries",
            description = "Platform administrators and inspectors. Paged (see the list convention), counted in"
                    + " memory: by credit code.")
    ResponseEntity<List<IntermediaryView>> intermediaries(@AuthenticationPrincipal Caller caller, PageParams page) {
        return page.ok(page.slice(register.all(caller), IntermediaryView::of));
    }

    @GetMapping("/intermediaries/{code}")
    @PreAuthorize(READERS)
    @Operation(summary = "One intermediary with its agents")
    IntermediaryView intermediary(
            @PathVariable @Pattern(regexp = CODE) String code, @AuthenticationPrincipal Caller caller) {
        return IntermediaryView.of(register.one(caller, code));
    }

    @PostMapping("/intermediaries/{code}/suspend")
    @PreAuthorize(INSPECTOR)
    @Operation(
            summary = "Suspend a whole intermediary",
            description = "Its agents may no longer act for others; every future booking they made is cancelled "
                    + "(reason AGENT_SUSPENDED).")
    SuspensionView suspendIntermediary(
            @PathVariable @Pattern(regexp = CODE) String code,
            @Valid @RequestBody ReasonRequest body,
            @AuthenticationPrincipal Caller caller) {
        return SuspensionView.of(inspection.suspend(caller, code, null, body.reason()));
    }

    @PostMapping("/intermediaries/{code}/reinstate")
    @PreAuthorize(INSPECTOR)
    @Operation(summary = "Reinstate a suspended intermediary")
    IntermediaryView reinstateIntermediary(
            @PathVariable @Pattern(regexp = CODE) String code,
            @Valid @RequestBody ReasonRequest body,
            @AuthenticationPrincipal Caller caller) {
        return IntermediaryView.of(inspection.reinstate(caller, code, null, body.reason()));
    }

    @PostMapping("/intermediaries/{code}/agents/{username}/suspend")
    @PreAuthorize(INSPECTOR)
    @Operation(
            summary = "Suspend one agent",
            description = "Every future booking the agent made is cancelled (reason AGENT_SUSPENDED).")
    SuspensionView suspendAgent(
            @PathVariable @Pattern(regexp = CODE) String code,
            @PathVariable @Pattern(regexp = USERNAME) String username,
            @Valid @RequestBody ReasonRequest body,
            @AuthenticationPrincipal Caller caller) {
        return SuspensionView.of(inspection.suspend(caller, code, username, body.reason()));
    }

    @PostMapping("/intermediaries/{code}/agents/{username}/reinstate")
    @PreAuthorize(INSPECTOR)
    @Operation(summary = "Reinstate a suspended agent")
    IntermediaryView reinstateAgent(
            @PathVariable @Pattern(regexp = CODE) String code,
            @PathVariable @Pattern(regexp = USERNAME) String username,
            @Valid @RequestBody ReasonRequest body,
            @AuthenticationPrincipal Caller caller) {
        return IntermediaryView.of(inspection.reinstate(caller, code, username, body.reason()));
    }

    @GetMapping("/inspection/bookings")
    @PreAuthorize(INSPECTOR)
    @Operation(
            summary = "The bookings behind a scalping alert",
            description = "By id, at most 50; masked principal ID, agent, intermediary, point, matter, slot, "
                    + "channel and fingerprint hash only. Not paged (an exception to the list convention): the"
                    + " answer is bounded by the ids asked for.")
    List<AgencyInspection.InspectedBooking> bookings(
            @RequestParam @NotEmpty @Size(max = AgencyInspection.MAX_BOOKINGS)
                    List<@Pattern(regexp = "[0-9a-f-]{36}") String> ids,
            @AuthenticationPrincipal Caller caller) {
        return inspection.bookings(caller, ids);
    }

    @PostMapping("/inspection/bookings/{id}/cancel")
    @PreAuthorize(INSPECTOR)
    @Operation(
            summary = "Cancel a scalped booking",
            description = "Reason SCALPING, the inspector's reason as detail; the principal is told, the place "
                    + "given back.")
    List<AgencyInspection.InspectedBooking> cancelScalped(
            @PathVariable @Pattern(regexp = "[0-9a-f-]{36}") String id,
            @Valid @RequestBody ReasonRequest body,
            @AuthenticationPrincipal Caller caller) {
        return inspection.cancelScalped(caller, id, body.reason());
    }

    /** A suspension: the intermediary as it now stands, and how many future bookings were cancelled. */
    record SuspensionView(IntermediaryView intermediary, int bookingsCancelled) {

        static SuspensionView of(AgencyInspection.Suspension s) {
            return new SuspensionView(IntermediaryView.of(s.intermediary()), s.bookingsCancelled());
        }
    }
}
