package io.onewindow.elicense.verification.web;

import io.onewindow.elicense.verification.Verification;
import io.onewindow.platform.domain.InvalidValueException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
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

    /** Something other than white space; {@code null} passes (exactly-one decides about absence). */
    static final String NOT_BLANK = "(?s).*\\S.*";

    private final Verification verification;

    VerificationController(Verification verification) {
        this.verification = verification;
    }

    /** Exactly one of the two; {@code payload} is what the QR code holds: its whole address or the bare payload. */
    record VerifyRequest(
            @Size(max = 200) @Pattern(regexp = NOT_BLANK, message = "{jakarta.validation.constraints.NotBlank.message}")
            String identifier,

            @Size(max = 1024)
            @Pattern(regexp = NOT_BLANK, message = "{jakarta.validation.constraints.NotBlank.message}")
            String payload) {

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
    @Operation(
            summary = "Verify by identifier or by the QR code's address",
            description = "The same as POST: `identifier` for links, or `p` (base64url of the signed payload), the"
                    + " parameter of the address a license's QR code holds, so that a phone camera opens the"
                    + " verification. Exactly one of the two.")
    Verification.Answer verifyByLink(
            @RequestParam(required = false) @Size(max = 200) @Pattern(regexp = NOT_BLANK) String identifier,
            @RequestParam(name = "p", required = false) @Size(max = 1024) @Pattern(regexp = NOT_BLANK) String p) {
        if ((identifier == null) == (p == null)) {
            throw new InvalidValueException(
                    "verification.exactly-one", "identifier", "give exactly one of identifier and p");
        }
        return identifier != null ? verification.byIdentifier(identifier) : verification.byQrParameter(p);
    }
}
