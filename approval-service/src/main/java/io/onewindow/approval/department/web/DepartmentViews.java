package io.onewindow.approval.department.web;

import io.onewindow.approval.department.domain.Department;
import java.time.Instant;

/** Response bodies of the department registry. */
final class DepartmentViews {

    private DepartmentViews() {}

    /**
     * A department as platform admins see it after a change.
     *
     * @param version 1 when registered, +1 per change
     */
    record Full(
            String code,
            String name,
            String partnerClientId,
            boolean active,
            long version,
            String changedBy,
            Instant changedAt) {

        static Full of(Department d) {
            return new Full(
                    d.code(), d.name(), d.partnerClientId(), d.active(), d.version(), d.changedBy(), d.changedAt());
        }
    }

    /**
     * A department as the public sees it.
     *
     * @param active {@code false} once retired (its matters stay readable)
     * @param partnerDocking whether its own system reports its cases in real time (实时对接)
     */
    record Public(String code, String name, boolean active, boolean partnerDocking) {

        static Public of(Department d) {
            return new Public(d.code(), d.name(), d.active(), d.partnerClientId() != null);
        }
    }
}
