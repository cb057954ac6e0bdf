package io.onewindow.platform.events.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.platform.events.EventEnvelope;
import io.onewindow.platform.events.EventTypes;
import java.time.Instant;
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
}
