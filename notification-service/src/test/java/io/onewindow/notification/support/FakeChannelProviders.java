package io.onewindow.notification.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real HTTP server standing in for WeChat's API and the two SMS providers, one per test JVM: it
 * records every request it receives (path, query, {@code Authorization}, body) and answers as the
 * test tells it (an SMS provider's status, WeChat's {@code errcode}). {@link Initializer} points the
 * service's channel settings at it and switches test mode off.
 */
public final class FakeChannelProviders {

    public static final String PRIMARY_KEY = "primary-api-key";
    public static final String SECONDARY_KEY = "secondary-api-key";
    public static final String PRIMARY_CALLBACK_SECRET = "primary-callback-secret";
    public static final String WECHAT_APP_ID = "wx-test-app";
    public static final String WECHAT_APP_SECRET = "wx-test-secret";

    private static final FakeChannelProviders SHARED = new FakeChannelProviders();

    /** One request received. */
    public record Received(String path, String query, String authorization, String body) {}

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger messageIds = new AtomicInteger();
    private final AtomicInteger tokens = new AtomicInteger();
    private volatile int primaryStatus = 200;
    private volatile int secondaryStatus = 200;
    private volatile int wechatErrcode = 0;
    private final HttpServer server;

    private FakeChannelProviders() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/primary/sms/send", exchange -> sms(exchange, "p", primaryStatus));
        server.createContext("/secondary/sms/send", exchange -> sms(exchange, "s", secondaryStatus));
        server.createContext("/wechat/cgi-bin/token", this::token);
        server.createContext("/wechat/cgi-bin/message/subscribe/send", this::subscribeSend);
        server.start();
    }

    public static FakeChannelProviders shared() {
        return SHARED;
    }

    public String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Every request received, oldest first. */
    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The requests whose body names {@code text} (a delivery id, a phone number, an openid). */
    public List<Received> naming(String text) {
        return received.stream().filter(r -> r.body().contains(text)).toList();
    }

    /** How many access tokens WeChat gave. */
    public int tokensIssued() {
        return tokens.get();
    }

    public void answerPrimary(int status) {
        primaryStatus = status;
    }

    public void answerSecondary(int status) {
        secondaryStatus = status;
    }

    public void answerWeChat(int errcode) {
        wechatErrcode = errcode;
    }

    /** Every provider up again. */
    public void reset() {
        primaryStatus = 200;
        secondaryStatus = 200;
        wechatErrcode = 0;
    }

    private void sms(HttpExchange exchange, String prefix, int status) throws IOException {
        record(exchange);
        String id = prefix + "-" + messageIds.incrementAndGet();
        answer(exchange, status, status == 200 ? "{\"messageId\":\"" + id + "\"}" : "{\"code\":\"down\"}");
    }

    private void token(HttpExchange exchange) throws IOException {
        record(exchange);
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null
                || !query.contains("appid=" + WECHAT_APP_ID)
                || !query.contains("secret=" + WECHAT_APP_SECRET)) {
            answer(exchange, 200, "{\"errcode\":40013,\"errmsg\":\"invalid appid\"}");
            return;
        }
        answer(exchange, 200, "{\"access_token\":\"wx-token-" + tokens.incrementAndGet() + "\",\"expires_in\":7200}");
    }

    private void subscribeSend(HttpExchange exchange) throws IOException {
        record(exchange);
        int errcode = wechatErrcode;
        answer(
                exchange,
                200,
                "{\"errcode\":" + errcode + ",\"errmsg\":\"" + (errcode == 0 ? "ok" : "refused") + "\""
                        + (errcode == 0 ? ",\"msgid\":" + messageIds.incrementAndGet() : "") + "}");
    }

    private void record(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(
                exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders().getFirst("Authorization"),
                body));
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /** Points the channel settings at the shared server, live mode. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            String uri = shared().uri();
            TestPropertyValues.of(
                            "onewindow.notification.channels.test-mode=false",
                            "onewindow.notification.channels.max-attempts=3",
                            "onewindow.notification.channels.sms.primary.base-url=" + uri + "/primary",
                            "onewindow.notification.channels.sms.primary.api-key=" + PRIMARY_KEY,
                            "onewindow.notification.channels.sms.primary.callback-secret=" + PRIMARY_CALLBACK_SECRET,
                            "onewindow.notification.channels.sms.secondary.base-url=" + uri + "/secondary",
                            "onewindow.notification.channels.sms.secondary.api-key=" + SECONDARY_KEY,
                            "onewindow.notification.channels.wechat.base-url=" + uri + "/wechat",
                            "onewindow.notification.channels.wechat.app-id=" + WECHAT_APP_ID,
                            "onewindow.notification.channels.wechat.app-secret=" + WECHAT_APP_SECRET)
                    .applyTo(context);
        }
    }
}
