package io.onewindow.platform.events.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import io.onewindow.platform.events.EventTypes;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract of the notification service's events: versioned, past tense, pseudonymised. */
class NotificationEventsTest {

    static final List<Class<? extends DomainEvent>> EVENTS =
            List.of(NoticeCreated.class, NoticeDelivered.class, NoticeDeliveryFailed.class);

    @Test
    void everyEventIsAPastTenseVersionedRecordOfTheNotificationService() {
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
