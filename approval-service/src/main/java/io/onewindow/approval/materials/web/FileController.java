package io.onewindow.approval.materials.web;

import io.onewindow.approval.materials.MaterialFiles;
import io.onewindow.approval.materials.domain.StoredFile;
import io.onewindow.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Uploads material files (PDF, JPEG, PNG) to reference from an application. */
@RestController
@RequestMapping("/api/approvals/files")
@Tag(name = "Material files", description = "Upload a material file; reference its id when submitting")
class FileController {

    private final MaterialFiles files;

    FileController(MaterialFiles files) {
        this.files = files;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('citizen', 'enterprise', 'agent', 'window-officer')")
    @Operation(
            summary = "Upload one material file (multipart part 'file'): PDF, JPEG or PNG, checked by its bytes,"
                    + " at most the configured size")
    StoredFile upload(@AuthenticationPrincipal Caller caller, @RequestPart("file") MultipartFile file)
            throws IOException {
        return files.store(
                file.getOriginalFilename(),
                file.getContentType(),
                file.getSize(),
                file.getInputStream(),
                caller.username());
    }
}
