package io.onewindow.notification.webhook.web;

import io.onewindow.notification.webhook.WebhookDeliveryLog;
import io.onewindow.notification.webhook.WebhookSubscriptions;
import io.onewindow.notification.webhook.domain.DeliveryState;
import io.onewindow.platform.concurrency.EntityTags;
import io.onewindow.platform.concurrency.IfMatch;
import io.onewindow.platform.concurrency.Tagged;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.web.paging.PageParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Partner webhook administration: a platform admin for any department, a department admin for their own
 * department (another department's subscription or delivery is 404 to them; creating one for it is 403).
 */
@RestController
@Validated
@PreAuthorize("hasAnyRole('platform-admin','dept-admin')")
@Tag(name = "Webhook administration", description = "Partner webhook subscriptions and their delivery logs")
class WebhookAdminController {

    static final String ID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final String WEBHOOKS = "/api/notifications/admin/webhooks";
    private static final String DELIVERIES = "/api/notifications/admin/webhook-deliveries";

    private final WebhookSubscriptions subscriptions;
    private final WebhookDeliveryLog log;
    private final EntityTags tags;

    WebhookAdminController(WebhookSubscriptions subscriptions, WebhookDeliveryLog log, EntityTags tags) {
        this.subscriptions = subscriptions;
        this.log = log;
        this.tags = tags;
    }

    @PostMapping(WEBHOOKS)
    @Operation(
            summary = "Subscribe a department's partner system to event types; the answer shows the signing secret"
                    + " this once",
            description = "The partner client must be the department's registered partner system (400"
                    + " `webhook.partner-not-registered`); unknown event types and non-https URLs are 400. Emits"
                    + " WebhookSubscriptionChanged (CREATED).")
    ResponseEntity<WebhookViews.SubscriptionWithSecret> create(
            @AuthenticationPrincipal Caller caller, @Valid @RequestBody WebhookRequests.Subscribe request) {
        WebhookSubscriptions.WithSecret created = subscriptions.create(
                caller,
                new WebhookSubscriptions.Subscribe(
                        request.partnerClientId(),
                        request.department(),
                        request.eventTypes(),
                        request.url(),
                        request.description()));
        return ResponseEntity.status(HttpStatus.CREATED)
                .cacheControl(CacheControl.noStore())
                .body(WebhookViews.SubscriptionWithSecret.of(created));
    }

    @GetMapping(WEBHOOKS)
    @Operation(summary = "The subscriptions the caller administers, paged, newest first (never their secrets)")
    ResponseEntity<List<WebhookViews.Subscription>> list(@AuthenticationPrincipal Caller caller, PageParams page) {
        return page.ok(subscriptions
                .list(caller, page.pageable(WebhookSubscriptions.LIST_ORDER))
                .map(WebhookViews.Subscription::of));
    }

    @GetMapping(WEBHOOKS + "/{id}")
    @Tagged
    @Operation(summary = "One subscription with its ETag (never its secret)")
    ResponseEntity<WebhookViews.Subscription> get(
            @AuthenticationPrincipal Caller caller, @PathVariable @Pattern(regexp = ID) String id) {
        return tags.ok(WebhookViews.Subscription.of(subscriptions.get(caller, id)));
    }

    @PostMapping(WEBHOOKS + "/{id}/disable")
    @Operation(summary = "Stop sending to the subscription (pending deliveries wait); emits WebhookSubscriptionChanged")
    WebhookViews.Subscription disable(
            @AuthenticationPrincipal Caller caller, @PathVariable @Pattern(regexp = ID) String id) {
        return WebhookViews.Subscription.of(subscriptions.disable(caller, id));
    }

    @PostMapping(WEBHOOKS + "/{id}/enable")
    @Operation(summary = "Send to the subscription again; emits WebhookSubscriptionChanged")
    WebhookViews.Subscription enable(
            @AuthenticationPrincipal Caller caller, @PathVariable @Pattern(regexp = ID) String id) {
        return WebhookViews.Subscription.of(subscriptions.enable(caller, id));
    }

    @PostMapping(WEBHOOKS + "/{id}/rotate-secret")
    @Operation(
            summary = "A new signing secret, shown this once; the previous one stays valid (and is signed with too)"
                    + " for `webhooks.secret-grace`")
    ResponseEntity<WebhookViews.SubscriptionWithSecret> rotateSecret(
            @AuthenticationPrincipal Caller caller, @PathVariable @Pattern(regexp = ID) String id) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(WebhookViews.SubscriptionWithSecret.of(subscriptions.rotateSecret(caller, id)));
    }

    @DeleteMapping(WEBHOOKS + "/{id}")
    @Operation(
            summary = "Delete the subscription: never sent to again, gone from the lists; If-Match: its ETag (428"
                    + " without, 412 when it changed since)")
    ResponseEntity<Void> delete(
            @AuthenticationPrincipal Caller caller, @PathVariable @Pattern(regexp = ID) String id, IfMatch ifMatch) {
        subscriptions.delete(caller, id, ifMatch.on(s -> tags.of(WebhookViews.Subscription.of(s))));
        return ResponseEntity.noContent().build();
    }

    @GetMapping(DELIVERIES)
    @Operation(summary = "The deliveries of the departments the caller administers, paged, newest first")
    ResponseEntity<List<WebhookViews.Delivery>> deliveries(
            @AuthenticationPrincipal Caller caller,
            PageParams page,
            @Parameter(description = "only this subscription's") @RequestParam(required = false) @Pattern(regexp = ID)
                    String subscriptionId,
            @Parameter(description = "only in this state") @RequestParam(required = false) DeliveryState state,
            @Parameter(description = "only of this event type")
                    @RequestParam(required = false)
                    @Pattern(regexp = WebhookRequests.EVENT_TYPE)
                    String eventType,
            @Parameter(description = "only those made at or after this instant") @RequestParam(required = false)
                    Instant since) {
        return page.ok(log.ofAdministrator(
                        caller,
                        new WebhookDeliveryLog.Filter(subscriptionId, state, eventType, since),
                        page.pageable(WebhookDeliveryLog.LIST_ORDER))
                .map(WebhookViews.Delivery::of));
    }

    @PostMapping(DELIVERIES + "/{id}/redeliver")
    @Operation(
            summary = "Send a delivered or dead delivery again as a new series of attempts, with the same ce-id"
                    + " (409 while it is still pending)")
    WebhookViews.Delivery redeliver(
            @AuthenticationPrincipal Caller caller, @PathVariable @Pattern(regexp = ID) String id) {
        return WebhookViews.Delivery.of(log.redeliverForAdministrator(caller, id));
    }
}
