package io.onewindow.notification.webhook;

import io.onewindow.notification.webhook.domain.DeliveryState;
import io.onewindow.notification.webhook.domain.WebhookDelivery;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.service.UseCase;
import java.time.Clock;
import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The delivery log and redelivery. A partner system sees only the deliveries of its own subscriptions
 * (its client id and its token's department); administrators see those of the departments they
 * administer. Anything else is "not found".
 */
@UseCase
public class WebhookDeliveryLog {

    /** Order of the lists: the newest first. */
    public static final Sort LIST_ORDER = WebhookDeliveryStore.NEWEST_FIRST;

    private final WebhookDeliveryStore deliveries;
    private final Clock clock;

    WebhookDeliveryLog(WebhookDeliveryStore deliveries, Clock clock) {
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** What a log is filtered by; {@code null} does not filter. */
    public record Filter(String subscriptionId, DeliveryState state, String eventType, Instant since) {}

    /** The calling partner system's deliveries, one page. */
    public Page<WebhookDelivery> ofPartner(Caller partner, Filter filter, Pageable page) {
        String department = WebhookAccess.partnerDepartment(partner);
        return deliveries.list(
                new WebhookDeliveryStore.Filter(
                        partner.clientId(),
                        department,
                        filter.subscriptionId(),
                        filter.state(),
                        filter.eventType(),
                        filter.since()),
                page);
    }

    /** The deliveries of the departments the calling administrator administers, one page. */
    public Page<WebhookDelivery> ofAdministrator(Caller admin, Filter filter, Pageable page) {
        return deliveries.list(
                new WebhookDeliveryStore.Filter(
                        null,
                        WebhookAccess.scopeOf(admin),
                        filter.subscriptionId(),
                        filter.state(),
                        filter.eventType(),
                        filter.since()),
                page);
    }

    /** One of the calling partner's deliveries. */
    public WebhookDelivery ofPartner(Caller partner, String id) {
        String department = WebhookAccess.partnerDepartment(partner);
        return deliveries
                .find(id)
                .filter(d -> d.partnerClientId().equals(partner.clientId())
                        && d.department().equals(department))
                .orElseThrow(() -> new NotFoundException("webhook-delivery", id));
    }

    /** One delivery of a department the calling administrator administers. */
    public WebhookDelivery ofAdministrator(Caller admin, String id) {
        WebhookAccess.scopeOf(admin);
        return deliveries
                .find(id)
                .filter(d -> WebhookAccess.administers(admin, d.department()))
                .orElseThrow(() -> new NotFoundException("webhook-delivery", id));
    }

    /** Sends one of the partner's delivered or dead deliveries again, as a new series, with the same event id. */
    public WebhookDelivery redeliverForPartner(Caller partner, String id) {
        ofPartner(partner, id);
        return deliveries.change(id, d -> d.redeliver(clock.instant()));
    }

    /** As {@link #redeliverForPartner}, for an administrator of the delivery's department. */
    public WebhookDelivery redeliverForAdministrator(Caller admin, String id) {
        ofAdministrator(admin, id);
        return deliveries.change(id, d -> d.redeliver(clock.instant()));
    }
}
