package io.onewindow.elicense.verification.web;

import io.onewindow.elicense.verification.Verification;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public verification, no token needed. A well-formed request always gets 200 with a result;
 * forged, truncated or re-signed payloads, unknown keys and wrong check characters are INVALID.
 */
@RestController
@RequestMapping("/api/licenses/public/verify")
@Tag(name = "Verification (public)", description = "Is this license genuine and valid? Holder data masked")
class VerificationController {

    private final Verification verification;

    VerificationController(Verification verification) {
        this.verification = verification;
    }

    /** Exactly one of the two. */
    record VerifyRequest(
            @Size(max = 200) String identifier,
            @Size(max = 1024) String payload) {

        @AssertTrue(message = "give exactly one of identifier and payload")
        boolean isExactlyOne() {
            return (identifier == null) != (payload == null);
        }
    }

    @PostMapping
    @Operation(
            summary = "Verify by identifier or QR payload",
            description =
                    "Answers VALID, EXPIRED, SUSPENDED, "
                            + "REVOKED or INVALID with masked holder data; for a QR payload also the status it carried and its time.")
    Verification.Answer verify(@Valid @RequestBody VerifyRequest request) {
        return request.identifier() != null
                ? verification.byIdentifier(request.identifier())
                : verification.byQrPayload(request.payload());
    }

    @GetMapping
    @Operation(summary = "Verify by identifier", description = "The same as POST with an identifier, for links.")
    Verification.Answer verifyIdentifier(@RequestParam @Size(max = 200) String identifier) {
        return verification.byIdentifier(identifier);
    }
}
