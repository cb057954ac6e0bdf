package io.onewindow.approval.catalog.domain;

import java.util.Objects;

/**
 * Who reviews or publishes a catalog draft, as far as the catalog's rule needs to know.
 *
 * @param username the person
 * @param department their department (from the token), or {@code null}
 * @param departmentAdmin whether they are a department admin (of {@code department})
 * @param platformAdmin whether they are a platform admin
 */
public record Approver(String username, String department, boolean departmentAdmin, boolean platformAdmin) {

    public Approver {
        Objects.requireNonNull(username, "username");
    }
}
