package io.onewindow.gateway.routing;

import java.net.URI;
import java.util.regex.Pattern;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Tells a service where its OpenAPI document (or any request) was asked for, so that the document
 * names the gateway as its server and a paged list's {@code Link} header points at the gateway:
 * {@value #GATEWAY_BASE_URL} is the gateway as the client reached it
 * (scheme, host and port, an ingress's own {@code X-Forwarded-Proto/Host/Port/Prefix} first).
 * A header of its own, because the gateway strips every {@code X-Forwarded-*} header on the way
 * to a service while no trusted proxies are configured; it only ever shapes the server URL of a
 * document and the links of a list handed back to the same caller (a value a client sends is replaced).
 */
final class ApiDocsForwarding implements GatewayFilter {

    static final String GATEWAY_BASE_URL = "X-OneWindow-Gateway-Base-Url";
    private static final String PROTO = "X-Forwarded-Proto";
    private static final String HOST = "X-Forwarded-Host";
    private static final String PORT = "X-Forwarded-Port";
    private static final String PREFIX = "X-Forwarded-Prefix";
    // compiled once: this runs on every proxied request
    private static final Pattern HTTP_OR_HTTPS = Pattern.compile("(?i)https?");
    private static final Pattern SAFE_HOST = Pattern.compile("[A-Za-z0-9.:\\[\\]-]{1,255}");
    private static final Pattern ENDS_WITH_PORT = Pattern.compile(".*:\\d+$");
    private static final Pattern PORT_NUMBER = Pattern.compile("\\d{1,5}");
    private static final Pattern SAFE_PREFIX = Pattern.compile("/[A-Za-z0-9._~/-]*");
    private static final Pattern TRAILING_SLASHES = Pattern.compile("/+$");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        HttpHeaders incoming = exchange.getRequest().getHeaders();
        URI uri = exchange.getRequest().getURI();
        String proto = first(incoming.getFirst(PROTO));
        if (proto == null || !HTTP_OR_HTTPS.matcher(proto).matches()) {
            proto = uri.getScheme();
        }
        String host = first(incoming.getFirst(HOST));
        String port = first(incoming.getFirst(PORT));
        if (host == null || !SAFE_HOST.matcher(host).matches()) {
            host = uri.getHost();
            port = uri.getPort() > 0 ? String.valueOf(uri.getPort()) : null;
        }
        if (host == null || proto == null) {
            // nothing to tell: the service names its configured public base URL
            return chain.filter(exchange);
        }
        proto = proto.toLowerCase();
        if (!ENDS_WITH_PORT.matcher(host).matches()
                && port != null
                && PORT_NUMBER.matcher(port).matches()
                && !(proto.equals("http") && port.equals("80"))
                && !(proto.equals("https") && port.equals("443"))) {
            host = host + ":" + port;
        }
        String outerPrefix = first(incoming.getFirst(PREFIX));
        String prefix = outerPrefix == null || !SAFE_PREFIX.matcher(outerPrefix).matches()
                ? ""
                : TRAILING_SLASHES.matcher(outerPrefix).replaceAll("");
        String base = proto + "://" + host + prefix;
        return chain.filter(exchange.mutate()
                .request(request -> request.headers(headers -> headers.set(GATEWAY_BASE_URL, base)))
                .build());
    }

    private static String first(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int comma = value.indexOf(',');
        return (comma < 0 ? value : value.substring(0, comma)).trim();
    }
}
