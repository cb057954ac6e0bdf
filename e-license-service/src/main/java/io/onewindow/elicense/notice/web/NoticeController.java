package io.onewindow.elicense.notice.web;

import io.onewindow.elicense.notice.NoticeDesk;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.web.paging.PageParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The written notices of a case (受理通知书, 不予受理决定书, 补正材料通知书, 准予/不予行政许可决定书), for its
 * applicant and the case department's window officers and approvers. The applicant's first fetch
 * delivers a notice (送达).
 */
@RestController
@RequestMapping("/api/licenses/notices")
@PreAuthorize("hasAnyRole('citizen','enterprise','agent','window-officer','approver')")
@Tag(name = "Notices", description = "Signed written notices of a case, delivered to the applicant")
class NoticeController {

    /** A case id as approval-service makes them: letters, digits, '.', '_', ':' and '-'. */
    static final String CASE_ID = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}";

    /** A notice id: {@code ntc-} and 32 lower-case hex digits. */
    static final String NOTICE_ID = "ntc-[0-9a-f]{32}";

    private final NoticeDesk desk;

    NoticeController(NoticeDesk desk) {
        this.desk = desk;
    }

    @GetMapping
    @Operation(
            summary = "The notices of a case",
            description = "Oldest first, for the case's applicant (the user who filed it online, or the citizen or"
                    + " enterprise whose verified ID number or credit code is the applicant's) and the window officers"
                    + " and approvers of its department; anyone else 403 notice.not-reader. The applicant's first"
                    + " listing delivers each notice it shows (deliveredAt, channel ONLINE, event NoticeDelivered)."
                    + " Paged (see the list convention), counted in memory: issue time, then id.")
    ResponseEntity<List<NoticeView>> ofCase(
            @RequestParam @Pattern(regexp = CASE_ID) String caseId,
            @AuthenticationPrincipal Caller caller,
            PageParams page) {
        return page.ok(
                desk.ofCase(caseId, caller, page.pageable(Sort.unsorted())).map(NoticeView::of));
    }

    @GetMapping(value = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(
            summary = "A notice as PDF",
            description = "The notice in Chinese with the department's seal block (key id, content hash, signature"
                    + " fingerprint) and the public verification address. The applicant's first download delivers it.")
    ResponseEntity<byte[]> pdf(
            @PathVariable @Pattern(regexp = NOTICE_ID) String id, @AuthenticationPrincipal Caller caller) {
        NoticeDesk.PrintedNotice printed = desk.pdf(id, caller);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(id + ".pdf")
                                .build()
                                .toString())
                .body(printed.pdf());
    }
}
