package io.onewindow.platform.test;

import io.onewindow.platform.identity.RealNameLevel;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.security.CallerAuthentication;
import io.onewindow.platform.security.Roles;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Signed-in callers for MockMvc slice tests, shaped like the demo users of the realm, so a
 * test reads as the story: {@code mvc.perform(get(...).with(Callers.citizen1()))}. Tests
 * that need the token path itself use {@link KeycloakTestServer} instead.
 */
public final class Callers {

    private Callers() {}

    public static RequestPostProcessor citizen1() {
        return as(confirmed(new Caller(
                "u-citizen1",
                "citizen1",
                Set.of(Roles.CITIZEN),
                null,
                "440113199003071235",
                null,
                "onewindow-portal")));
    }

    public static RequestPostProcessor citizen2() {
        return as(confirmed(new Caller(
                "u-citizen2",
                "citizen2",
                Set.of(Roles.CITIZEN),
                null,
                "440113200002290028",
                null,
                "onewindow-portal")));
    }

    /** The demo citizen whose account is only self-declared: may book, may neither file nor read a wallet. */
    public static RequestPostProcessor citizen3() {
        return as(new Caller(
                "u-citizen3", "citizen3", Set.of(Roles.CITIZEN), null, CITIZEN3_ID_NUMBER, null, "onewindow-portal"));
    }

    /** citizen3's ID number, as in the realm. */
    public static final String CITIZEN3_ID_NUMBER = "440113199206180028";

    public static RequestPostProcessor enterprise1() {
        return as(confirmed(new Caller(
                "u-enterprise1",
                "enterprise1",
                Set.of(Roles.ENTERPRISE),
                null,
                "440113198206141534",
                "91440113MA5D000166",
                "onewindow-portal")));
    }

    public static RequestPostProcessor agent1() {
        return as(confirmed(new Caller(
                "u-agent1", "agent1", Set.of(Roles.AGENT), null, "440113198809212469", null, "onewindow-portal")));
    }

    public static RequestPostProcessor officer1() {
        return staff("officer1", Roles.WINDOW_OFFICER, "market-regulation");
    }

    public static RequestPostProcessor approver1() {
        return staff("approver1", Roles.APPROVER, "market-regulation");
    }

    public static RequestPostProcessor deptadmin1() {
        return staff("deptadmin1", Roles.DEPT_ADMIN, "market-regulation");
    }

    public static RequestPostProcessor catalogadmin1() {
        return staff("catalogadmin1", Roles.CATALOG_ADMIN, "district-admin-service");
    }

    public static RequestPostProcessor inspector1() {
        return staff("inspector1", Roles.INSPECTOR, "discipline-inspection");
    }

    public static RequestPostProcessor admin1() {
        return staff("admin1", Roles.PLATFORM_ADMIN, "district-admin-service");
    }

    /** The second platform-admin, for actions that need four eyes. */
    public static RequestPostProcessor admin2() {
        return staff("admin2", Roles.PLATFORM_ADMIN, "district-admin-service");
    }

    /** A partner department's system (client credentials), e.g. {@code partner("tax")}. */
    public static RequestPostProcessor partner(String department) {
        return as(new Caller(
                "u-partner-" + department,
                "service-account-partner-" + department,
                Set.of(Roles.PARTNER_SYSTEM),
                department,
                null,
                null,
                "partner-" + department));
    }

    /** A staff member with one role in one department. */
    public static RequestPostProcessor staff(String username, String role, String department) {
        return as(new Caller("u-" + username, username, Set.of(role), department, null, null, "onewindow-portal"));
    }

    /**
     * The caller with its account confirmed at a window, as the realm's demo citizens, enterprise
     * and agent (all but citizen3) are.
     */
    public static Caller confirmed(Caller caller) {
        return caller.withRealNameLevel(RealNameLevel.WINDOW_CONFIRMED);
    }

    /** Any caller. */
    public static RequestPostProcessor as(Caller caller) {
        Jwt jwt = Jwt.withTokenValue("test-token-" + caller.username())
                .header("alg", "none")
                .subject(caller.subject())
                .claim("preferred_username", caller.username())
                .claim("realm_access", Map.of("roles", caller.roles()))
                .claim("real_name_level", caller.realNameLevel().code())
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(300))
                .build();
        SimpleGrantedAuthority[] authorities = caller.roles().stream()
                .map(role -> new SimpleGrantedAuthority(Roles.authority(role)))
                .toArray(SimpleGrantedAuthority[]::new);
        return SecurityMockMvcRequestPostProcessors.authentication(
                new CallerAuthentication(caller, jwt, Arrays.asList(authorities)));
    }
}
