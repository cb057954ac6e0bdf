package io.onewindow.notification.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.notification.support.EventFeed;
import io.onewindow.notification.support.NotificationIntegrationTest;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.identity.IdentityPseudonyms;
import io.onewindow.platform.messaging.codec.EventCodec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The live stream over real HTTP: a notice stored after the stream opened arrives as a {@code notice}
 * event; heartbeats keep it open; reconnecting with {@code Last-Event-ID} replays what was missed;
 * another person's notice never appears.
 */
@NotificationIntegrationTest
class LiveInboxIT {

    @Value("${local.server.port}")
    int port;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventCodec codec;

    @Autowired
    IdentityPseudonyms pseudonyms;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aNoticeStoredAfterConnectingIsStreamedAndAReconnectReplaysIt() throws Exception {
        EventFeed feed = new EventFeed(kafka, codec);
        String othersBooking = "bk-" + UUID.randomUUID();
        String bookingId = "bk-" + UUID.randomUUID();
        Lines stream = open("citizen1", null);
        Lines othersStream = open("citizen2", null);
        stream.await(":open");
        othersStream.await(":open");

        feed.send(
                Topics.APPOINTMENT,
                "/appointment-service",
                InboxIT.booked(othersBooking, pseudonyms.ofIdNumber("440113200002290028")),
                NotificationIntegrationTest.START);
        feed.send(
                Topics.APPOINTMENT,
                "/appointment-service",
                InboxIT.booked(bookingId, pseudonyms.ofIdNumber("440113199003071235")),
                NotificationIntegrationTest.START);

        List<String> event = stream.awaitEvent(bookingId);
        assertThat(event).contains("event:notice");
        String id = event.stream()
                .filter(l -> l.startsWith("id:"))
                .findFirst()
                .orElseThrow()
                .substring(3);
        assertThat(event.stream().filter(l -> l.startsWith("data:")).findFirst().orElseThrow())
                .contains("\"kind\":\"BOOKING_CONFIRMED\"")
                .contains("预约成功")
                .doesNotContain(othersBooking);
        assertThat(stream.seen()).noneMatch(l -> l.contains(othersBooking));
        assertThat(othersStream.awaitEvent(othersBooking)).noneMatch(l -> l.contains(bookingId));
        stream.await(":heartbeat");

        // a client that got everything before it: replays this one
        Lines again = open("citizen1", Long.toString(Long.parseLong(id) - 1));
        assertThat(again.awaitEvent(bookingId)).contains("id:" + id);
        // a client that got it: nothing more of it
        Lines upToDate = open("citizen1", id);
        upToDate.await(":open");
        upToDate.await(":heartbeat");
        assertThat(upToDate.seen()).noneMatch(l -> l.contains(bookingId));
        stream.close();
        othersStream.close();
        again.close();
        upToDate.close();
    }

    @Test
    void aPersonHoldsAtMostTheStreamsTheSettingAllowsAndAnotherPersonIsNotCounted() throws Exception {
        List<Lines> open = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            open.add(open("agent1", null));
            open.get(i).await(":open");
        }
        HttpResponse<String> oneMore = http.send(request("agent1", null).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(oneMore.statusCode()).isEqualTo(409);
        assertThat(oneMore.body()).contains("urn:onewindow:problem:live-stream.limit");
        Lines someoneElse = open("enterprise1", null);
        someoneElse.await(":open");
        someoneElse.close();
        open.forEach(Lines::close);
    }

    @Test
    void staffCannotOpenAStreamAndABadLastEventIdIsRefused() throws Exception {
        HttpResponse<String> staff = http.send(request("officer1", null).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(staff.statusCode()).isEqualTo(403);
        HttpResponse<String> bad =
                http.send(request("citizen1", "yesterday").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    private HttpRequest.Builder request(String user, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/notifications/mine/stream"))
                .header("Authorization", "Bearer " + InboxIT.token(user))
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        return request;
    }

    private Lines open(String user, String lastEventId) throws Exception {
        HttpResponse<Stream<String>> response =
                http.send(request(user, lastEventId).build(), HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
        return new Lines(response.body());
    }

    /** The lines of one open stream, read in the background. */
    private static final class Lines {
        private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        private final List<String> seen = new ArrayList<>();
        private final Stream<String> body;

        Lines(Stream<String> body) {
            this.body = body;
            CompletableFuture.runAsync(() -> {
                Iterator<String> lines = body.iterator();
                while (lines.hasNext()) {
                    queue.add(lines.next());
                }
            });
        }

        void await(String line) throws InterruptedException {
            long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < until) {
                String next = queue.poll(100, TimeUnit.MILLISECONDS);
                if (next != null) {
                    seen.add(next);
                    if (next.equals(line)) {
                        return;
                    }
                }
            }
            throw new AssertionError("no line " + line + " in " + seen);
        }

        /** The lines of the first event whose data contains {@code text}. */
        List<String> awaitEvent(String text) throws InterruptedException {
            long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            List<String> event = new ArrayList<>();
            while (System.nanoTime() < until) {
                String next = queue.poll(100, TimeUnit.MILLISECONDS);
                if (next == null) {
                    continue;
                }
                seen.add(next);
                if (next.isEmpty()) {
                    if (event.stream().anyMatch(l -> l.startsWith("data:") && l.contains(text))) {
                        return event;
                    }
                    event = new ArrayList<>();
                } else {
                    event.add(next);
                }
            }
            throw new AssertionError("no event with " + text + " in " + seen);
        }

        List<String> seen() {
            return seen;
        }

        void close() {
            body.close();
        }
    }
}
