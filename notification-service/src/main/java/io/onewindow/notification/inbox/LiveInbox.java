package io.onewindow.notification.inbox;

import io.onewindow.notification.config.NotificationSettings;
import io.onewindow.notification.inbox.domain.Notice;
import io.onewindow.notification.inbox.domain.Recipients;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.service.UseCase;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live stream of a person's inbox (server-sent events): each notice stored for the caller after
 * the stream opened is sent as event {@code notice} with the notice's number as its {@code id}; a
 * client that reconnects with {@code Last-Event-ID} first gets what it missed (at most
 * {@code stream-replay-max}). Notices are found by reading the notices numbered after the last one
 * seen, every {@code stream-poll-interval} and at once when this instance stored one, so a notice
 * stored by any instance reaches the streams of every instance. Idle streams get a comment every
 * {@code stream-heartbeat}.
 */
@UseCase
public class LiveInbox implements DisposableBean {

    /** The SSE event name of a notice. */
    public static final String EVENT = "notice";

    private static final Logger log = LoggerFactory.getLogger(LiveInbox.class);
    private static final int POLL_BATCH = 500;

    private final NoticeStore notices;
    private final InboxKeys keys;
    private final NotificationSettings settings;
    private final Set<Stream> streams = new CopyOnWriteArraySet<>();
    private final Object lock = new Object();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "live-inbox");
        thread.setDaemon(true);
        return thread;
    });
    // The highest notice number the streams have been given; -1 while no stream is open.
    private long cursor = -1;

    LiveInbox(NoticeStore notices, InboxKeys keys, NotificationSettings settings) {
        this.notices = notices;
        this.keys = keys;
        this.settings = settings;
        long poll = settings.streamPollInterval().toMillis();
        timer.scheduleWithFixedDelay(this::pollQuietly, poll, poll, TimeUnit.MILLISECONDS);
        long heartbeat = settings.streamHeartbeat().toMillis();
        timer.scheduleWithFixedDelay(this::heartbeat, heartbeat, heartbeat, TimeUnit.MILLISECONDS);
    }

    /** One open stream: whose, and the highest notice number it was sent. */
    private static final class Stream {
        final Set<String> keys;
        final SseEmitter emitter;
        final Function<Notice, ?> view;
        long sent;

        Stream(Set<String> keys, SseEmitter emitter, Function<Notice, ?> view) {
            this.keys = keys;
            this.emitter = emitter;
            this.view = view;
        }
    }

    /**
     * Opens the caller's stream.
     *
     * @param lastEventId the number of the last notice the client got ({@code Last-Event-ID}), or null
     *     for only what comes from now on
     * @param view what a notice is sent as
     * @throws ConflictException {@code live-stream.limit} when the caller holds {@code stream-max-per-person}
     *     streams open here already
     */
    public SseEmitter open(Caller caller, Long lastEventId, Function<Notice, ?> view) {
        String account = Recipients.ofSubject(caller.subject());
        long open = streams.stream().filter(s -> s.keys.contains(account)).count();
        if (open >= settings.streamMaxPerPerson()) {
            throw new ConflictException(
                    "live-stream.limit",
                    "at most " + settings.streamMaxPerPerson() + " live streams per person",
                    settings.streamMaxPerPerson());
        }
        Stream stream = new Stream(
                keys.of(caller), new SseEmitter(settings.streamLifetime().toMillis()), view);
        Runnable gone = () -> streams.remove(stream);
        stream.emitter.onCompletion(gone);
        stream.emitter.onTimeout(gone);
        stream.emitter.onError(e -> gone.run());
        synchronized (lock) {
            if (cursor < 0) {
                cursor = notices.lastSequence();
            }
            stream.sent = cursor;
            // the comment sends the headers at once, so the client knows the stream is open
            send(stream, SseEmitter.event().comment("open"));
            if (lastEventId != null) {
                stream.sent = lastEventId;
                for (Notice notice : notices.after(stream.keys, lastEventId, settings.streamReplayMax())) {
                    deliver(stream, notice);
                }
                stream.sent = Math.max(stream.sent, cursor);
            }
            streams.add(stream);
        }
        return stream.emitter;
    }

    /** A notice was stored here: look now rather than at the next poll. */
    void wake() {
        if (!streams.isEmpty()) {
            timer.execute(this::pollQuietly);
        }
    }

    /** Open streams of this instance (for the tests and the logs). */
    public int openStreams() {
        return streams.size();
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (RuntimeException e) {
            log.warn("The live inbox could not read new notices: {}", e.toString());
        }
    }

    private void poll() {
        synchronized (lock) {
            if (streams.isEmpty()) {
                cursor = -1;
                return;
            }
            List<Notice> fresh;
            do {
                fresh = notices.after(cursor, POLL_BATCH);
                for (Notice notice : fresh) {
                    cursor = Math.max(cursor, notice.sequence());
                    for (Stream stream : streams) {
                        if (stream.keys.contains(notice.recipient()) && notice.sequence() > stream.sent) {
                            deliver(stream, notice);
                        }
                    }
                }
            } while (fresh.size() == POLL_BATCH);
        }
    }

    private void heartbeat() {
        streams.forEach(stream -> send(stream, SseEmitter.event().comment("heartbeat")));
    }

    private void deliver(Stream stream, Notice notice) {
        if (send(
                stream,
                SseEmitter.event()
                        .id(Long.toString(notice.sequence()))
                        .name(EVENT)
                        .data(stream.view.apply(notice), org.springframework.http.MediaType.APPLICATION_JSON))) {
            stream.sent = notice.sequence();
        }
    }

    private boolean send(Stream stream, SseEmitter.SseEventBuilder event) {
        try {
            stream.emitter.send(event);
            return true;
        } catch (IOException | IllegalStateException e) {
            streams.remove(stream);
            stream.emitter.completeWithError(e);
            return false;
        }
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
        streams.forEach(stream -> stream.emitter.complete());
        streams.clear();
    }
}
