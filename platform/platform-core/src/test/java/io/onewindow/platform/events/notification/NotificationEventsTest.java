package io.onewindow.platform.events.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventEnvelope;
import io.onewindow.platform.events.EventType;
import io.onewindow.platform.events.EventTypes;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotificationEventsTest {

    static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");

    @Test
    void aTemplateChangeHasAVersionedNotificationTypeAndIsKeyedByTheNoticeKind() {
        NoticeTemplatePublished published =
                new NoticeTemplatePublished("CASE_ACCEPTED", "case.accepted", 2, "PUBLISHED", 1, "admin1", AT);
        assertThat(EventTypes.typeOf(published)).isEqualTo("onewindow.notification.NoticeTemplatePublished.v1");
        assertThat(EventEnvelope.wrap("/notification-service", published, AT).subject())
                .isEqualTo("CASE_ACCEPTED");
    }

    @Test
    void aDraftSavedRetiresNothing() {
        NoticeTemplatePublished drafted =
                new NoticeTemplatePublished("CASE_ACCEPTED", "case.accepted", 3, "DRAFT", null, "admin1", AT);
        assertThat(drafted.retiredVersion()).isNull();
        assertThat(drafted.state()).isEqualTo("DRAFT");
    }

    @Test
    void aNoticeIsKeyedByItsId() {
        NoticeCreated created =
                new NoticeCreated("n-1", "sub:x", "CASE_ACCEPTED", "case.accepted", 2, "case-1", "e-1", AT);
        assertThat(EventEnvelope.wrap("/notification-service", created, AT).subject())
                .isEqualTo("n-1");
    }

    static final String SECRET = "c2VjcmV0LXNpZ25pbmcta2V5LW9mLXRoZS1wYXJ0bmVy";

    @Test
    void webhookEventsHaveVersionedNotificationTypesNamedAfterTheirRecords() {
        for (DomainEvent event : List.of(deadLettered(), changed())) {
            assertThat(EventTypes.typeOf(event))
                    .isEqualTo("onewindow.notification." + event.getClass().getSimpleName() + ".v1");
        }
    }

    @Test
    void aDeadLetteredDeliveryIsKeyedByTheDeliveryIdAndASubscriptionChangeByTheSubscriptionId() {
        assertThat(EventEnvelope.wrap("/onewindow/notification-service", deadLettered(), AT)
                        .subject())
                .isEqualTo("dlv-1");
        assertThat(EventEnvelope.wrap("/onewindow/notification-service", changed(), AT)
                        .subject())
                .isEqualTo("sub-1");
    }

    @Test
    void aSubscriptionChangeKeepsItsOwnCopyOfTheEventTypes() {
        List<String> types = new ArrayList<>(List.of("onewindow.approval.ApplicationAccepted.v1"));
        WebhookSubscriptionChanged changed =
                new WebhookSubscriptionChanged("sub-1", "partner-tax", "tax", types, "CREATED", true, "admin1", AT);
        types.add("onewindow.approval.ApplicationDenied.v1");
        assertThat(changed.eventTypes()).containsExactly("onewindow.approval.ApplicationAccepted.v1");
        assertThat(new WebhookSubscriptionChanged("sub-1", "partner-tax", "tax", null, "CREATED", true, "admin1", AT)
                        .eventTypes())
                .isEmpty();
    }

    @Test
    void noWebhookEventCarriesASecretOrAnAddress() {
        for (DomainEvent event : List.of(deadLettered(), changed())) {
            assertThat(event.toString()).doesNotContain(SECRET).doesNotContain("https://");
        }
    }

    static WebhookDeliveryDeadLettered deadLettered() {
        return new WebhookDeliveryDeadLettered(
                "dlv-1",
                "sub-1",
                "partner-tax",
                "tax",
                "evt-1",
                "onewindow.approval.ApplicationAccepted.v1",
                8,
                "HTTP 500",
                AT);
    }

    static WebhookSubscriptionChanged changed() {
        return new WebhookSubscriptionChanged(
                "sub-1",
                "partner-tax",
                "tax",
                List.of("onewindow.approval.ApplicationAccepted.v1"),
                "SECRET_ROTATED",
                true,
                "admin1",
                AT);
    }

    static final List<Class<? extends DomainEvent>> EVENTS =
            List.of(NoticeCreated.class, NoticeDelivered.class, NoticeDeliveryFailed.class);

    @Test
    void everyNoticeEventIsAPastTenseVersionedRecordOfTheNotificationService() {
        for (Class<? extends DomainEvent> event : EVENTS) {
            assertThat(event.isRecord()).as(event.getSimpleName()).isTrue();
            assertThat(event.getSimpleName()).doesNotEndWith("Event");
            assertThat(event.getAnnotation(EventType.class).value())
                    .isEqualTo("onewindow.notification." + event.getSimpleName() + ".v1");
        }
    }

    @Test
    void noEventCarriesAnAddressATextOrAName() {
        for (Class<? extends DomainEvent> event : EVENTS) {
            List<String> fields = Arrays.stream(event.getRecordComponents())
                    .map(RecordComponent::getName)
                    .map(String::toLowerCase)
                    .toList();
            assertThat(fields)
                    .as(event.getSimpleName())
                    .noneMatch(f -> f.contains("mobile")
                            || f.contains("phone")
                            || f.contains("openid")
                            || f.contains("address")
                            || f.equals("text")
                            || f.endsWith("name")
                            || f.endsWith("idnumber"));
        }
    }

    @Test
    void deliveryEventsAreKeyedByTheNoticeSoTheyFollowItsCreation() {
        Instant at = Instant.parse("2026-03-02T01:00:00Z");
        NoticeDelivered delivered = new NoticeDelivered("d-1", "n-1", "pseudonym", "SMS", "secondary", 2, "ev-1", at);
        NoticeDeliveryFailed failed =
                new NoticeDeliveryFailed("d-2", "n-1", "pseudonym", "WECHAT", "wechat-43101", 1, "ev-1", at);

        assertThat(delivered.aggregateId()).isEqualTo("n-1");
        assertThat(failed.aggregateId()).isEqualTo("n-1");
        assertThat(EventTypes.typeOf(delivered)).isEqualTo("onewindow.notification.NoticeDelivered.v1");
        assertThat(EventTypes.typeOf(failed)).isEqualTo("onewindow.notification.NoticeDeliveryFailed.v1");
    }
}
