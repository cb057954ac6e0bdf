package io.onewindow.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A downstream service stand-in: a real HTTP server on a random loopback port that answers
 * every request with 200 and a small JSON body, and remembers what it was sent (path, method,
 * headers, body size), so tests can see what the gateway forwarded. A path containing
 * {@code /fail-once/} is answered 502 (as a proxy in front of a service would) the first time
 * it is asked for; one containing {@code /problem-503/} is answered with the service's own 503
 * problem; one containing {@code /slow/} is answered after three seconds, one containing
 * {@code /hold/} after one second; one containing {@code /conflict/} is answered (after 30 ms)
 * with the service's own 409 {@code slot-full} problem; one containing {@code /public/cached/} is
 * answered with {@code Cache-Control: max-age=60, public} and an {@code ETag} of its body, one
 * containing {@code /public/brief/} the same with {@code max-age=1}, as the services mark public
 * reads; a matching {@code If-None-Match} on those is answered 304, as the services do.
 */
public final class StandInService implements AutoCloseable {

    private static StandInService shared;

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final java.util.Set<String> failedOnce = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private StandInService(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    /** A stand-in on a random port. */
    public static StandInService start() {
        return new StandInService(0);
    }

    /** A stand-in on a given port, e.g. one a route already points at. */
    public static StandInService startOn(int port) {
        return new StandInService(port);
    }

    /** One stand-in for the whole test JVM, for the tests that share a Spring context. */
    public static synchronized StandInService shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    /** A loopback port that nothing listens on (right now). */
    public static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The last request that reached this stand-in on the given path. */
    public Received lastTo(String path) {
        for (int i = received.size() - 1; i >= 0; i--) {
            if (received.get(i).path().equals(path)) {
                return received.get(i);
            }
        }
        throw new AssertionError("no request reached the stand-in on " + path + "; it saw " + received);
    }

    /** How many requests reached this stand-in on the given path. */
    public long countTo(String path) {
        return received.stream().filter(r -> r.path().equals(path)).count();
    }

    public boolean sawPath(String path) {
        return received.stream().anyMatch(r -> r.path().equals(path));
    }

    private void answer(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        Map<String, List<String>> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        exchange.getRequestHeaders().forEach(headers::put);
        received.add(new Received(
                exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), headers, body.length));
        if (exchange.getRequestURI().getRawPath().contains("/slow/")) {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (exchange.getRequestURI().getRawPath().contains("/hold/")) {
            pause(1000);
        }
        if (exchange.getRequestURI().getRawPath().contains("/conflict/")) {
            pause(30);
            byte[] problem = ("{\"type\":\"urn:onewindow:problem:slot-full\",\"status\":409,"
                            + "\"code\":\"slot-full\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
            exchange.sendResponseHeaders(409, problem.length);
            exchange.getResponseBody().write(problem);
            exchange.close();
            return;
        }
        if (exchange.getRequestURI().getRawPath().contains("/fail-once/")
                && failedOnce.add(exchange.getRequestURI().getRawPath())) {
            exchange.sendResponseHeaders(502, -1);
            exchange.close();
            return;
        }
        if (exchange.getRequestURI().getRawPath().contains("/problem-503/")) {
            byte[] problem = ("{\"type\":\"urn:onewindow:problem:calendar-not-covered\",\"status\":503,"
                            + "\"code\":\"calendar-not-covered\",\"year\":2027}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
            exchange.sendResponseHeaders(503, problem.length);
            exchange.getResponseBody().write(problem);
            exchange.close();
            return;
        }
        if (exchange.getRequestURI().getRawPath().endsWith("/stream")) {
            stream(exchange);
            return;
        }
        byte[] answer =
                ("{\"path\":\"" + exchange.getRequestURI().getRawPath() + "\"}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        String path = exchange.getRequestURI().getRawPath();
        int maxAge = path.contains("/public/cached/") ? 60 : path.contains("/public/brief/") ? 1 : -1;
        if (maxAge > 0) {
            String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(answer)) + "\"";
            exchange.getResponseHeaders().set("Cache-Control", "max-age=" + maxAge + ", public");
            exchange.getResponseHeaders().set("ETag", etag);
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
        }
        exchange.sendResponseHeaders(200, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    // a live stream (server-sent events): three events, a moment apart, each flushed
    private static void stream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        java.io.OutputStream out = exchange.getResponseBody();
        for (String data : new String[] {"one", "two", "three"}) {
            out.write(("id: " + data + "\nevent: notice\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            pause(300);
        }
        exchange.close();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    /** What one request looked like when it reached the service. */
    public record Received(String method, String path, Map<String, List<String>> headers, int bodyBytes) {

        public String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }
}
