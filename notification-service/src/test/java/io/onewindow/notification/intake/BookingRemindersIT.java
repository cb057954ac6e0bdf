package io.onewindow.notification.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.onewindow.notification.inbox.Inbox;
import io.onewindow.notification.inbox.domain.Notice;
import io.onewindow.notification.support.EventFeed;
import io.onewindow.notification.support.NotificationIntegrationTest;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.events.appointment.Booked;
import io.onewindow.platform.events.appointment.BookingChannel;
import io.onewindow.platform.events.appointment.Cancelled;
import io.onewindow.platform.identity.IdentityPseudonyms;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.test.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.kafka.core.KafkaTemplate;

/** The day before a booking its person is reminded once; a cancelled booking is not. */
@NotificationIntegrationTest
class BookingRemindersIT {

    private static final String CITIZEN2_ID = "440113200002290028";

    @Autowired
    BookingReminders reminders;

    @Autowired
    Inbox inbox;

    @Autowired
    MutableClock clock;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventCodec codec;

    @Autowired
    IdentityPseudonyms pseudonyms;

    @AfterEach
    void resetClock() {
        clock.set(NotificationIntegrationTest.START);
    }

    @Test
    void remindsTomorrowsBookingOnceFromNineAndNotACancelledOne() {
        EventFeed feed = new EventFeed(kafka, codec);
        String person = pseudonyms.ofIdNumber(CITIZEN2_ID);
        // Wednesday 4 March 2026, 10:00 in the district
        Instant slot = Instant.parse("2026-03-04T02:00:00Z");
        String kept = "bk-" + UUID.randomUUID();
        String cancelled = "bk-" + UUID.randomUUID();
        feed.send(
                Topics.APPOINTMENT,
                "/appointment-service",
                booked(kept, person, slot),
                NotificationIntegrationTest.START);
        feed.send(
                Topics.APPOINTMENT,
                "/appointment-service",
                booked(cancelled, person, slot),
                NotificationIntegrationTest.START);
        feed.send(
                Topics.APPOINTMENT,
                "/appointment-service",
                new Cancelled(
                        cancelled,
                        null,
                        "sp-shiqiao",
                        "MR-001",
                        slot,
                        person,
                        "BY_PERSON",
                        null,
                        "citizen2",
                        BookingChannel.PORTAL,
                        null,
                        "market-regulation"),
                NotificationIntegrationTest.START);
        await().atMost(Duration.ofSeconds(30)).until(() -> kinds(cancelled).contains("BOOKING_CANCELLED"));

        // Tuesday 3 March, 08:59:59: not yet
        clock.set(Instant.parse("2026-03-03T00:59:59Z"));
        reminders.remind();
        assertThat(kinds(kept)).doesNotContain("BOOKING_REMINDER");

        // 09:00: the reminder, once however often the job runs
        clock.set(Instant.parse("2026-03-03T01:00:00Z"));
        reminders.remind();
        reminders.remind();
        assertThat(kinds(kept)).containsOnlyOnce("BOOKING_REMINDER");
        assertThat(notices(kept).stream()
                        .filter(n -> n.kind().name().equals("BOOKING_REMINDER"))
                        .findFirst()
                        .orElseThrow()
                        .text())
                .isEqualTo("温馨提醒：您明天 2026年3月4日 10:00 在 sp-shiqiao 预约了事项 MR-001，请按时携带材料到场办理；如不能前往，请提前取消。");
        assertThat(kinds(cancelled)).doesNotContain("BOOKING_REMINDER");
    }

    private List<String> kinds(String bookingId) {
        return notices(bookingId).stream().map(n -> n.kind().name()).toList();
    }

    private List<Notice> notices(String bookingId) {
        Caller citizen2 =
                new Caller("citizen2-subject", "citizen2", Set.of("citizen"), null, CITIZEN2_ID, null, "onewindow-cli");
        return inbox.mine(citizen2, PageRequest.of(0, 100, Sort.by(Sort.Direction.DESC, "sequence"))).stream()
                .filter(n -> bookingId.equals(n.subjectId()))
                .toList();
    }

    private static Booked booked(String bookingId, String person, Instant slot) {
        return new Booked(
                bookingId,
                "CODE-" + bookingId,
                null,
                "sp-shiqiao",
                "MR-001",
                slot,
                person,
                "440113********0028",
                null,
                null,
                BookingChannel.PORTAL,
                null,
                "market-regulation");
    }
}
