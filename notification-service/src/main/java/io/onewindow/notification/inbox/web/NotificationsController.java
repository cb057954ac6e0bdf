package io.onewindow.notification.inbox.web;

import io.onewindow.notification.inbox.Inbox;
import io.onewindow.notification.inbox.LiveInbox;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.web.paging.PageParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The caller's own inbox: citizens, enterprises and agents read the notices addressed to them (found by
 * their token's ID number, credit code, subject and username, never by a parameter); staff have no
 * inbox here (403).
 */
@RestController
@Tag(name = "Notifications", description = "My notices: inbox and live stream")
class NotificationsController {

    private static final String MINE = "/api/notifications/mine";
    private static final String PERSONS = "hasAnyRole('citizen','enterprise','agent')";

    private final Inbox inbox;
    private final LiveInbox live;

    NotificationsController(Inbox inbox, LiveInbox live) {
        this.inbox = inbox;
        this.live = live;
    }

    /** The answer of read-all. */
    record ReadAll(long marked) {}

    @GetMapping(MINE)
    @PreAuthorize(PERSONS)
    @Operation(summary = "My notices", description = "Paged (see the list convention), newest first (by `sequence`).")
    ResponseEntity<List<NoticeView>> mine(@AuthenticationPrincipal Caller caller, PageParams page) {
        return page.ok(inbox.mine(caller, page.pageable(Sort.by(Sort.Direction.DESC, "sequence")))
                .map(NoticeView::of));
    }

    @PostMapping(MINE + "/{noticeId}/read")
    @PreAuthorize(PERSONS)
    @Operation(summary = "Mark one of my notices read", description = "Another person's notice is 404.")
    NoticeView read(
            @PathVariable @Pattern(regexp = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
                    String noticeId,
            @AuthenticationPrincipal Caller caller) {
        return NoticeView.of(inbox.read(caller, noticeId));
    }

    @PostMapping(MINE + "/read-all")
    @PreAuthorize(PERSONS)
    @Operation(summary = "Mark all my notices read")
    ReadAll readAll(@AuthenticationPrincipal Caller caller) {
        return new ReadAll(inbox.readAll(caller));
    }

    /**
     * My notices as they are stored (server-sent events): event {@code notice} with the notice as JSON
     * and its {@code sequence} as id; a comment every {@code stream-heartbeat}; reconnecting with
     * {@code Last-Event-ID} first sends the notices missed since. At most {@code stream-max-per-person}
     * streams per person at once (409 {@code live-stream.limit} for one more).
     */
    @GetMapping(path = MINE + "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @PreAuthorize(PERSONS)
    @Operation(
            summary = "Live stream of my notices",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "A stream of `notice` events",
                        content =
                                @Content(
                                        mediaType = MediaType.TEXT_EVENT_STREAM_VALUE,
                                        schema = @Schema(type = "string", maxLength = 1048576))),
                @ApiResponse(
                        responseCode = "409",
                        description =
                                "`live-stream.limit`: the caller holds `stream-max-per-person` streams open already",
                        content =
                                @Content(
                                        mediaType = "application/problem+json",
                                        schema = @Schema(ref = "#/components/schemas/Problem")))
            })
    SseEmitter stream(
            @AuthenticationPrincipal Caller caller,
            @RequestHeader(name = "Last-Event-ID", required = false) @Pattern(regexp = "[0-9]{1,18}")
                    String lastEventId) {
        return live.open(caller, lastEventId == null ? null : Long.valueOf(lastEventId), NoticeView::of);
    }
}
