package io.onewindow.elicense.license.web;

import io.onewindow.elicense.license.Digitisation;
import io.onewindow.elicense.license.domain.DigitisationRequest;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.web.SafeText;
import io.onewindow.platform.web.paging.PageParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Digitising paper licenses with four eyes: a department's window officer requests, a second
 * person of the same department confirms (and the license is issued) or rejects.
 */
@RestController
@RequestMapping("/api/licenses/digitisations")
@Tag(
        name = "Digitising paper licenses (department)",
        description = "Request, list, confirm or reject; the license is issued only on a second person's confirmation")
class DigitisationController {

    private final Digitisation digitisation;

    DigitisationController(Digitisation digitisation) {
        this.digitisation = digitisation;
    }

    record DigitiseRequest(
            @NotBlank @Pattern(regexp = "[0-9A-Z]{18}[0-9]{3}")
            String typeCode,

            @NotBlank @Size(max = 200) @SafeText(multiline = false)
            String holderName,

            @NotBlank @Size(max = 18) @SafeText String holderCode,
            @NotBlank @Pattern(regexp = "111|001") String holderCodeType,
            @NotNull LocalDate issuedOn,
            @NotNull LocalDate validFrom,
            LocalDate validTo,
            @Size(max = 50) Map<@Size(max = 50) @SafeText String, @Size(max = 2000) @SafeText String> faceData,
            @Size(max = 500) @SafeText String backdatingReason) {}

    record RejectionRequest(
            @NotBlank @Size(max = 500) @SafeText String reason) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('dept-admin','window-officer')")
    @Operation(
            summary = "Request the digitisation of a paper license",
            description = "A pending request of the caller's department (from the token); nothing is signed yet. "
                    + "validTo is capped by the type's validity (none for a non-expiring type); validFrom lying further "
                    + "back than onewindow.license.digitisation.max-backdating needs backdatingReason.")
    DigitisationView request(@Valid @RequestBody DigitiseRequest request, @AuthenticationPrincipal Caller caller) {
        return view(digitisation.request(
                caller,
                new Digitisation.DigitiseCommand(
                        request.typeCode(),
                        request.holderName(),
                        request.holderCode(),
                        request.holderCodeType(),
                        request.issuedOn(),
                        request.validFrom(),
                        request.validTo(),
                        request.faceData(),
                        request.backdatingReason())));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('dept-admin','window-officer')")
    @Operation(
            summary = "Pending requests of the caller's department",
            description = "Oldest first; holder code masked. Paged (see the list convention), counted in memory (at"
                    + " most 500 pending).")
    ResponseEntity<List<DigitisationView>> pending(@AuthenticationPrincipal Caller caller, PageParams page) {
        return page.ok(page.slice(digitisation.pending(caller), this::view));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('dept-admin','window-officer')")
    @Operation(summary = "One request of the caller's department")
    DigitisationView one(@PathVariable @Size(max = 64) @SafeText String id, @AuthenticationPrincipal Caller caller) {
        return view(digitisation.get(caller, id));
    }

    @PostMapping("/{id}/confirmation")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('dept-admin','window-officer')")
    @Operation(
            summary = "Confirm a request and issue the license",
            description = "A second person of the request's department, never the requester; signs and issues the "
                    + "license (LicenseIssued origin DIGITISED, PaperLicenseDigitised) and answers it.")
    LicenseView confirm(@PathVariable @Size(max = 64) @SafeText String id, @AuthenticationPrincipal Caller caller) {
        return LicenseView.of(digitisation.confirm(caller, id));
    }

    @PostMapping("/{id}/rejection")
    @PreAuthorize("hasAnyRole('dept-admin','window-officer')")
    @Operation(
            summary = "Reject (or, as its requester, withdraw) a request",
            description = "Staff of the request's department, with a reason; nothing is issued.")
    DigitisationView reject(
            @PathVariable @Size(max = 64) @SafeText String id,
            @Valid @RequestBody RejectionRequest request,
            @AuthenticationPrincipal Caller caller) {
        return view(digitisation.reject(caller, id, request.reason()));
    }

    private DigitisationView view(DigitisationRequest request) {
        return DigitisationView.of(request, digitisation.statusOf(request));
    }
}
