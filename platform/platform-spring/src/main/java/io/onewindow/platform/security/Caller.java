package io.onewindow.platform.security;

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
 */
public record Caller(
        String subject,
        String username,
        Set<String> roles,
        String department,
        String idNumber,
        String creditCode,
        String clientId,
        String name) {

    public Caller {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
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
        this(subject, username, roles, department, idNumber, creditCode, clientId, null);
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
