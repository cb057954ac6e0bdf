package io.onewindow.notification.delivery.channels;

import io.onewindow.notification.delivery.domain.SmsProvider;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An SMS provider over the generic JSON contract: {@code POST {base}/sms/send} with
 * {@code Authorization: Bearer <api key>} and {@code {phone, templateCode, params, reference}};
 * 2xx with {@code {messageId}} is taken, 4xx (but 429) refused, 5xx, 429, a time-out or a refused
 * connection unavailable.
 */
public final class HttpSmsProvider implements SmsProvider {

    private static final Logger log = LoggerFactory.getLogger(HttpSmsProvider.class);

    private final String name;
    private final String baseUrl;
    private final String apiKey;
    private final Duration timeout;
    private final HttpClient http;
    private final JsonMapper json;

    public HttpSmsProvider(String name, String baseUrl, String apiKey, Duration timeout, JsonMapper json) {
        this.name = name;
        this.baseUrl = baseUrl == null ? null : baseUrl.replaceAll("/+$", "");
        this.apiKey = apiKey;
        this.timeout = timeout;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ProviderAnswer send(String phone, String templateCode, Map<String, String> params, String reference) {
        if (baseUrl == null || baseUrl.isBlank() || apiKey == null || apiKey.isBlank()) {
            return new ProviderAnswer.Unavailable("sms-not-configured");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("phone", phone);
        body.put("templateCode", templateCode);
        body.put("params", params);
        body.put("reference", reference);
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/sms/send"))
                .timeout(timeout)
                .header("Authorization", "Bearer " + apiKey)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                JsonNode answer = json.readTree(response.body());
                String id = answer.path("messageId").asString("");
                return id.isBlank()
                        ? new ProviderAnswer.Unavailable("sms-no-message-id")
                        : new ProviderAnswer.Taken(id);
            }
            if (status == 429 || status >= 500) {
                log.warn("SMS provider {} answered {}", name, status);
                return new ProviderAnswer.Unavailable("sms-unavailable-" + status);
            }
            log.warn("SMS provider {} refused a message: {}", name, status);
            return new ProviderAnswer.Refused("sms-rejected-" + status);
        } catch (HttpTimeoutException timedOut) {
            return new ProviderAnswer.Unavailable("sms-timeout");
        } catch (ConnectException refused) {
            return new ProviderAnswer.Unavailable("sms-connection-refused");
        } catch (IOException | RuntimeException broken) {
            log.warn("SMS provider {} failed: {}", name, broken.toString());
            return new ProviderAnswer.Unavailable("sms-io-error");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new ProviderAnswer.Unavailable("sms-interrupted");
        }
    }
}
