package io.onewindow.notification.webhook.web;

import io.onewindow.notification.webhook.WebhookDeliveryLog;
import io.onewindow.notification.webhook.domain.DeliveryState;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.web.paging.PageParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A partner system's own webhook delivery log, with its client-credentials token: only the deliveries of
 * subscriptions for its client id and its token's department; any other is 404.
 */
@RestController
@Validated
@RequestMapping("/api/notifications/partner/webhook-deliveries")
@PreAuthorize("hasRole('partner-system')")
@Tag(name = "Partner webhook deliveries", description = "The calling partner system's webhook delivery log")
class WebhookPartnerController {

    private final WebhookDeliveryLog log;

    WebhookPartnerController(WebhookDeliveryLog log) {
        this.log = log;
    }

    @GetMapping
    @Operation(summary = "My deliveries, paged, newest first, each with its attempts")
    ResponseEntity<List<WebhookViews.Delivery>> list(
            @AuthenticationPrincipal Caller caller,
            PageParams page,
            @Parameter(description = "only this subscription's")
                    @RequestParam(required = false)
                    @Pattern(regexp = WebhookAdminController.ID)
                    String subscriptionId,
            @Parameter(description = "only in this state") @RequestParam(required = false) DeliveryState state,
            @Parameter(description = "only of this event type")
                    @RequestParam(required = false)
                    @Pattern(regexp = WebhookRequests.EVENT_TYPE)
                    String eventType,
            @Parameter(description = "only those made at or after this instant") @RequestParam(required = false)
                    Instant since) {
        return page.ok(log.ofPartner(
                        caller,
                        new WebhookDeliveryLog.Filter(subscriptionId, state, eventType, since),
                        page.pageable(WebhookDeliveryLog.LIST_ORDER))
                .map(WebhookViews.Delivery::of));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of my deliveries with its attempts")
    WebhookViews.Delivery get(
            @AuthenticationPrincipal Caller caller,
            @PathVariable @Pattern(regexp = WebhookAdminController.ID) String id) {
        return WebhookViews.Delivery.of(log.ofPartner(caller, id));
    }

    @PostMapping("/{id}/redeliver")
    @Operation(
            summary = "Send one of my delivered or dead deliveries again as a new series of attempts, with the same"
                    + " ce-id: deduplicate on ce-id (409 while it is still pending)")
    WebhookViews.Delivery redeliver(
            @AuthenticationPrincipal Caller caller,
            @PathVariable @Pattern(regexp = WebhookAdminController.ID) String id) {
        return WebhookViews.Delivery.of(log.redeliverForPartner(caller, id));
    }
}
