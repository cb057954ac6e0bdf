package io.onewindow.keycloak;

/**
 * The values of the user attribute {@value #ATTRIBUTE}, which the realm shows to the user and lets
 * only an administrator (or this extension) change.
 */
public final class RealNameLevels {

    /** The user attribute holding the level. */
    public static final String ATTRIBUTE = "real_name_level";

    /** What the person typed at registration; nobody has checked it. */
    public static final String SELF_DECLARED = "self-declared";

    /** An authoritative identity service confirmed that the name and ID number belong together. */
    public static final String AUTHORITATIVE = "authoritative";

    private RealNameLevels() {}
}
