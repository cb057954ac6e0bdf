package io.onewindow.notification.delivery.web;

import io.onewindow.notification.delivery.DeliveryStatus;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.web.paging.PageParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Delivery status on the outbound channels: for the OneWindow service that caused a notice (role
 * {@code platform-service}, its client-credentials token), and for the person whose notice it is.
 * Never the text, the address only masked.
 */
@RestController
@Validated
@Tag(name = "Deliveries", description = "Where a notice's SMS and WeChat messages stand")
class DeliveriesController {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final String EVENT_ID = "[A-Za-z0-9][A-Za-z0-9._:-]{0,99}";
    private static final Sort OLDEST_FIRST = Sort.by("delivery.createdAt", "delivery.channel");

    private final DeliveryStatus status;

    DeliveriesController(DeliveryStatus status) {
        this.status = status;
    }

    @GetMapping("/api/notifications/deliveries")
    @PreAuthorize("hasRole('platform-service')")
    @Operation(
            summary = "Deliveries of the notices an event caused (services only)",
            description = "By `cause` (the CloudEvents id of the event that caused the notices) and/or `notice`"
                    + " (a notice id); one of them is required (else 400 `deliveries.filter-missing`). Paged,"
                    + " oldest first. Every person and partner gets 403.")
    ResponseEntity<List<DeliveryView>> caused(
            @RequestParam(required = false) @Pattern(regexp = EVENT_ID) String cause,
            @RequestParam(required = false) @Pattern(regexp = UUID) String notice,
            PageParams page) {
        return page.ok(status.caused(cause, notice, page.pageable(OLDEST_FIRST)).map(DeliveryView::of));
    }

    @GetMapping("/api/notifications/mine/{noticeId}/deliveries")
    @PreAuthorize("hasAnyRole('citizen','enterprise','agent')")
    @Operation(
            summary = "The deliveries of one of my notices",
            description = "Its SMS and WeChat messages and where they stand. Another person's notice is 404.")
    ResponseEntity<List<DeliveryView>> mine(
            @PathVariable @Pattern(regexp = UUID) String noticeId,
            @AuthenticationPrincipal Caller caller,
            PageParams page) {
        return page.ok(
                status.ofMyNotice(caller, noticeId, page.pageable(OLDEST_FIRST)).map(DeliveryView::of));
    }
}
