package io.onewindow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/** The three token checks one by one, on tokens shaped as Keycloak makes them. */
class TokenChecksTest {

    private final OAuth2TokenValidator<Jwt> checks =
            TokenChecks.validator("onewindow-api", List.of("onewindow-cli", "partner-tax"));

    @Test
    void acceptsAnAccessTokenOfAPlatformClientForTheApi() {
        assertThat(checks.validate(token(claims -> {})).hasErrors()).isFalse();
        assertThat(checks.validate(token(
                                claims -> claims.claim("azp", "partner-tax").audience(List.of("onewindow-api"))))
                        .hasErrors())
                .isFalse();
    }

    @Test
    void refusesAnIdTokenAndARefreshToken() {
        assertThat(refusals(token(claims -> claims.claim("typ", "ID").audience(List.of("onewindow-cli")))))
                .first()
                .isEqualTo(TokenChecks.NOT_AN_ACCESS_TOKEN);
        assertThat(refusals(token(claims -> claims.claim("typ", "Refresh"))))
                .containsExactly(TokenChecks.NOT_AN_ACCESS_TOKEN);
        assertThat(refusals(token(claims -> claims.claims(c -> c.remove("typ")))))
                .containsExactly(TokenChecks.NOT_AN_ACCESS_TOKEN);
    }

    @Test
    void refusesATokenWithoutTheAudience() {
        assertThat(refusals(token(claims -> claims.audience(List.of("account")))))
                .containsExactly(TokenChecks.NOT_FOR_THIS_API);
        assertThat(refusals(token(claims -> claims.claims(c -> c.remove("aud")))))
                .containsExactly(TokenChecks.NOT_FOR_THIS_API);
    }

    @Test
    void refusesATokenOfAnotherClient() {
        assertThat(refusals(token(claims -> claims.claim("azp", "admin-cli"))))
                .containsExactly(TokenChecks.NOT_A_PLATFORM_CLIENT);
        assertThat(refusals(token(claims -> claims.claims(c -> c.remove("azp")))))
                .containsExactly(TokenChecks.NOT_A_PLATFORM_CLIENT);
        assertThat(refusals(token(claims -> claims.claim("azp", List.of("onewindow-cli")))))
                .containsExactly(TokenChecks.NOT_A_PLATFORM_CLIENT);
    }

    @Test
    void namesTheFirstFailedCheckBehindAnAuthenticationFailureAndNothingElse() {
        var result = checks.validate(token(claims -> claims.claim("typ", "ID").claim("azp", "admin-cli")));
        var failure =
                new InvalidBearerTokenException("invalid", new JwtValidationException("invalid", result.getErrors()));

        assertThat(TokenChecks.refusal(failure)).contains(TokenChecks.NOT_AN_ACCESS_TOKEN);
        assertThat(TokenChecks.refusal(new InvalidBearerTokenException("expired")))
                .isEmpty();
        assertThat(TokenChecks.refusal(new InvalidBearerTokenException(
                        "bad",
                        new JwtValidationException(
                                "bad", List.of(new OAuth2Error("invalid_token", "Jwt expired at …", null))))))
                .isEmpty();
    }

    private List<String> refusals(Jwt jwt) {
        return checks.validate(jwt).getErrors().stream()
                .map(OAuth2Error::getDescription)
                .toList();
    }

    /** An access token of onewindow-cli as Keycloak makes it, changed by {@code change}. */
    private static Jwt token(Consumer<Jwt.Builder> change) {
        Jwt.Builder builder = Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .header("typ", "JWT")
                .subject("sub-citizen1")
                .claim("typ", "Bearer")
                .audience(List.of("onewindow-api", "account"))
                .claim("azp", "onewindow-cli")
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(300));
        change.accept(builder);
        return builder.build();
    }
}
