package io.onewindow.elicense.notice.web;

import io.onewindow.elicense.notice.NoticeVerification;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public verification of a written notice: no token; the address printed on every notice. */
@RestController
@RequestMapping("/api/licenses/public/notices")
@Tag(name = "Notice verification (public)", description = "Is this notice genuine? Applicant masked")
class NoticeVerificationController {

    private final NoticeVerification verification;

    NoticeVerificationController(NoticeVerification verification) {
        this.verification = verification;
    }

    @GetMapping("/{id}/verification")
    @Operation(
            summary = "Verify a notice",
            description = "VALID when the stored notice still hashes (SHA-256 of its canonical form) to the hash its"
                    + " department signed and the SM2 signature verifies with the published key; INVALID otherwise."
                    + " Shows kind, case number, department, issue time and the masked applicant; 404 for an unknown"
                    + " notice.")
    NoticeVerification.Answer verify(@PathVariable @Pattern(regexp = NoticeController.NOTICE_ID) String id) {
        return verification.verify(id);
    }
}
