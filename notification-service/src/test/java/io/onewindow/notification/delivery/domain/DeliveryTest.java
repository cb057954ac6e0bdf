package io.onewindow.notification.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.notification.NoticeDelivered;
import io.onewindow.platform.events.notification.NoticeDeliveryFailed;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeliveryTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW =
            LocalDateTime.parse("2026-03-02T09:00:00").atZone(SHANGHAI).toInstant();
    private static final Backoff BACKOFF = new Backoff(Duration.ofMinutes(1), 2, 3);

    private static Delivery.NoticeRef notice() {
        return new Delivery.NoticeRef("n-1", "pseudonym-1", "ev-1", "BOOKING_CONFIRMED", "booking.confirmed", Map.of());
    }

    private static Delivery queuedSms() {
        return Delivery.queue(notice(), ChannelKind.SMS, "13800000000", null, SHANGHAI, NOW);
    }

    @Test
    void theIdFollowsFromTheNoticeAndTheChannelOnly() {
        assertThat(queuedSms().id()).isEqualTo(Delivery.idOf("n-1", ChannelKind.SMS));
        assertThat(Delivery.idOf("n-1", ChannelKind.SMS)).isNotEqualTo(Delivery.idOf("n-1", ChannelKind.WECHAT));
        assertThat(Delivery.idOf("n-1", ChannelKind.SMS)).isNotEqualTo(Delivery.idOf("n-2", ChannelKind.SMS));
    }

    @Test
    void aQueuedDeliveryIsDueAtOnceOutsideQuietHours() {
        Delivery delivery = queuedSms();
        assertThat(delivery.state()).isEqualTo(DeliveryState.QUEUED);
        assertThat(delivery.isDue(NOW)).isTrue();
    }

    @Test
    void insideQuietHoursItIsDueAtTheirEnd() {
        Instant late =
                LocalDateTime.parse("2026-03-02T23:00:00").atZone(SHANGHAI).toInstant();
        Delivery delivery = Delivery.queue(
                notice(),
                ChannelKind.SMS,
                "13800000000",
                new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0)),
                SHANGHAI,
                late);

        assertThat(delivery.isDue(late)).isFalse();
        assertThat(delivery.dueAt())
                .isEqualTo(LocalDateTime.parse("2026-03-03T07:00:00")
                        .atZone(SHANGHAI)
                        .toInstant());
    }

    @Test
    void claimedSentAndReportedDeliveredRecordsNoticeDelivered() {
        Delivery delivery = queuedSms();
        delivery.claim(NOW);
        assertThat(delivery.state()).isEqualTo(DeliveryState.SENDING);
        assertThat(delivery.attempts()).isEqualTo(1);

        delivery.accepted(new SendOutcome.Accepted("secondary", "s-1", false), NOW);
        assertThat(delivery.state()).isEqualTo(DeliveryState.SENT);
        assertThat(delivery.provider()).isEqualTo("secondary");
        assertThat(delivery.pullEvents()).isEmpty();

        assertThat(delivery.reported(true, null, NOW.plusSeconds(5))).isTrue();
        assertThat(delivery.state()).isEqualTo(DeliveryState.DELIVERED);
        List<DomainEvent> events = delivery.pullEvents();
        assertThat(events).singleElement().isInstanceOfSatisfying(NoticeDelivered.class, e -> {
            assertThat(e.provider()).isEqualTo("secondary");
            assertThat(e.channel()).isEqualTo("SMS");
            assertThat(e.causeEventId()).isEqualTo("ev-1");
        });
        assertThat(delivery.reported(false, "late", NOW.plusSeconds(9))).isFalse();
        assertThat(delivery.state()).isEqualTo(DeliveryState.DELIVERED);
    }

    @Test
    void weChatTakingTheMessageIsDelivery() {
        Delivery delivery = Delivery.queue(notice(), ChannelKind.WECHAT, "o-openid-0000000000", null, SHANGHAI, NOW);
        delivery.claim(NOW);
        delivery.accepted(new SendOutcome.Accepted("wechat", "m-1", true), NOW);

        assertThat(delivery.state()).isEqualTo(DeliveryState.DELIVERED);
        assertThat(delivery.pullEvents()).singleElement().isInstanceOf(NoticeDelivered.class);
    }

    @Test
    void aRetryableFailureIsQueuedAgainAfterTheBackoffUntilTheLastAttempt() {
        Delivery delivery = queuedSms();
        SendOutcome.Failed down = new SendOutcome.Failed("secondary", "sms-unavailable-503", true);

        delivery.claim(NOW);
        delivery.attemptFailed(down, BACKOFF, SHANGHAI, NOW);
        assertThat(delivery.state()).isEqualTo(DeliveryState.QUEUED);
        assertThat(delivery.dueAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        assertThat(delivery.isDue(NOW.plusSeconds(59))).isFalse();

        Instant second = NOW.plus(Duration.ofMinutes(1));
        delivery.claim(second);
        delivery.attemptFailed(down, BACKOFF, SHANGHAI, second);
        assertThat(delivery.dueAt()).isEqualTo(second.plus(Duration.ofMinutes(2)));
        assertThat(delivery.pullEvents()).isEmpty();

        Instant third = second.plus(Duration.ofMinutes(2));
        delivery.claim(third);
        delivery.attemptFailed(down, BACKOFF, SHANGHAI, third);
        assertThat(delivery.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(delivery.reason()).isEqualTo("sms-unavailable-503");
        assertThat(delivery.attempts()).isEqualTo(3);
        assertThat(delivery.pullEvents()).singleElement().isInstanceOfSatisfying(NoticeDeliveryFailed.class, e -> {
            assertThat(e.reason()).isEqualTo("sms-unavailable-503");
            assertThat(e.attempts()).isEqualTo(3);
        });
    }

    @Test
    void aRetryThatWouldFallInQuietHoursWaitsForTheirEnd() {
        Instant evening =
                LocalDateTime.parse("2026-03-02T21:59:30").atZone(SHANGHAI).toInstant();
        Delivery delivery = Delivery.queue(
                notice(),
                ChannelKind.SMS,
                "13800000000",
                new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0)),
                SHANGHAI,
                evening);
        delivery.claim(evening);
        delivery.attemptFailed(new SendOutcome.Failed("primary", "sms-timeout", true), BACKOFF, SHANGHAI, evening);

        assertThat(delivery.dueAt())
                .isEqualTo(LocalDateTime.parse("2026-03-03T07:00:00")
                        .atZone(SHANGHAI)
                        .toInstant());
    }

    @Test
    void aPermanentFailureFailsAtOnce() {
        Delivery delivery = queuedSms();
        delivery.claim(NOW);
        delivery.attemptFailed(new SendOutcome.Failed("wechat", "wechat-43101", false), BACKOFF, SHANGHAI, NOW);

        assertThat(delivery.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(delivery.reason()).isEqualTo("wechat-43101");
    }

    @Test
    void aLimitRefusesItWithoutAnAttempt() {
        Delivery delivery = queuedSms();
        delivery.refuse(SendLimits.RECIPIENT_LIMIT, NOW);

        assertThat(delivery.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(delivery.reason()).isEqualTo("recipient-limit");
        assertThat(delivery.attempts()).isZero();
    }

    @Test
    void testModeRecordsSentWithoutAProviderAndWithoutAnEvent() {
        Delivery delivery = queuedSms();
        delivery.claim(NOW);
        delivery.sentInTestMode(NOW);

        assertThat(delivery.state()).isEqualTo(DeliveryState.SENT);
        assertThat(delivery.testMode()).isTrue();
        assertThat(delivery.provider()).isEqualTo(Delivery.TEST_MODE);
        assertThat(delivery.pullEvents()).isEmpty();
    }

    @Test
    void aSendLeftHangingIsFailedNotRepeated() {
        Delivery delivery = queuedSms();
        delivery.claim(NOW);
        delivery.interrupted(NOW.plus(Duration.ofMinutes(10)));

        assertThat(delivery.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(delivery.reason()).isEqualTo(Delivery.INTERRUPTED);
    }

    @Test
    void illegalTransitionsAreRefused() {
        Delivery delivery = queuedSms();
        assertThatThrownBy(() -> delivery.accepted(new SendOutcome.Accepted("primary", "p", false), NOW))
                .isInstanceOf(IllegalStateException.class);
        assertThat(delivery.reported(true, null, NOW)).isFalse();
        delivery.claim(NOW);
        assertThatThrownBy(() -> delivery.claim(NOW)).isInstanceOf(IllegalStateException.class);
    }
}
