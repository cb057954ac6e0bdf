package io.onewindow.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebExchangeDecorator;
import reactor.core.publisher.Mono;

class RequesterKeyResolverTest {

    private static final InetSocketAddress PEER = new InetSocketAddress("203.0.113.7", 51000);

    @Test
    void keysASignedInUserByTokenSubject() {
        Jwt token = token(jwt -> jwt.subject("0b7c-citizen1").claim("preferred_username", "citizen1"));

        assertThat(resolve(new RequesterKeyResolver(0), request().build(), token))
                .isEqualTo("user:0b7c-citizen1");
    }

    @Test
    void fallsBackToUserNameThenClientWhenTheTokenHasNoSubject() {
        assertThat(resolve(
                        new RequesterKeyResolver(0),
                        request().build(),
                        token(jwt -> jwt.claim("preferred_username", "citizen1"))))
                .isEqualTo("user:citizen1");
        assertThat(resolve(
                        new RequesterKeyResolver(0), request().build(), token(jwt -> jwt.claim("azp", "partner-tax"))))
                .isEqualTo("client:partner-tax");
    }

    @Test
    void keysASignedInPublicReadByTheSubjectOfItsTokenWhenTheGatewayAcceptedThatTokenBefore() {
        Jwt accepted = token(jwt -> jwt.subject("0b7c-citizen1"));
        var resolver = new RequesterKeyResolver(0, value -> "accepted-token".equals(value) ? accepted : null);

        assertThat(resolve(
                        resolver,
                        request()
                                .header("Authorization", "Bearer accepted-token")
                                .build(),
                        null))
                .isEqualTo("user:0b7c-citizen1");
    }

    @Test
    void keysAPublicReadWithATokenNeverAcceptedByTheAddressSoAnUncheckedTokenBuysNoBucket() {
        Jwt accepted = token(jwt -> jwt.subject("0b7c-citizen1"));
        var resolver = new RequesterKeyResolver(0, value -> "accepted-token".equals(value) ? accepted : null);

        assertThat(resolve(
                        resolver,
                        request().header("Authorization", "Bearer forged-token").build(),
                        null))
                .isEqualTo("ip:203.0.113.7");
        assertThat(resolve(
                        resolver,
                        request()
                                .header("Authorization", "Basic accepted-token")
                                .build(),
                        null))
                .isEqualTo("ip:203.0.113.7");
    }

    @Test
    void keysAnAnonymousCallerByTheirAddress() {
        assertThat(resolve(
                        new RequesterKeyResolver(0),
                        request().header("X-Forwarded-For", "198.51.100.1").build(),
                        null))
                .as("no proxy trusted: a client cannot pick its own key")
                .isEqualTo("ip:203.0.113.7");
    }

    @Test
    void believesTheTrustedProxysViewOfTheClient() {
        var request =
                request().header("X-Forwarded-For", "198.51.100.1, 192.0.2.44").build();

        assertThat(resolve(new RequesterKeyResolver(1), request, null)).isEqualTo("ip:192.0.2.44");
    }

    private static MockServerHttpRequest.BaseBuilder<?> request() {
        return MockServerHttpRequest.get("/api/appointments/public/slots").remoteAddress(PEER);
    }

    private static String resolve(RequesterKeyResolver resolver, MockServerHttpRequest request, Jwt token) {
        ServerWebExchange exchange = MockServerWebExchange.from(request);
        if (token != null) {
            exchange = withPrincipal(exchange, new JwtAuthenticationToken(token, List.of()));
        }
        return resolver.resolve(exchange).block();
    }

    private static ServerWebExchange withPrincipal(ServerWebExchange exchange, Principal principal) {
        return new ServerWebExchangeDecorator(exchange) {
            @Override
            @SuppressWarnings("unchecked")
            public <T extends Principal> Mono<T> getPrincipal() {
                return Mono.just((T) principal);
            }
        };
    }

    private static Jwt token(java.util.function.Consumer<Jwt.Builder> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60));
        claims.accept(builder);
        return builder.build();
    }
}
