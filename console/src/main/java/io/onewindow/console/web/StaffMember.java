package io.onewindow.console.web;

import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The signed-in staff member as the pages see them: name as written (Chinese family name first),
 * user name, department and realm roles.
 */
public record StaffMember(String name, String username, String department, Set<String> roles) {

    public static StaffMember of(OidcUser user) {
        Set<String> roles = new TreeSet<>();
        for (GrantedAuthority authority : user.getAuthorities()) {
            String name = authority.getAuthority();
            if (name.startsWith("ROLE_")) {
                roles.add(name.substring("ROLE_".length()));
            }
        }
        return new StaffMember(
                writtenName(user), user.getPreferredUsername(), user.getClaimAsString("department"), roles);
    }

    /** A Chinese name family name first without a space (梁文杰); others given name first. */
    static String writtenName(OidcUser user) {
        String family = user.getFamilyName();
        String given = user.getGivenName();
        if (family == null || family.isBlank() || given == null || given.isBlank()) {
            return user.getFullName() != null ? user.getFullName() : user.getPreferredUsername();
        }
        boolean chinese = (family + given)
                .codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return chinese ? family.strip() + given.strip() : given.strip() + " " + family.strip();
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean hasAny(String... wanted) {
        for (String role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
