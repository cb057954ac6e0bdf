package io.onewindow.gateway.security;

import static io.onewindow.gateway.security.FastPathMatcher.paths;

import io.onewindow.gateway.problem.ProblemResponses;
import io.onewindow.gateway.routing.RoutingProperties;
import io.onewindow.gateway.routing.WebPaths;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import reactor.core.publisher.Mono;

/**
 * The gateway's token check, a first fence only: every service validates the token and
 * checks rights again. Public parts, health and API docs are open; a few areas need a realm
 * role already here; everything else needs a valid Keycloak access token of a platform client
 * meant for the OneWindow API ({@link TokenChecks}), which goes on to the service unchanged. A
 * token the decoder accepted is remembered until its expiry ({@link ValidatedTokenCache}), so a
 * client's next request with it is not decoded and checked again.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

    static final String[] ADMIN_ROLES = {"platform-admin", "dept-admin", "catalog-admin"};

    /** The services' public parts: open to everyone, and a token sent there is not read. */
    static final String[] OPEN_API_PATHS = {"/api/*/public/**"};

    /**
     * Open paths where a bearer token is not read: the services' public parts and the web paths
     * ({@link WebPaths}: the console signs its staff in with a session of its own; the board and the
     * verification page are public), so a stale or missing token never makes them a 401.
     */
    static final String[] TOKEN_NOT_READ = Stream.concat(Arrays.stream(OPEN_API_PATHS), Arrays.stream(WebPaths.ALL))
            .toArray(String[]::new);

    /**
     * Access tokens only, for the OneWindow API, of the platform's clients ({@link TokenChecks});
     * Spring Boot adds this validator to the decoder it builds from the issuer.
     */
    @Bean
    OAuth2TokenValidator<Jwt> platformTokenChecks(TokenProperties tokens) {
        return TokenChecks.validator(tokens.audience(), tokens.clients());
    }

    /**
     * No observations of Spring Security's own steps (a span per filter of the chain, per
     * authentication, per authorization): on the proxy path they were about a tenth of the gateway's
     * CPU and allocations per request, and the request as a whole is still timed
     * ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityWebFilterChain securityWebFilterChain(
            ServerHttpSecurity http,
            ProblemResponses problems,
            ObjectProvider<ReactiveJwtDecoder> decoders,
            TokenCacheProperties tokenCache,
            AcceptedTokens acceptedTokens,
            RoutingProperties routing,
            @Value("${management.server.port:-1}") int managementPort,
            @Value("${server.port:8080}") int serverPort) {
        var refusals = new ProblemSecurityResponses(problems);
        var tokenToPrincipal = new JwtAuthenticationConverter();
        tokenToPrincipal.setJwtGrantedAuthoritiesConverter(new KeycloakRealmRoles());

        // bearer tokens only; the console checks CSRF on its own session's forms itself
        return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .cors(Customizer.withDefaults())
                .authorizeExchange(exchanges -> exchanges
                        .matchers(paths("/actuator/health", "/actuator/health/**", "/actuator/info"))
                        .permitAll()
                        // a path no service owns is answered 404 by the router, not 401
                        .matchers(ownedByNoService(routing.services().keySet()))
                        .permitAll()
                        .matchers(scrapeOnManagementPort(managementPort, serverPort))
                        .permitAll()
                        .matchers(paths(
                                "/v3/api-docs",
                                "/v3/api-docs/**",
                                "/swagger-ui.html",
                                "/swagger-ui/**",
                                "/webjars/**",
                                "/api/*/v3/api-docs",
                                "/api/*/v3/api-docs/**"))
                        .permitAll()
                        // service-to-service endpoints (role platform-service) are called inside the
                        // cluster only, never through the public entrance
                        .matchers(paths("/api/*/internal/**"))
                        .denyAll()
                        .matchers(paths(OPEN_API_PATHS))
                        .permitAll()
                        // the console's pages (its own session login), the boards, the verification page
                        .matchers(paths(WebPaths.ALL))
                        .permitAll()
                        .matchers(paths("/api/*/admin/**"))
                        .hasAnyRole(ADMIN_ROLES)
                        .matchers(paths("/api/supervision/inspections/**"))
                        .hasRole("inspector")
                        // the discipline commission's system (client partner-discipline): read-only
                        .matchers(paths(HttpMethod.GET, "/api/supervision/discipline/**"))
                        .hasRole("discipline")
                        .matchers(paths("/api/supervision/discipline/**"))
                        .denyAll()
                        // the evaluators' period report: inspectors and third-party evaluators only
                        .matchers(paths("/api/supervision/reports/**"))
                        .hasAnyRole("inspector", "evaluator")
                        .matchers(paths("/api/*/partner/**"))
                        .hasRole("partner-system")
                        .matchers(paths("/actuator/**"))
                        .hasRole("platform-admin")
                        .anyExchange()
                        .authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenConverter(tokenOutside(TOKEN_NOT_READ))
                        .jwt(jwt -> {
                            jwt.jwtAuthenticationConverter(
                                    new ReactiveJwtAuthenticationConverterAdapter(tokenToPrincipal));
                            ReactiveJwtDecoder decoder = decoders.getIfAvailable();
                            if (decoder != null && tokenCache.enabled()) {
                                ValidatedTokenCache memory = new ValidatedTokenCache(decoder, tokenCache.maximumSize());
                                acceptedTokens.rememberedBy(memory);
                                jwt.jwtDecoder(memory);
                            }
                        })
                        .authenticationEntryPoint(refusals)
                        .accessDeniedHandler(refusals))
                .exceptionHandling(
                        handling -> handling.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
                .build();
    }

    /**
     * Reads the bearer token except on {@code openPaths}: a public answer is the same for everyone, so
     * a page that still sends an expired or otherwise refused token gets it instead of a 401 (the
     * header still goes on to the service, which does not read it there either).
     */
    static ServerAuthenticationConverter tokenOutside(String... openPaths) {
        ServerBearerTokenAuthenticationConverter tokens = new ServerBearerTokenAuthenticationConverter();
        FastPathMatcher open = paths(openPaths);
        return exchange -> open.test(exchange) ? Mono.empty() : tokens.convert(exchange);
    }

    /**
     * Paths outside every service's {@code /api/<service>/**} and outside the gateway's own
     * ({@code /actuator/**}, the API docs): no route serves them, so they are let through to be
     * answered 404 rather than refused 401 for want of a token.
     */
    static ServerWebExchangeMatcher ownedByNoService(Set<String> services) {
        List<String> owned = new ArrayList<>(List.of(
                "/actuator",
                "/actuator/**",
                "/v3/api-docs",
                "/v3/api-docs/**",
                "/swagger-ui.html",
                "/swagger-ui/**",
                "/webjars/**"));
        services.forEach(service -> {
            owned.add("/api/" + service);
            owned.add("/api/" + service + "/**");
        });
        FastPathMatcher ownedPaths = paths(owned);
        Mono<ServerWebExchangeMatcher.MatchResult> match = ServerWebExchangeMatcher.MatchResult.match();
        Mono<ServerWebExchangeMatcher.MatchResult> notMatch = ServerWebExchangeMatcher.MatchResult.notMatch();
        return exchange -> ownedPaths.test(exchange) ? notMatch : match;
    }

    /**
     * Prometheus scrapes {@code /actuator/prometheus} on the separate management port, which
     * only the cluster network reaches; on the public port it stays behind platform-admin.
     */
    static ServerWebExchangeMatcher scrapeOnManagementPort(int managementPort, int serverPort) {
        ServerWebExchangeMatcher path = paths("/actuator/prometheus");
        if (managementPort <= 0 || managementPort == serverPort) {
            return exchange -> ServerWebExchangeMatcher.MatchResult.notMatch();
        }
        return exchange -> {
            InetSocketAddress local = exchange.getRequest().getLocalAddress();
            if (local == null || local.getPort() != managementPort) {
                return ServerWebExchangeMatcher.MatchResult.notMatch();
            }
            return path.matches(exchange);
        };
    }
}
