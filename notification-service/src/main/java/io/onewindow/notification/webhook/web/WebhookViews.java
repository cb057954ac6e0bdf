package io.onewindow.notification.webhook.web;

import io.onewindow.notification.webhook.WebhookSubscriptions;
import io.onewindow.notification.webhook.domain.DeliveryAttempt;
import io.onewindow.notification.webhook.domain.DeliveryState;
import io.onewindow.notification.webhook.domain.WebhookDelivery;
import io.onewindow.notification.webhook.domain.WebhookSubscription;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** Answers of the webhook endpoints. */
final class WebhookViews {

    private WebhookViews() {}

    /** A subscription, never with its secret. */
    record Subscription(
            String id,
            String partnerClientId,
            String department,
            List<String> eventTypes,
            String url,
            String description,
            boolean active,
            String createdBy,
            Instant createdAt,
            Instant secretRotatedAt,

            @Schema(description = "until when the previous secret is valid (and signed with too) after a rotation")
            Instant previousSecretValidUntil) {

        static Subscription of(WebhookSubscription s) {
            return new Subscription(
                    s.id(),
                    s.partnerClientId(),
                    s.department(),
                    s.eventTypes(),
                    s.url(),
                    s.description(),
                    s.active(),
                    s.createdBy(),
                    s.createdAt(),
                    s.secretRotatedAt(),
                    s.previousSecretUntil());
        }
    }

    /** A subscription with its signing secret: answered once, on creation and rotation. */
    record SubscriptionWithSecret(
            Subscription subscription,

            @Schema(
                    description = "the signing secret (base64url of 32 random bytes); the HMAC key is this"
                            + " text; shown this once",
                    maxLength = 43)
            String secret) {

        static SubscriptionWithSecret of(WebhookSubscriptions.WithSecret created) {
            return new SubscriptionWithSecret(
                    Subscription.of(created.subscription()), created.secret().value());
        }
    }

    /** One attempt. */
    record Attempt(Instant at, int series, Integer statusCode, long durationMillis, String error) {

        static Attempt of(DeliveryAttempt a) {
            return new Attempt(a.at(), a.series(), a.statusCode(), a.durationMillis(), a.error());
        }
    }

    /** A delivery with its attempts. */
    record Delivery(
            String id,
            String subscriptionId,

            @Schema(description = "the CloudEvents id sent as ce-id: the same in every redelivery")
            String eventId,

            String eventType,
            String subject,
            Instant eventTime,
            DeliveryState state,
            int series,
            Instant nextAttemptAt,
            String deadReason,
            Instant createdAt,
            Instant deliveredAt,
            List<Attempt> attempts) {

        static Delivery of(WebhookDelivery d) {
            return new Delivery(
                    d.id(),
                    d.subscriptionId(),
                    d.event().id(),
                    d.event().type(),
                    d.event().subject(),
                    d.event().time(),
                    d.state(),
                    d.series(),
                    d.nextAttemptAt(),
                    d.deadReason(),
                    d.createdAt(),
                    d.deliveredAt(),
                    d.attempts().stream().map(Attempt::of).toList());
        }
    }
}
