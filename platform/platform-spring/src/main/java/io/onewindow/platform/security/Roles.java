package io.onewindow.platform.security;

/** The realm roles of the {@code onewindow} Keycloak realm. */
public final class Roles {

    public static final String CITIZEN = "citizen";
    public static final String ENTERPRISE = "enterprise";
    public static final String AGENT = "agent";
    public static final String WINDOW_OFFICER = "window-officer";
    public static final String APPROVER = "approver";
    public static final String DEPT_ADMIN = "dept-admin";
    public static final String CATALOG_ADMIN = "catalog-admin";
    public static final String INSPECTOR = "inspector";
    /** A citizen volunteer (义务监督员) who records patrol observations at the halls. */
    public static final String VOLUNTEER_SUPERVISOR = "volunteer-supervisor";

    public static final String PLATFORM_ADMIN = "platform-admin";
    public static final String PARTNER_SYSTEM = "partner-system";
    /** A OneWindow service calling another on its own behalf (client credentials), never a person. */
    public static final String PLATFORM_SERVICE = "platform-service";

    /** Spring Security's authority prefix for roles. */
    public static final String AUTHORITY_PREFIX = "ROLE_";

    private Roles() {}

    /** The granted authority of a realm role, e.g. {@code ROLE_citizen}. */
    public static String authority(String role) {
        return AUTHORITY_PREFIX + role;
    }
}
