package io.onewindow.console.board.web;

import io.onewindow.console.board.BoardStreams;
import io.onewindow.console.gateway.ServiceProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The hall's queue board, for the display above the waiting area: no login, large type, per line
 * the ticket now called and its window, the calls before it, the next numbers and how many wait.
 * The page is complete without scripts (first paint on the server); with them it stays live through
 * {@code /board/{id}/stream} (server-sent events, htmx's SSE extension) and reconnects by itself
 * after a network blip, showing that it does.
 */
@Controller
class BoardController {

    private static final Pattern SERVICE_POINT = Pattern.compile("[a-z0-9-]{1,64}");

    private final BoardStreams streams;

    BoardController(BoardStreams streams) {
        this.streams = streams;
    }

    @GetMapping("/board/{servicePointId}")
    ModelAndView board(@PathVariable String servicePointId, HttpServletResponse response) {
        ModelAndView page = new ModelAndView("board/page");
        page.addObject("board", streams.read(checked(servicePointId)));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return page;
    }

    @GetMapping(path = "/board/{servicePointId}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@PathVariable String servicePointId, HttpServletResponse response) {
        // no buffering in a proxy on the way (nginx honours it; the gateway streams anyway)
        response.setHeader("X-Accel-Buffering", "no");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return streams.open(checked(servicePointId));
    }

    private static String checked(String servicePointId) {
        if (!SERVICE_POINT.matcher(servicePointId).matches()) {
            throw new ServiceProblem(404, "service-point-not-found", "服务网点不存在", "没有这个服务网点。", java.util.List.of());
        }
        return servicePointId;
    }

    @ExceptionHandler(ServiceProblem.class)
    ModelAndView unavailable(ServiceProblem problem, HttpServletResponse response) {
        ModelAndView page = new ModelAndView("board/unavailable");
        page.addObject("problem", problem);
        page.setStatus(org.springframework.http.HttpStatus.valueOf(problem.status() == 404 ? 404 : 503));
        return page;
    }

    @ExceptionHandler(BoardStreams.TooManyStreams.class)
    void tooMany(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, "10");
    }
}
