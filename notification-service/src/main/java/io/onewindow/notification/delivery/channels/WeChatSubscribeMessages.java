package io.onewindow.notification.delivery.channels;

import io.onewindow.notification.delivery.ChannelSettings;
import io.onewindow.notification.delivery.domain.Channel;
import io.onewindow.notification.delivery.domain.ChannelKind;
import io.onewindow.notification.delivery.domain.OutboundMessage;
import io.onewindow.notification.delivery.domain.SendOutcome;
import io.onewindow.notification.inbox.domain.NoticeKind;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * WeChat mini-program subscribe messages: {@code POST {base}/cgi-bin/message/subscribe/send?access_token=}
 * with {@code {touser, template_id, page, miniprogram_state, data: {key: {value}}}}; the access
 * token from {@code GET {base}/cgi-bin/token?grant_type=client_credential&appid=&secret=}, kept until
 * shortly before its {@code expires_in}. {@code errcode} 0 is delivered (WeChat reports nothing
 * later); 43101 (the person did not subscribe or refused) and other refusals are final; a token
 * WeChat no longer accepts (40001, 40014, 42001) is dropped and the send retried later; -1 (busy),
 * 5xx and network failures are retried.
 */
public final class WeChatSubscribeMessages implements Channel {

    private static final Logger log = LoggerFactory.getLogger(WeChatSubscribeMessages.class);
    private static final String PROVIDER = "wechat";

    private final ChannelSettings.WeChat settings;
    private final HttpClient http;
    private final JsonMapper json;
    private final Clock clock;
    private String token;
    private Instant tokenUntil = Instant.MIN;

    public WeChatSubscribeMessages(ChannelSettings.WeChat settings, JsonMapper json, Clock clock) {
        this.settings = settings;
        this.json = json;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.WECHAT;
    }

    @Override
    public SendOutcome send(OutboundMessage message) {
        ChannelSettings.Template template = template(message.kind());
        if (template == null
                || template.templateId() == null
                || template.templateId().isBlank()) {
            return new SendOutcome.Failed(PROVIDER, "no-template", false);
        }
        try {
            String accessToken = accessToken();
            if (accessToken == null) {
                return new SendOutcome.Failed(PROVIDER, "wechat-token-unavailable", true);
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("touser", message.address());
            body.put("template_id", template.templateId());
            if (template.page() != null && !template.page().isBlank()) {
                body.put("page", template.page());
            }
            body.put("miniprogram_state", settings.state());
            Map<String, Object> data = new LinkedHashMap<>();
            template.data()
                    .forEach((placeholder, key) -> data.put(
                            key, Map.of("value", fit(key, message.values().getOrDefault(placeholder, "—")))));
            body.put("data", data);
            HttpRequest request = HttpRequest.newBuilder(URI.create(base()
                            + "/cgi-bin/message/subscribe/send?access_token="
                            + URLEncoder.encode(accessToken, StandardCharsets.UTF_8)))
                    .timeout(settings.timeout())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return new SendOutcome.Failed(PROVIDER, "wechat-http-" + response.statusCode(), true);
            }
            int errcode = json.readTree(response.body()).path("errcode").asInt(0);
            return switch (errcode) {
                case 0 ->
                    new SendOutcome.Accepted(
                            PROVIDER,
                            json.readTree(response.body()).path("msgid").asString(null),
                            true);
                case -1 -> new SendOutcome.Failed(PROVIDER, "wechat-busy", true);
                case 40001, 40014, 42001 -> {
                    dropToken();
                    yield new SendOutcome.Failed(PROVIDER, "wechat-" + errcode, true);
                }
                default -> new SendOutcome.Failed(PROVIDER, "wechat-" + errcode, false);
            };
        } catch (HttpTimeoutException timedOut) {
            return new SendOutcome.Failed(PROVIDER, "wechat-timeout", true);
        } catch (IOException | RuntimeException broken) {
            log.warn("WeChat subscribe message failed: {}", broken.toString());
            return new SendOutcome.Failed(PROVIDER, "wechat-unavailable", true);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new SendOutcome.Failed(PROVIDER, "wechat-interrupted", true);
        }
    }

    private ChannelSettings.Template template(String kind) {
        try {
            return settings.templates().get(NoticeKind.valueOf(kind));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** The cached access token, fetched again a minute before it expires. */
    private synchronized String accessToken() throws IOException, InterruptedException {
        Instant now = clock.instant();
        if (token != null && now.isBefore(tokenUntil)) {
            return token;
        }
        if (settings.appId() == null || settings.appId().isBlank() || settings.appSecret() == null) {
            log.warn("WeChat appId/appSecret not set: no access token");
            return null;
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(base()
                        + "/cgi-bin/token?grant_type=client_credential&appid="
                        + URLEncoder.encode(settings.appId(), StandardCharsets.UTF_8)
                        + "&secret="
                        + URLEncoder.encode(settings.appSecret(), StandardCharsets.UTF_8)))
                .timeout(settings.timeout())
                .GET()
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode answer = response.statusCode() == 200 ? json.readTree(response.body()) : null;
        if (answer == null || answer.path("access_token").asString("").isBlank()) {
            log.warn(
                    "WeChat refused an access token: {} {}",
                    response.statusCode(),
                    answer == null ? "" : answer.path("errcode"));
            return null;
        }
        token = answer.path("access_token").asString();
        long seconds = answer.path("expires_in").asLong(7200);
        tokenUntil = now.plus(Duration.ofSeconds(Math.max(0, seconds - 60)));
        return token;
    }

    private synchronized void dropToken() {
        token = null;
        tokenUntil = Instant.MIN;
    }

    private String base() {
        return settings.baseUrl().replaceAll("/+$", "");
    }

    /**
     * A value cut to what WeChat takes for the key's type: {@code thing} 20 characters (cut with
     * "…"), {@code character_string}, {@code number}, {@code letter}, {@code symbol} 32, {@code
     * phrase} 5, {@code name} 10; WeChat refuses the whole message otherwise.
     */
    static String fit(String key, String value) {
        int max;
        if (key.startsWith("thing")) {
            return value.length() <= 20 ? value : value.substring(0, 19) + "…";
        } else if (key.startsWith("character_string")
                || key.startsWith("number")
                || key.startsWith("letter")
                || key.startsWith("symbol")) {
            max = 32;
        } else if (key.startsWith("phrase")) {
            max = 5;
        } else if (key.startsWith("name")) {
            max = 10;
        } else {
            return value;
        }
        return value.length() <= max ? value : value.substring(0, max);
    }
}
