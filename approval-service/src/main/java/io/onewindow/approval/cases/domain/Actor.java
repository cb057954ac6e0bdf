package io.onewindow.approval.cases.domain;

import java.util.Objects;

/**
 * Who performs an action, as the token says.
 *
 * @param username the username
 * @param role the role the action is performed in
 * @param department the department of staff, or {@code null}
 */
public record Actor(String username, String role, String department) {

    /** The Art. 32 sweep: the law itself accepts the case. */
    public static final Actor SYSTEM = new Actor("system", "system", null);

    public Actor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
    }
}
