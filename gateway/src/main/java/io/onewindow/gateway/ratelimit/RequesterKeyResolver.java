package io.onewindow.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.util.function.Function;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.support.ipresolver.XForwardedRemoteAddressResolver;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Whose bucket a request draws on: the token's subject when the caller signed in, otherwise
 * the client's address (the TCP peer, or the address the trusted proxies report).
 */
final class RequesterKeyResolver implements KeyResolver {

    private final XForwardedRemoteAddressResolver forwardedAddress;
    private final boolean behindProxies;
    private final Function<String, Jwt> acceptedToken;

    RequesterKeyResolver(int trustedProxies) {
        this(trustedProxies, token -> null);
    }

    /**
     * @param acceptedToken the token with a given value if the gateway accepted it earlier (its
     *     memory of accepted tokens), else {@code null}: on the open paths the token is not read, so
     *     a signed-in caller there is still keyed as themselves when their token is known
     */
    RequesterKeyResolver(int trustedProxies, Function<String, Jwt> acceptedToken) {
        this.acceptedToken = acceptedToken;
        this.behindProxies = trustedProxies > 0;
        this.forwardedAddress = XForwardedRemoteAddressResolver.maxTrustedIndex(Math.max(1, trustedProxies));
    }

    @Override
    public Mono<String> resolve(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .ofType(JwtAuthenticationToken.class)
                .mapNotNull(authentication -> userKey(authentication.getToken()))
                .switchIfEmpty(Mono.fromSupplier(() -> {
                    Jwt known = knownBearerToken(exchange);
                    String user = known == null ? null : userKey(known);
                    return user != null ? user : "ip:" + clientAddress(exchange);
                }));
    }

    // a bearer token on a path where it was not read (a signed-in public read): known only if accepted before
    private Jwt knownBearerToken(ServerWebExchange exchange) {
        String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return acceptedToken.apply(authorization.substring(7).trim());
    }

    private static String userKey(Jwt token) {
        if (token.getSubject() != null) {
            return "user:" + token.getSubject();
        }
        // Keycloak leaves out "sub" when a client lacks the "basic" scope
        String username = token.getClaimAsString("preferred_username");
        if (username != null) {
            return "user:" + username;
        }
        String client = token.getClaimAsString("azp");
        return client != null ? "client:" + client : null;
    }

    private String clientAddress(ServerWebExchange exchange) {
        InetSocketAddress address = behindProxies
                ? forwardedAddress.resolve(exchange)
                : exchange.getRequest().getRemoteAddress();
        if (address == null) {
            return "unknown";
        }
        return address.getAddress() != null ? address.getAddress().getHostAddress() : address.getHostString();
    }
}
