package io.onewindow.platform.events.notification;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * A partner webhook delivery was given up after its last attempt (state {@code dead}); it stays in the
 * partner's delivery log and may be redelivered on request. Carries ids, never the delivered body.
 *
 * @param deliveryId the delivery's id (derived from the subscription and the event id)
 * @param subscriptionId the webhook subscription it was for
 * @param partnerClientId the partner system's Keycloak client id
 * @param department the department of the subscription and of the event
 * @param eventId the CloudEvents id of the event delivered (the {@code ce-id} sent)
 * @param eventType the event's type, e.g. {@code onewindow.approval.ApplicationAccepted.v1}
 * @param attempts how many attempts the last series made
 * @param reason the last attempt's outcome, e.g. {@code HTTP 500} or {@code timeout}
 * @param deadAt when it was given up
 */
@EventType("onewindow.notification.WebhookDeliveryDeadLettered.v1")
public record WebhookDeliveryDeadLettered(
        String deliveryId,
        String subscriptionId,
        String partnerClientId,
        String department,
        String eventId,
        String eventType,
        int attempts,
        String reason,
        Instant deadAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return deliveryId;
    }
}
