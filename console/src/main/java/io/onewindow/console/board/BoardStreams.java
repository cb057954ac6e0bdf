package io.onewindow.console.board;

import io.onewindow.console.config.ConsoleSettings;
import io.onewindow.console.gateway.ServiceProblem;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The open board streams, by hall. A hall's boards are redrawn when one of its queue events arrives
 * ({@link QueueEvents}: several events within a moment make one redraw) and at least every
 * {@code refresh-interval} (a missed event or a Kafka outage never leaves a screen stale longer),
 * and once more after {@code public-cache-max-age} (the first read after an event may still get the
 * gateway's cached board from before it);
 * a redraw reads the public board once for all the hall's screens and sends the lines' HTML, as
 * event {@code board}, only when it changed. A new stream gets the current board at once, so a
 * screen that reconnects after a network blip is up to date immediately. Idle streams get a comment
 * every {@code heartbeat} so proxies keep them and dead ones are noticed.
 */
@Component
public class BoardStreams implements DisposableBean {

    /** The SSE event whose data replaces the board's lines (htmx's {@code sse-swap="board"}). */
    public static final String EVENT = "board";

    private static final Logger log = LoggerFactory.getLogger(BoardStreams.class);
    private static final long DEBOUNCE_MILLIS = 150;

    private final BoardCalls calls;
    private final ITemplateEngine templates;
    private final ConsoleSettings.Board settings;
    private final Map<String, Hall> halls = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private final ScheduledExecutorService redraws = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "board-redraw");
        thread.setDaemon(true);
        return thread;
    });

    /** One hall's screens and what they show now. */
    private static final class Hall {
        final Set<SseEmitter> screens = new CopyOnWriteArraySet<>();
        volatile String lines;
        volatile boolean redrawPending;
        volatile boolean settledRedrawPending;
    }

    BoardStreams(BoardCalls calls, ITemplateEngine templates, ConsoleSettings settings) {
        this.calls = calls;
        this.templates = templates;
        this.settings = settings.board();
    }

    /** Thrown when this instance serves {@code max-streams} streams already. */
    public static final class TooManyStreams extends RuntimeException {
        TooManyStreams() {
            super("too many board streams");
        }
    }

    /**
     * Opens a stream for a hall's screen and sends it the current board.
     *
     * @throws ServiceProblem when the hall's board cannot be read (404 for an unknown hall)
     */
    public SseEmitter open(String servicePointId) {
        String lines = render(read(servicePointId));
        if (open.incrementAndGet() > settings.maxStreams()) {
            open.decrementAndGet();
            throw new TooManyStreams();
        }
        SseEmitter screen = new SseEmitter(settings.streamLifetime().toMillis());
        Hall hall = halls.computeIfAbsent(servicePointId, id -> new Hall());
        hall.lines = lines;
        hall.screens.add(screen);
        Runnable gone = () -> {
            if (hall.screens.remove(screen)) {
                open.decrementAndGet();
            }
        };
        screen.onCompletion(gone);
        screen.onTimeout(gone);
        screen.onError(e -> gone.run());
        send(hall, screen, lines);
        return screen;
    }

    /** The hall's board as it is now (for the page's first paint). */
    public Board read(String servicePointId) {
        Map<String, Object> board = calls.board(servicePointId);
        return Board.of(servicePointId, name(servicePointId), board);
    }

    /** A queue event of this hall: its screens are redrawn in a moment (several events, one redraw). */
    public void changed(String servicePointId) {
        Hall hall = halls.get(servicePointId);
        if (hall == null || hall.screens.isEmpty()) {
            return;
        }
        if (!hall.redrawPending) {
            hall.redrawPending = true;
            redraws.schedule(
                    () -> {
                        hall.redrawPending = false;
                        redraw(servicePointId, hall);
                    },
                    DEBOUNCE_MILLIS,
                    TimeUnit.MILLISECONDS);
        }
        // the first read may still get the gateway's cached board from before the event: once more
        // when that answer has surely expired
        if (!hall.settledRedrawPending) {
            hall.settledRedrawPending = true;
            redraws.schedule(
                    () -> {
                        hall.settledRedrawPending = false;
                        redraw(servicePointId, hall);
                    },
                    settings.publicCacheMaxAge().toMillis() + DEBOUNCE_MILLIS,
                    TimeUnit.MILLISECONDS);
        }
    }

    /** Every hall with a screen, at least every refresh interval. */
    @Scheduled(
            fixedDelayString = "${onewindow.console.board.refresh-interval:15s}",
            initialDelayString = "${onewindow.console.board.refresh-interval:15s}")
    void refreshAll() {
        halls.forEach((id, hall) -> {
            if (hall.screens.isEmpty()) {
                halls.remove(id, hall);
            } else {
                redraw(id, hall);
            }
        });
    }

    /** A comment on every stream: keeps it open through proxies, and a broken one is found and dropped. */
    @Scheduled(
            fixedDelayString = "${onewindow.console.board.heartbeat:20s}",
            initialDelayString = "${onewindow.console.board.heartbeat:20s}")
    void heartbeat() {
        halls.values()
                .forEach(hall -> hall.screens.forEach(screen -> {
                    try {
                        screen.send(SseEmitter.event().comment("heartbeat"));
                    } catch (IOException | IllegalStateException e) {
                        screen.completeWithError(e);
                    }
                }));
    }

    /** Open streams of this instance (for the tests and the logs). */
    public int openStreams() {
        return open.get();
    }

    private void redraw(String servicePointId, Hall hall) {
        String lines;
        try {
            lines = render(read(servicePointId));
        } catch (ServiceProblem | TooManyStreams e) {
            log.warn(
                    "The board of {} could not be read ({}); its screens keep the last one",
                    servicePointId,
                    e.getMessage());
            return;
        }
        if (lines.equals(hall.lines)) {
            return;
        }
        hall.lines = lines;
        hall.screens.forEach(screen -> send(hall, screen, lines));
    }

    private void send(Hall hall, SseEmitter screen, String lines) {
        try {
            screen.send(SseEmitter.event().name(EVENT).data(lines));
        } catch (IOException | IllegalStateException e) {
            hall.screens.remove(screen);
            screen.completeWithError(e);
        }
    }

    private final Map<String, String> names = new ConcurrentHashMap<>();

    /** The hall's Chinese name, read once; its id when the particulars cannot be read. */
    private String name(String servicePointId) {
        String known = names.get(servicePointId);
        if (known != null) {
            return known;
        }
        try {
            Object name = calls.servicePoint(servicePointId).get("name");
            if (name instanceof String text && !text.isBlank()) {
                names.put(servicePointId, text);
                return text;
            }
        } catch (ServiceProblem e) {
            // the board itself says whether the hall exists
        }
        return servicePointId;
    }

    /** The lines' HTML on one line (an SSE data field ends at a line break). */
    String render(Board board) {
        Context context = new Context(Locale.SIMPLIFIED_CHINESE, Map.of("board", board));
        return templates
                .process("board/board", Set.of("lines"), context)
                .replaceAll("\\s*\\R\\s*", " ")
                .strip();
    }

    @Override
    public void destroy() {
        redraws.shutdownNow();
        halls.values().forEach(hall -> hall.screens.forEach(SseEmitter::complete));
    }
}
