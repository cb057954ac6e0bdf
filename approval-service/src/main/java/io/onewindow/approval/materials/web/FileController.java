package io.onewindow.approval.materials.web;

import io.onewindow.approval.materials.MaterialFiles;
import io.onewindow.approval.materials.domain.StoredFile;
import io.onewindow.approval.materials.domain.UploadRateExceeded;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploads material files (PDF, JPEG, PNG) to reference from an application. Files are read back only
 * through the case that references them ({@code GET /api/approvals/cases/{caseId}/files/{fileId}}).
 */
@RestController
@RequestMapping("/api/approvals/files")
@Tag(name = "Material files", description = "Upload a material file; reference its id when submitting")
class FileController {

    private final MaterialFiles files;
    private final Problems problems;

    FileController(MaterialFiles files, Problems problems) {
        this.files = files;
        this.problems = problems;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('citizen', 'enterprise', 'agent', 'window-officer')")
    @Operation(
            summary = "Upload one material file (multipart part 'file'): PDF, JPEG or PNG, checked by its bytes,"
                    + " at most the configured size; within the uploader's quota of files not yet attached to a"
                    + " case (409 material.quota-files / material.quota-bytes) and upload rate (429"
                    + " material.rate-exceeded with Retry-After)")
    StoredFile upload(@AuthenticationPrincipal Caller caller, @RequestPart("file") MultipartFile file)
            throws IOException {
        return files.store(
                file.getOriginalFilename(),
                file.getContentType(),
                file.getSize(),
                file.getInputStream(),
                caller.username());
    }

    /** Too many uploads in a minute: 429, and when to try again. */
    @ExceptionHandler(UploadRateExceeded.class)
    ResponseEntity<ProblemDetail> tooMany(UploadRateExceeded e, HttpServletRequest request) {
        ProblemDetail problem =
                problems.problem(HttpStatus.TOO_MANY_REQUESTS, e.code(), e.arguments(), e.getMessage(), request);
        problem.setProperty("retryAfterSeconds", e.retryAfter().toSeconds());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfter().toSeconds()))
                .header(HttpHeaders.CONTENT_LANGUAGE, Problems.contentLanguage(request))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
