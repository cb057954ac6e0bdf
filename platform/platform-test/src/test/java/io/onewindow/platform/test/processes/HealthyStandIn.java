package io.onewindow.platform.test.processes;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A stand-in application for {@link PlatformProcessesInstancesTest}: listens on the port in the
 * variable that {@code STAND_IN_PORT_VARIABLE} names, answers {@code /actuator/health} with
 * {@code UP} and {@code /env/NAME} with its environment variable {@code NAME} (404 when unset).
 */
public final class HealthyStandIn {

    private HealthyStandIn() {}

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(System.getenv(System.getenv("STAND_IN_PORT_VARIABLE")));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String answer = null;
            if (path.equals("/actuator/health")) {
                answer = "{\"status\":\"UP\"}";
            } else if (path.startsWith("/env/")) {
                answer = System.getenv(path.substring("/env/".length()));
            }
            byte[] body = (answer == null ? "" : answer).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer == null ? 404 : 200, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        System.out.println("stand-in listening on " + port);
    }
}
