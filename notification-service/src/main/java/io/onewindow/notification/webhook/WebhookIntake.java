package io.onewindow.notification.webhook;

import io.onewindow.notification.webhook.domain.WebhookDelivery;
import io.onewindow.notification.webhook.domain.WebhookSubscription;
import io.onewindow.platform.events.approval.DepartmentRecorded;
import io.onewindow.platform.service.UseCase;
import java.time.Clock;

/**
 * Turns a consumed event into deliveries: one per live subscription of the event's department naming
 * its type, each with the id that subscription and event id give, so the same event again makes none.
 * Also keeps the departments' partner systems ({@link PartnerSystems}).
 */
@UseCase
public class WebhookIntake {

    private final SubscriptionStore subscriptions;
    private final WebhookDeliveryStore deliveries;
    private final PartnerSystems partners;
    private final Clock clock;

    WebhookIntake(
            SubscriptionStore subscriptions, WebhookDeliveryStore deliveries, PartnerSystems partners, Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.partners = partners;
        this.clock = clock;
    }

    /**
     * Queues {@code event} of {@code department} for the subscriptions that want it.
     *
     * @return how many deliveries were made now
     */
    public int accept(String department, WebhookDelivery.CloudEvent event) {
        if (department == null || department.isBlank()) {
            return 0;
        }
        int made = 0;
        for (WebhookSubscription subscription : subscriptions.liveFor(department, event.type())) {
            if (subscription.wants(event.type(), department)
                    && deliveries.addIfNew(WebhookDelivery.create(subscription, event, clock.instant()))) {
                made++;
            }
        }
        return made;
    }

    /** Learns a department's registered partner system. */
    public void departmentRecorded(DepartmentRecorded department) {
        partners.record(department);
    }
}
