package io.onewindow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class KeycloakJwtConverterTest {

    private final KeycloakJwtConverter converter = new KeycloakJwtConverter();

    private static Jwt.Builder keycloakToken() {
        return Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .subject("u-1")
                .issuedAt(Instant.parse("2026-11-27T08:00:00Z"))
                .expiresAt(Instant.parse("2026-11-27T08:05:00Z"))
                .claim("preferred_username", "officer1")
                .claim("azp", "onewindow-portal");
    }

    @Test
    void readsRealmRolesFromTheNestedKeycloakClaim() {
        CallerAuthentication authentication = converter.convert(keycloakToken()
                .claim("realm_access", Map.of("roles", List.of("window-officer", "offline_access")))
                .claim("department", "market-regulation")
                .claim("id_number", "44011319950515118X")
                .claim("name", "建国 黄")
                .build());

        assertThat(authentication.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_window-officer", "ROLE_offline_access");
        Caller caller = authentication.getPrincipal();
        assertThat(caller.hasRole(Roles.WINDOW_OFFICER)).isTrue();
        assertThat(caller.belongsTo("market-regulation")).isTrue();
        assertThat(caller.belongsTo("tax")).isFalse();
        assertThat(caller.clientId()).isEqualTo("onewindow-portal");
        assertThat(caller.maskedIdNumber()).isEqualTo("440113********118X");
        assertThat(caller.displayName()).isEqualTo("黄建国");
    }

    @Test
    void readsTheRealNameLevelAndTakesATokenWithoutItOrWithAnUnknownOneAsSelfDeclared() {
        assertThat(converter
                        .convert(keycloakToken()
                                .claim("real_name_level", "window-confirmed")
                                .build())
                        .getPrincipal()
                        .realNameLevel())
                .isEqualTo(io.onewindow.platform.identity.RealNameLevel.WINDOW_CONFIRMED);
        assertThat(converter.convert(keycloakToken().build()).getPrincipal().realNameLevel())
                .isEqualTo(io.onewindow.platform.identity.RealNameLevel.SELF_DECLARED);
        assertThat(converter
                        .convert(keycloakToken()
                                .claim("real_name_level", "checked-by-a-friend")
                                .build())
                        .getPrincipal()
                        .realNameLevel())
                .isEqualTo(io.onewindow.platform.identity.RealNameLevel.SELF_DECLARED);
    }

    @Test
    void aChineseNameIsFamilyNameFirstWithoutASpaceAndOthersGivenNameFirst() {
        assertThat(converter
                        .convert(keycloakToken()
                                .claim("name", "志强 陈")
                                .claim("given_name", "志强")
                                .claim("family_name", "陈")
                                .build())
                        .getPrincipal()
                        .displayName())
                .isEqualTo("陈志强");
        assertThat(converter
                        .convert(keycloakToken()
                                .claim("name", "Anna Schmidt")
                                .claim("given_name", "Anna")
                                .claim("family_name", "Schmidt")
                                .build())
                        .getPrincipal()
                        .displayName())
                .isEqualTo("Anna Schmidt");
        // a one-part Chinese name stays as it is
        assertThat(converter
                        .convert(keycloakToken().claim("name", "欧阳").build())
                        .getPrincipal()
                        .displayName())
                .isEqualTo("欧阳");
    }

    @Test
    void aTokenWithoutRealmRolesGrantsNoRole() {
        CallerAuthentication authentication = converter.convert(keycloakToken().build());
        assertThat(authentication.getAuthorities()).isEmpty();
        assertThat(authentication.getPrincipal().belongsTo(null)).isFalse();
        assertThat(authentication.getPrincipal().displayName()).isEqualTo("officer1");
    }

    @Test
    void ignoresAMalformedRolesClaim() {
        CallerAuthentication authentication = converter.convert(keycloakToken()
                .claim("realm_access", Map.of("roles", "platform-admin"))
                .build());
        assertThat(authentication.getPrincipal().roles()).isEmpty();
    }

    @Test
    void neverPrintsTheFullIdNumber() {
        Caller caller = new Caller("s", "citizen1", null, null, "440113199003071235", null, "cli");
        assertThat(caller.toString()).doesNotContain("440113199003071235").contains("440113********1235");
    }
}
