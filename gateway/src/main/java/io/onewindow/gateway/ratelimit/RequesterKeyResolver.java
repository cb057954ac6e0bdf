package io.onewindow.gateway.ratelimit;

import java.net.InetSocketAddress;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.support.ipresolver.XForwardedRemoteAddressResolver;
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

    RequesterKeyResolver(int trustedProxies) {
        this.behindProxies = trustedProxies > 0;
        this.forwardedAddress = XForwardedRemoteAddressResolver.maxTrustedIndex(Math.max(1, trustedProxies));
    }

    @Override
    public Mono<String> resolve(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .ofType(JwtAuthenticationToken.class)
                .mapNotNull(authentication -> userKey(authentication.getToken()))
                .switchIfEmpty(Mono.fromSupplier(() -> "ip:" + clientAddress(exchange)));
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
