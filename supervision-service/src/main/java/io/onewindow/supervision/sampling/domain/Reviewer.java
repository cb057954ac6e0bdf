package io.onewindow.supervision.sampling.domain;

import java.util.Objects;

/**
 * A member of staff who reviews sampled cases: an inspector or an approver, with their department.
 *
 * @param username the reviewer's username
 * @param department the reviewer's department
 */
public record Reviewer(String username, String department) {

    public Reviewer {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(department, "department");
    }

    /**
     * A reviewer as configured: {@code username@department}.
     *
     * @throws IllegalArgumentException when it is not of that form
     */
    public static Reviewer parse(String configured) {
        String value = configured == null ? "" : configured.trim();
        int at = value.indexOf('@');
        if (at <= 0 || at == value.length() - 1 || value.indexOf('@', at + 1) >= 0) {
            throw new IllegalArgumentException("a sampling reviewer is username@department: " + configured);
        }
        return new Reviewer(value.substring(0, at), value.substring(at + 1));
    }

    /** Whether this reviewer may review a case of {@code department} decided by {@code decidedBy}. */
    public boolean mayReview(String department, String decidedBy) {
        return !this.department.equals(department) && !username.equals(decidedBy);
    }
}
