package io.onewindow.approval.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A real HTTP server standing in for e-license-service's {@code POST /api/licenses/checks}: it answers
 * what the test tells it, can be slowed down or stopped, and remembers what it was asked.
 */
public final class FakeELicenseService implements AutoCloseable {

    private final AtomicInteger status = new AtomicInteger(200);
    private final AtomicReference<String> body = new AtomicReference<>(valid("11100000000013338W001", true));
    private final AtomicReference<String> wallet = new AtomicReference<>("[]");
    private final List<String> walletReads = new CopyOnWriteArrayList<>();
    private final AtomicReference<Duration> delay = new AtomicReference<>(Duration.ZERO);
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private volatile HttpServer server;
    private final int port;

    public FakeELicenseService() {
        this.server = start(0);
        this.port = server.getAddress().getPort();
    }

    private HttpServer start(int onPort) {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", onPort), 0);
            http.setExecutor(Executors.newCachedThreadPool());
            http.createContext("/api/licenses/checks", exchange -> {
                requests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
                try {
                    Thread.sleep(delay.get().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                byte[] answer = body.get().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(status.get(), answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            http.createContext("/api/licenses/mine", exchange -> {
                walletReads.add(exchange.getRequestHeaders().getFirst("Authorization"));
                byte[] answer = wallet.get().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            http.start();
            return http;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String valid(String type, boolean belongsToHolder) {
        return "{\"identifier\":\"x\",\"status\":\"VALID\",\"belongsToHolder\":" + belongsToHolder
                + ",\"licenseTypeCode\":\"" + type + "\",\"validTo\":\"2030-12-31\",\"issuer\":\"extra field\"}";
    }

    public String uri() {
        return "http://127.0.0.1:" + port;
    }

    public FakeELicenseService answer(int httpStatus, String json) {
        status.set(httpStatus);
        body.set(json);
        return this;
    }

    /** What {@code GET /api/licenses/mine} answers (a JSON array of licenses; {@code []} at first). */
    public FakeELicenseService wallet(String json) {
        wallet.set(json);
        return this;
    }

    /** A wallet entry: a license of {@code type} held by {@code holderCode} under {@code holderName}. */
    public static String walletLicense(String type, String holderName, String holderCode, String status) {
        String identifier = io.onewindow.platform.identity.LicenseIdentifier.issue(type, holderCode, "2026000001", 1)
                .toString();
        return "{\"id\":\"lic-1\",\"identifier\":\"" + identifier + "\",\"typeCode\":\"" + type + "\",\"holderName\":\""
                + holderName
                + "\",\"holderCode\":\"" + holderCode + "\",\"status\":\"" + status
                + "\",\"faceData\":{\"住所\":\"广州市番禺区市桥街示例路1号\",\"法定代表人\":\"示例\"},\"origin\":\"PAPER\"}";
    }

    /** The Authorization headers of the wallet reads, in order. */
    public List<String> walletReads() {
        return walletReads;
    }

    public FakeELicenseService slowBy(Duration pause) {
        delay.set(pause);
        return this;
    }

    /** Stops answering: connections are refused, as when the service is down. */
    public void goDown() {
        server.stop(0);
    }

    /** Answers again on the same port. */
    public void comeBack() {
        server = start(port);
    }

    public List<String> requests() {
        return requests;
    }

    public List<String> authorizations() {
        return authorizations;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
