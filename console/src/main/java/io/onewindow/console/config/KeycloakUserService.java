package io.onewindow.console.config;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The signed-in staff member with their realm roles as authorities ({@code ROLE_window-officer},
 * ...), read from the verified ID token's {@code realm_access.roles} (the console's client puts
 * them there), so that each page can show what the user's roles allow.
 */
class KeycloakUserService extends OidcUserService {

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = super.loadUser(request);
        Set<GrantedAuthority> authorities = new LinkedHashSet<>(user.getAuthorities());
        for (String role : realmRoles(user.getClaims())) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + role));
        }
        return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), "preferred_username");
    }

    /** The realm roles in a token's claims; an absent or malformed claim means none. */
    static Set<String> realmRoles(Map<String, Object> claims) {
        Set<String> roles = new LinkedHashSet<>();
        if (claims.get("realm_access") instanceof Map<?, ?> access
                && access.get("roles") instanceof Collection<?> values) {
            for (Object value : values) {
                if (value instanceof String role && !role.isBlank()) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }
}
