package io.onewindow.gateway.security;

import io.onewindow.gateway.problem.ProblemResponses;
import io.onewindow.gateway.problem.ProblemType;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 401 and 403 as problem+json instead of Spring Security's empty bodies, keeping the
 * {@code WWW-Authenticate} challenge that OAuth 2 clients look for (RFC 6750). A token refused by
 * one of {@link TokenChecks} gets a detail saying which (not an access token, not for this API, not
 * a platform client); any other refusal says only that a valid token is needed.
 */
final class ProblemSecurityResponses implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    private final ProblemResponses problems;

    ProblemSecurityResponses(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        String challenge = failure instanceof InvalidBearerTokenException ? "Bearer error=\"invalid_token\"" : "Bearer";
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge);
        return TokenChecks.refusal(failure)
                .map(refusal -> problems.writeVariant(exchange, ProblemType.UNAUTHORIZED, refusal.key()))
                .orElseGet(() -> problems.write(exchange, ProblemType.UNAUTHORIZED));
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"");
        return problems.write(exchange, ProblemType.FORBIDDEN);
    }
}
