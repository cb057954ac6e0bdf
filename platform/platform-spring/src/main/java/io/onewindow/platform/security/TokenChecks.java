package io.onewindow.platform.security;

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
 * The checks a verified Keycloak token must pass, besides signature, issuer and lifetime, before a
 * service takes it as a caller: it is an <em>access</em> token (claim {@code typ} is {@code
 * Bearer}: not an ID token, not a refresh token), it is meant for the OneWindow API ({@code aud}
 * contains {@link TokenProperties#audience()}) and it was issued to one of the platform's clients
 * ({@code azp} in {@link TokenProperties#clients()}: not Keycloak's {@code admin-cli} or account
 * console). Built from Spring Security's validators; Spring Boot adds every {@code
 * OAuth2TokenValidator<Jwt>} bean to the decoder it makes from the issuer.
 *
 * <p>A refusal names the check that failed ({@link #refusal(Throwable)}), so the 401 problem can say
 * why without quoting the token or the configuration.
 */
public final class TokenChecks {

    /** The platform's audience, {@code onewindow-api}. */
    public static final String DEFAULT_AUDIENCE = "onewindow-api";

    /** Keycloak's {@code typ} claim of an access token. */
    public static final String ACCESS_TOKEN_TYPE = "Bearer";

    /** Detail of a token that is not an access token. */
    public static final String NOT_AN_ACCESS_TOKEN =
            "only access tokens are accepted: this token is of another type (an ID or refresh token)";

    /** Detail of a token without the platform's audience. */
    public static final String NOT_FOR_THIS_API = "the token is not meant for the OneWindow API (audience)";

    /** Detail of a token issued to a client that is not the platform's. */
    public static final String NOT_A_PLATFORM_CLIENT =
            "the token was issued to a client that may not call the OneWindow API (authorized party)";

    private static final List<String> REFUSALS = List.of(NOT_AN_ACCESS_TOKEN, NOT_FOR_THIS_API, NOT_A_PLATFORM_CLIENT);

    private TokenChecks() {}

    /** The three checks, in the order their refusals are reported. */
    public static OAuth2TokenValidator<Jwt> validator(String audience, Collection<String> clients) {
        Set<String> allowed = Set.copyOf(clients);
        return new DelegatingOAuth2TokenValidator<>(
                refusedAs(NOT_AN_ACCESS_TOKEN, new JwtClaimValidator<Object>("typ", ACCESS_TOKEN_TYPE::equals)),
                refusedAs(NOT_FOR_THIS_API, new JwtAudienceValidator(audience)),
                refusedAs(
                        NOT_A_PLATFORM_CLIENT,
                        new JwtClaimValidator<Object>(
                                "azp", client -> client instanceof String name && allowed.contains(name))));
    }

    /** The checks with the service's settings. */
    public static OAuth2TokenValidator<Jwt> validator(TokenProperties properties) {
        return validator(properties.audience(), properties.clients());
    }

    /**
     * Which of these checks refused the token behind an authentication failure, if one did (the
     * first in the order type, audience, client); empty for any other failure (bad signature,
     * expired, no token), whose reason is not told.
     */
    public static Optional<String> refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JwtValidationException invalid) {
                return REFUSALS.stream()
                        .filter(refusal ->
                                invalid.getErrors().stream().anyMatch(error -> refusal.equals(error.getDescription())))
                        .findFirst();
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * A stable name of a refusal for its localized text ({@code unauthorized.<name>.detail}):
     * {@code not-an-access-token}, {@code not-for-this-api}, {@code not-a-platform-client}, or
     * {@code token-required} for any other failure.
     */
    public static String refusalCode(String refusal) {
        if (NOT_AN_ACCESS_TOKEN.equals(refusal)) {
            return "not-an-access-token";
        }
        if (NOT_FOR_THIS_API.equals(refusal)) {
            return "not-for-this-api";
        }
        if (NOT_A_PLATFORM_CLIENT.equals(refusal)) {
            return "not-a-platform-client";
        }
        return "token-required";
    }

    /** The check with its errors replaced by one error whose description is {@code refusal}. */
    private static OAuth2TokenValidator<Jwt> refusedAs(String refusal, OAuth2TokenValidator<Jwt> check) {
        OAuth2Error error = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, refusal, null);
        return token -> check.validate(token).hasErrors()
                ? OAuth2TokenValidatorResult.failure(error)
                : OAuth2TokenValidatorResult.success();
    }
}
