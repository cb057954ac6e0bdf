package io.onewindow.supervision.feedback;

import io.onewindow.platform.events.approval.DepartmentRecorded;
import io.onewindow.platform.service.UseCase;
import io.onewindow.supervision.config.SupervisionSettings;
import io.onewindow.supervision.feedback.domain.ComplaintRouting;

/**
 * The departments a complaint may name: those of approval's department registry, learned from its
 * {@code DepartmentRecorded} events (a retired department stays known: its past handling may still
 * be complained about), the discipline inspectors ({@value ComplaintRouting#DISCIPLINE_INSPECTION})
 * and the configured default department.
 */
@UseCase
public class Departments {

    private final DepartmentStore store;
    private final SupervisionSettings settings;

    Departments(DepartmentStore store, SupervisionSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    /** A department registered or changed in approval's registry. */
    public void recorded(DepartmentRecorded department) {
        store.save(department.code(), department.version(), department.name(), department.active());
    }

    /** Whether a complaint may name {@code code}. */
    public boolean isKnown(String code) {
        return ComplaintRouting.DISCIPLINE_INSPECTION.equals(code)
                || settings.defaultDepartment().equals(code)
                || store.exists(code);
    }
}
