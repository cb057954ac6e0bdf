package io.onewindow.notification.webhook;

import io.onewindow.notification.config.WebhookSettings;
import io.onewindow.notification.webhook.domain.DeliveryAttempt;
import io.onewindow.notification.webhook.domain.SigningSecret;
import io.onewindow.notification.webhook.domain.WebhookDelivery;
import io.onewindow.notification.webhook.domain.WebhookSignature;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Sends one delivery as a CloudEvent in the HTTP binding's <b>binary mode</b>: the attributes as {@code
 * ce-*} headers, the event's data as published as the body ({@code Content-Type: application/json}),
 * signed ({@value WebhookSignature#HEADER}). Redirects are not followed (a 3xx is a failed attempt); the
 * answer's body is not read beyond its status.
 */
@Component
class WebhookHttpSender {

    static final String DELIVERY_HEADER = "OneWindow-Delivery";

    private final HttpClient http;
    private final WebhookSettings settings;

    WebhookHttpSender(WebhookSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout())
                .build();
    }

    /** One attempt to {@code url}, signed at {@code at} with {@code secrets}; what came of it. */
    DeliveryAttempt send(String url, WebhookDelivery delivery, List<SigningSecret> secrets, Instant at) {
        WebhookDelivery.CloudEvent event = delivery.event();
        byte[] body = event.body();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(settings.requestTimeout())
                .header("Content-Type", "application/json")
                .header("ce-specversion", "1.0")
                .header("ce-id", event.id())
                .header("ce-source", event.source())
                .header("ce-type", event.type())
                .header("ce-time", event.time().toString())
                .header(WebhookSignature.HEADER, WebhookSignature.header(secrets, at, body))
                .header(DELIVERY_HEADER, delivery.id())
                .header("User-Agent", "OneWindow-Webhooks/1")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (event.subject() != null && !event.subject().isBlank()) {
            request.header("ce-subject", event.subject());
        }
        long started = System.nanoTime();
        try {
            HttpResponse<Void> answer = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            return new DeliveryAttempt(at, delivery.series(), answer.statusCode(), millisSince(started), null);
        } catch (HttpConnectTimeoutException e) {
            return failed(at, delivery, started, "connect timeout");
        } catch (HttpTimeoutException e) {
            return failed(at, delivery, started, "timeout");
        } catch (ConnectException e) {
            return failed(at, delivery, started, "connection refused");
        } catch (IOException e) {
            return failed(at, delivery, started, "I/O error: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(at, delivery, started, "interrupted");
        }
    }

    private static DeliveryAttempt failed(Instant at, WebhookDelivery delivery, long started, String error) {
        return new DeliveryAttempt(at, delivery.series(), null, millisSince(started), error);
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
