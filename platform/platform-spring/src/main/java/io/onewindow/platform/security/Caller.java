package io.onewindow.platform.security;

import io.onewindow.platform.identity.RealNameLevel;
import java.util.Set;

/**
 * Who is calling, as the verified Keycloak token says: the only source of identity for
 * real-name rules (never the request body).
 *
 * @param subject the token subject (stable user or service-account id)
 * @param username {@code preferred_username}
 * @param roles realm roles from {@code realm_access.roles}
 * @param department the {@code department} claim of staff and partner systems, or {@code null}
 * @param idNumber the verified resident ID number ({@code id_number} claim), or {@code null}
 * @param creditCode the enterprise's unified social credit code ({@code credit_code}), or {@code null}
 * @param clientId the client the token was issued to ({@code azp})
 * @param name the person's full name as the identity provider verified it ({@code name}), or {@code null}
 * @param realNameLevel how surely the account is tied to the person ({@code real_name_level} claim);
 *     a token without the claim is {@link RealNameLevel#SELF_DECLARED}
 */
public record Caller(
        String subject,
        String username,
        Set<String> roles,
        String department,
        String idNumber,
        String creditCode,
        String clientId,
        String name,
        RealNameLevel realNameLevel) {

    public Caller {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        realNameLevel = realNameLevel == null ? RealNameLevel.SELF_DECLARED : realNameLevel;
    }

    /** A caller whose token carries no {@code real_name_level} claim (self-declared). */
    public Caller(
            String subject,
            String username,
            Set<String> roles,
            String department,
            String idNumber,
            String creditCode,
            String clientId,
            String name) {
        this(subject, username, roles, department, idNumber, creditCode, clientId, name, null);
    }

    /** A caller whose token carries no {@code name} claim (service accounts, tests). */
    public Caller(
            String subject,
            String username,
            Set<String> roles,
            String department,
            String idNumber,
            String creditCode,
            String clientId) {
        this(subject, username, roles, department, idNumber, creditCode, clientId, null, null);
    }

    /** The same caller holding another real-name level. */
    public Caller withRealNameLevel(RealNameLevel level) {
        return new Caller(subject, username, roles, department, idNumber, creditCode, clientId, name, level);
    }

    /**
     * Whether the real-name levels apply to this caller: people acting for themselves or, as agents,
     * for others (citizens, enterprises, agents). Staff and partner or service clients act by their
     * office, not as a person whose identity an action relies on.
     */
    public boolean isSubjectToRealNameLevels() {
        return hasAnyRole(Roles.CITIZEN, Roles.ENTERPRISE, Roles.AGENT);
    }

    /** The name to show: the verified full name, or the username when the token has none. */
    public String displayName() {
        return name == null || name.isBlank() ? username : name;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... candidates) {
        for (String role : candidates) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** A partner department's system calling with its client-credentials token. */
    public boolean isPartnerSystem() {
        return hasRole(Roles.PARTNER_SYSTEM);
    }

    /** Whether the caller belongs to {@code dept}; callers without a department belong to none. */
    public boolean belongsTo(String dept) {
        return department != null && department.equals(dept);
    }

    /** The ID number masked for answers and logs, e.g. {@code 440113********1235}. */
    public String maskedIdNumber() {
        if (idNumber == null || idNumber.length() < 10) {
            return null;
        }
        return idNumber.substring(0, 6)
                + "*".repeat(idNumber.length() - 10)
                + idNumber.substring(idNumber.length() - 4);
    }

    /** Never prints the full ID number. */
    @Override
    public String toString() {
        return "Caller[" + username + ", roles=" + roles + ", department=" + department + ", id=" + maskedIdNumber()
                + "]";
    }
}
