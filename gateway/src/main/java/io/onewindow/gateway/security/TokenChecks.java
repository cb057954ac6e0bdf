package io.onewindow.gateway.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * The gateway's copy of the services' token checks (platform-spring's {@code TokenChecks}; the
 * gateway, a WebFlux application, does not use that servlet library): an accepted token is an
 * access token ({@code typ} Bearer), names {@link TokenProperties#audience()} in {@code aud} and was
 * issued to one of {@link TokenProperties#clients()} ({@code azp}). Spring Boot adds the validator
 * bean to the gateway's {@code ReactiveJwtDecoder}.
 */
public final class TokenChecks {

    public static final String DEFAULT_AUDIENCE = "onewindow-api";

    /** Why a token was refused; each has its own detail text in {@code problems*.properties}. */
    public enum Refusal {
        NOT_AN_ACCESS_TOKEN("token-type"),
        NOT_FOR_THIS_API("token-audience"),
        NOT_A_PLATFORM_CLIENT("token-client");

        private final String key;

        Refusal(String key) {
            this.key = key;
        }

        /** The key of the detail text: {@code problem.unauthorized.<key>.detail}. */
        public String key() {
            return key;
        }

        String description() {
            return "onewindow:" + key;
        }
    }

    private TokenChecks() {}

    public static OAuth2TokenValidator<Jwt> validator(String audience, Collection<String> clients) {
        Set<String> allowed = Set.copyOf(clients);
        return new DelegatingOAuth2TokenValidator<>(
                refusedAs(Refusal.NOT_AN_ACCESS_TOKEN, new JwtClaimValidator<Object>("typ", "Bearer"::equals)),
                refusedAs(Refusal.NOT_FOR_THIS_API, new JwtAudienceValidator(audience)),
                refusedAs(
                        Refusal.NOT_A_PLATFORM_CLIENT,
                        new JwtClaimValidator<Object>(
                                "azp", client -> client instanceof String name && allowed.contains(name))));
    }

    /** Which check refused the token behind an authentication failure (the first in order), if one did. */
    public static Optional<Refusal> refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JwtValidationException invalid) {
                List<String> descriptions = invalid.getErrors().stream()
                        .map(OAuth2Error::getDescription)
                        .toList();
                for (Refusal refusal : Refusal.values()) {
                    if (descriptions.contains(refusal.description())) {
                        return Optional.of(refusal);
                    }
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static OAuth2TokenValidator<Jwt> refusedAs(Refusal refusal, OAuth2TokenValidator<Jwt> check) {
        OAuth2Error error = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, refusal.description(), null);
        return token -> check.validate(token).hasErrors()
                ? OAuth2TokenValidatorResult.failure(error)
                : OAuth2TokenValidatorResult.success();
    }
}
