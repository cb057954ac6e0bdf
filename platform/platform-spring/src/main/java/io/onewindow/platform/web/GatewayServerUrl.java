package io.onewindow.platform.web;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.ServerBaseUrlCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.util.StringUtils;

/**
 * The server an OpenAPI document names is the gateway, never the service's own port: the
 * address the request for the document came through (the gateway's
 * {@code X-OneWindow-Gateway-Base-Url}, else {@code X-Forwarded-Proto/Host/Port/Prefix} from a
 * proxy in front of the service), else the configured public base URL. The operation paths already
 * carry the service's prefix ({@code /api/<service>/...}), so a forwarded prefix ending in that
 * prefix (the gateway rewrites {@code /api/<service>/v3/api-docs} to {@code /v3/api-docs}) is cut
 * back to what lies in front of the gateway.
 */
public class GatewayServerUrl implements ServerBaseUrlCustomizer {

    private final String publicBaseUrl;
    private final String apiPrefix;

    public GatewayServerUrl(String publicBaseUrl, String apiPrefix) {
        this.publicBaseUrl = withoutTrailingSlash(publicBaseUrl);
        this.apiPrefix = withoutTrailingSlash(apiPrefix);
    }

    /** Where the gateway says the document was asked for (it strips {@code X-Forwarded-*}). */
    static final String GATEWAY_BASE_URL = "X-OneWindow-Gateway-Base-Url";

    @Override
    public String customize(String serverBaseUrl, HttpRequest request) {
        HttpHeaders headers = request.getHeaders();
        String gateway = headers.getFirst(GATEWAY_BASE_URL);
        if (gateway != null && gateway.matches("https?://[A-Za-z0-9.:\\[\\]-]{1,255}(/[A-Za-z0-9._~/-]*)?")) {
            return withoutTrailingSlash(gateway);
        }
        String host = first(headers.getFirst("X-Forwarded-Host"));
        if (!StringUtils.hasText(host) || !host.matches("[A-Za-z0-9.:\\[\\]-]{1,255}")) {
            return publicBaseUrl;
        }
        String proto = first(headers.getFirst("X-Forwarded-Proto"));
        if (!"https".equalsIgnoreCase(proto)) {
            proto = "http";
        }
        String port = first(headers.getFirst("X-Forwarded-Port"));
        boolean hostHasPort = host.matches(".*:\\d+$");
        if (!hostHasPort && port != null && port.matches("\\d{1,5}") && !isDefault(proto, port)) {
            host = host + ":" + port;
        }
        return proto.toLowerCase() + "://" + host + prefixInFrontOfTheGateway(headers.getFirst("X-Forwarded-Prefix"));
    }

    private String prefixInFrontOfTheGateway(String forwardedPrefix) {
        if (!StringUtils.hasText(forwardedPrefix)) {
            return "";
        }
        // proxies that append their own prefix send a comma-separated list, outermost first
        String prefix = Arrays.stream(forwardedPrefix.split(","))
                .map(String::trim)
                .filter(p -> p.matches("/[A-Za-z0-9._~/-]*"))
                .map(GatewayServerUrl::withoutTrailingSlash)
                .collect(Collectors.joining());
        if (prefix.endsWith(apiPrefix)) {
            prefix = prefix.substring(0, prefix.length() - apiPrefix.length());
        }
        return withoutTrailingSlash(prefix);
    }

    private static boolean isDefault(String proto, String port) {
        return ("http".equalsIgnoreCase(proto) && "80".equals(port))
                || ("https".equalsIgnoreCase(proto) && "443".equals(port));
    }

    private static String first(String value) {
        if (value == null) {
            return null;
        }
        int comma = value.indexOf(',');
        return (comma < 0 ? value : value.substring(0, comma)).trim();
    }

    private static String withoutTrailingSlash(String value) {
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }
}
