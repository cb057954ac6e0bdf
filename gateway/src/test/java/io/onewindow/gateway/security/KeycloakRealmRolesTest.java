package io.onewindow.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class KeycloakRealmRolesTest {

    private final KeycloakRealmRoles converter = new KeycloakRealmRoles();

    @Test
    void turnsRealmRolesIntoSpringRoles() {
        Jwt token = token(Map.of("realm_access", Map.of("roles", List.of("citizen", "default-roles-onewindow"))));

        assertThat(converter.convert(token))
                .extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_citizen", "ROLE_default-roles-onewindow");
    }

    @Test
    void givesNoRolesWhenTheTokenHasNoRealmAccess() {
        assertThat(converter.convert(token(Map.of("scope", "openid")))).isEmpty();
        assertThat(converter.convert(token(Map.of("realm_access", "odd")))).isEmpty();
        assertThat(converter.convert(token(Map.of("realm_access", Map.of())))).isEmpty();
    }

    @Test
    void ignoresTopLevelRolesClaims() {
        assertThat(converter.convert(token(Map.of("roles", List.of("platform-admin")))))
                .isEmpty();
    }

    private static Jwt token(Map<String, Object> claims) {
        return Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .subject("u1")
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60))
                .claims(c -> c.putAll(claims))
                .build();
    }
}
