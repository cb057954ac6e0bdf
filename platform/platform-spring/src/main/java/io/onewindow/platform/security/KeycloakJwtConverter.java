package io.onewindow.platform.security;

import io.onewindow.platform.identity.RealNameLevel;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Turns a verified Keycloak access token into a {@link CallerAuthentication}. Keycloak puts
 * realm roles in the nested {@code realm_access.roles} claim, which Spring's own converter
 * cannot read (it only reads top-level claims).
 */
public class KeycloakJwtConverter implements Converter<Jwt, CallerAuthentication> {

    @Override
    public CallerAuthentication convert(Jwt jwt) {
        Set<String> roles = realmRoles(jwt);
        Caller caller = new Caller(
                jwt.getSubject(),
                jwt.getClaimAsString("preferred_username"),
                roles,
                jwt.getClaimAsString("department"),
                jwt.getClaimAsString("id_number"),
                jwt.getClaimAsString("credit_code"),
                jwt.getClaimAsString("azp"),
                personalName(jwt),
                RealNameLevel.ofClaim(jwt.getClaimAsString("real_name_level")));
        return new CallerAuthentication(caller, jwt, authorities(roles));
    }

    private static final java.util.regex.Pattern HAN = java.util.regex.Pattern.compile("\\p{IsHan}");
    private static final java.util.regex.Pattern GIVEN_SPACE_FAMILY =
            java.util.regex.Pattern.compile("(\\p{IsHan}+) (\\p{IsHan}+)");

    /**
     * The person's name as it is written: a Chinese name family name first without a space (黄建国), others
     * given name first. Keycloak's {@code name} claim is always "given family" (建国 黄), so the name is
     * built from {@code family_name} and {@code given_name} when the token has them, and a Chinese
     * {@code name} of two parts is turned round when it has not.
     */
    static String personalName(Jwt jwt) {
        String family = jwt.getClaimAsString("family_name");
        String given = jwt.getClaimAsString("given_name");
        if (family != null && !family.isBlank() && given != null && !given.isBlank()) {
            boolean chinese = HAN.matcher(family).find() || HAN.matcher(given).find();
            return chinese ? family.strip() + given.strip() : given.strip() + " " + family.strip();
        }
        String name = jwt.getClaimAsString("name");
        if (name != null) {
            java.util.regex.Matcher m = GIVEN_SPACE_FAMILY.matcher(name.strip());
            if (m.matches()) {
                return m.group(2) + m.group(1);
            }
        }
        return name;
    }

    /** The realm roles of a token; an absent or malformed claim means no roles. */
    public static Set<String> realmRoles(Jwt jwt) {
        Object realmAccess = jwt.getClaims().get("realm_access");
        if (!(realmAccess instanceof Map<?, ?> map) || !(map.get("roles") instanceof Collection<?> values)) {
            return Set.of();
        }
        Set<String> roles = new LinkedHashSet<>();
        for (Object value : values) {
            if (value instanceof String role && !role.isBlank()) {
                roles.add(role);
            }
        }
        return roles;
    }

    static List<GrantedAuthority> authorities(Set<String> roles) {
        return roles.stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(Roles.authority(role)))
                .toList();
    }
}
