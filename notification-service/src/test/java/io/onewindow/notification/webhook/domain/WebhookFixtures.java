package io.onewindow.notification.webhook.domain;

import java.time.Instant;
import java.util.List;

/** Subscriptions and events of the tax department's partner system, as the tests need them. */
final class WebhookFixtures {

    static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");
    static final String ACCEPTED = "onewindow.approval.ApplicationAccepted.v1";
    static final String DENIED = "onewindow.approval.ApplicationDenied.v1";

    private WebhookFixtures() {}

    static WebhookSubscription taxPartnerSubscribedTo(String... types) {
        WebhookSubscription s = WebhookSubscription.create(
                "sub-1",
                new WebhookSubscription.Request(
                        "partner-tax",
                        "tax",
                        List.of(types),
                        WebhookUrl.of("https://tax.example.gov.cn/hooks", false),
                        null),
                new SigningSecret("first-secret"),
                "admin1",
                AT);
        s.pullEvents();
        return s;
    }

    static WebhookDelivery.CloudEvent acceptedEvent(String eventId) {
        return new WebhookDelivery.CloudEvent(
                eventId, "/onewindow/approval-service", ACCEPTED, "TX-2026-000001", AT, "{\"department\":\"tax\"}");
    }
}
