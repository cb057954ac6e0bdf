package io.onewindow.console.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

import java.util.Arrays;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signed-in staff for the console's server tests: an OIDC login with realm roles and a department. */
public final class Staff {

    private Staff() {}

    public static RequestPostProcessor as(String username, String department, String... roles) {
        List<GrantedAuthority> authorities = Arrays.stream(roles)
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
        return oidcLogin()
                .idToken(token -> token.subject("sub-" + username)
                        .claim("preferred_username", username)
                        .claim("family_name", "梁")
                        .claim("given_name", "文杰")
                        .claim("department", department == null ? "" : department))
                .authorities(authorities);
    }

    public static RequestPostProcessor officer() {
        return as("officer1", "market-regulation", "window-officer");
    }

    public static RequestPostProcessor approver() {
        return as("approver1", "market-regulation", "approver");
    }

    public static RequestPostProcessor inspector() {
        return as("inspector1", "discipline", "inspector");
    }

    public static RequestPostProcessor deptAdmin() {
        return as("deptadmin1", "market-regulation", "dept-admin");
    }

    public static RequestPostProcessor catalogAdmin() {
        return as("catalogadmin1", null, "catalog-admin");
    }

    public static RequestPostProcessor platformAdmin() {
        return as("platformadmin1", null, "platform-admin");
    }

    public static RequestPostProcessor citizen() {
        return as("citizen1", null, "citizen");
    }
}
