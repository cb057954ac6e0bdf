package io.onewindow.notification.webhook.domain;

import io.onewindow.platform.domain.InvalidValueException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A partner's endpoint: an absolute {@code https} URL without user info or fragment. Plain {@code http}
 * is accepted only for a loopback host ({@code localhost}, {@code 127.0.0.0/8}, {@code [::1]}) and only
 * where the setting allows it (the local run and the tests), so a secret-signed body never crosses a
 * network in clear.
 */
public record WebhookUrl(String value) {

    public WebhookUrl {
        if (value == null || value.isBlank()) {
            throw invalid("no URL");
        }
    }

    /**
     * Checks {@code text}.
     *
     * @param allowHttpLoopback whether {@code http} to a loopback host is accepted
     * @throws InvalidValueException {@code webhook.url-invalid} (field {@code url})
     */
    public static WebhookUrl of(String text, boolean allowHttpLoopback) {
        if (text == null || text.isBlank()) {
            throw invalid("no URL");
        }
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw invalid("not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (!uri.isAbsolute() || host == null || host.isBlank()) {
            throw invalid("not an absolute URL with a host");
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw invalid("user info and fragments are not allowed");
        }
        if (scheme.equals("https")) {
            return new WebhookUrl(uri.toString());
        }
        if (scheme.equals("http") && allowHttpLoopback && isLoopback(host)) {
            return new WebhookUrl(uri.toString());
        }
        throw invalid("https only" + (allowHttpLoopback ? " (http for a loopback host)" : ""));
    }

    /** Whether {@code host} names this machine: {@code localhost}, 127.0.0.0/8 or ::1 (no name lookup). */
    public static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.equals("localhost")
                || h.equals("::1")
                || h.equals("0:0:0:0:0:0:0:1")
                || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    private static InvalidValueException invalid(String why) {
        return new InvalidValueException("webhook.url-invalid", "url", "webhook URL refused: " + why, why);
    }

    @Override
    public String toString() {
        return value;
    }
}
