package io.onewindow.platform.events.notification;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;
import java.util.List;

/**
 * A partner webhook subscription was created, disabled, enabled, given a new signing secret or deleted
 * (by an administrator). Never carries the secret or the endpoint's URL.
 *
 * @param subscriptionId the subscription's id
 * @param partnerClientId the partner system's Keycloak client id
 * @param department the department whose events it receives
 * @param eventTypes the event types it receives
 * @param change {@code CREATED}, {@code DISABLED}, {@code ENABLED}, {@code SECRET_ROTATED} or {@code DELETED}
 * @param active whether deliveries are sent after the change
 * @param changedBy the administrator's username
 * @param changedAt when
 */
@EventType("onewindow.notification.WebhookSubscriptionChanged.v1")
public record WebhookSubscriptionChanged(
        String subscriptionId,
        String partnerClientId,
        String department,
        List<String> eventTypes,
        String change,
        boolean active,
        String changedBy,
        Instant changedAt)
        implements DomainEvent {

    public WebhookSubscriptionChanged {
        eventTypes = eventTypes == null ? List.of() : List.copyOf(eventTypes);
    }

    @Override
    public String aggregateId() {
        return subscriptionId;
    }
}
