package io.onewindow.notification.webhook;

import io.onewindow.notification.config.WebhookSettings;
import io.onewindow.notification.webhook.domain.DeliveryAttempt;
import io.onewindow.notification.webhook.domain.RetryPolicy;
import io.onewindow.notification.webhook.domain.WebhookDelivery;
import io.onewindow.notification.webhook.domain.WebhookSubscription;
import io.onewindow.platform.service.UseCase;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Sends the deliveries due now, each attempt once: a delivery is first claimed by a conditional write
 * ({@link WebhookDelivery#claim}; another sender, or another instance, finds it claimed), then sent
 * outside any write, then its attempt recorded under the same claim. Deliveries of a disabled or deleted
 * subscription are not claimed; one disabled between claim and send is given back unsent.
 */
@UseCase
public class WebhookDispatch {

    private final SubscriptionStore subscriptions;
    private final WebhookDeliveryStore deliveries;
    private final WebhookHttpSender sender;
    private final RetryPolicy policy;
    private final WebhookSettings settings;
    private final Clock clock;

    WebhookDispatch(
            SubscriptionStore subscriptions,
            WebhookDeliveryStore deliveries,
            WebhookHttpSender sender,
            RetryPolicy policy,
            WebhookSettings settings,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.sender = sender;
        this.policy = policy;
        this.settings = settings;
        this.clock = clock;
    }

    /** Attempts the due deliveries (at most {@code batch-size}); how many attempts were made. */
    public int sendDue() {
        List<String> live = subscriptions.liveIds();
        if (live.isEmpty()) {
            return 0;
        }
        int attempted = 0;
        for (WebhookDelivery due : deliveries.due(clock.instant(), live, settings.batchSize())) {
            if (attempt(due.id())) {
                attempted++;
            }
        }
        return attempted;
    }

    private boolean attempt(String deliveryId) {
        String token = UUID.randomUUID().toString();
        Instant now = clock.instant();
        if (!deliveries.changeIf(deliveryId, d -> d.claim(token, now, settings.claimLease()))) {
            return false;
        }
        WebhookDelivery claimed = deliveries.find(deliveryId).orElseThrow();
        Optional<WebhookSubscription> subscription =
                subscriptions.find(claimed.subscriptionId()).filter(WebhookSubscription::isLive);
        if (subscription.isEmpty()) {
            deliveries.changeIf(deliveryId, d -> d.release(token));
            return false;
        }
        Instant sentAt = clock.instant();
        DeliveryAttempt attempt = sender.send(
                subscription.get().url(), claimed, subscription.get().secretsAt(sentAt), sentAt);
        deliveries.changeIf(deliveryId, d -> d.recordAttempt(token, attempt, clock.instant(), policy));
        return true;
    }
}
