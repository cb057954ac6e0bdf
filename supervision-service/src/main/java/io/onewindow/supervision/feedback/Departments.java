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

    /** Every known department's Chinese name by code, the discipline inspectors' included. */
    public java.util.Map<String, String> names() {
        java.util.Map<String, String> names = new java.util.TreeMap<>(store.names());
        names.putIfAbsent(ComplaintRouting.DISCIPLINE_INSPECTION, "区纪委监委派驻纪检监察组");
        return names;
    }

    /** Whether a complaint may name {@code code}. */
    public boolean isKnown(String code) {
        return ComplaintRouting.DISCIPLINE_INSPECTION.equals(code)
                || settings.defaultDepartment().equals(code)
                || store.exists(code);
    }
}
