package io.onewindow.supervision.feedback.domain;

import io.onewindow.platform.domain.InvalidValueException;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Who handles a complaint (投诉分办). A complaint that questions a person's conduct goes to the
 * discipline inspectors (纪检监察), never to that person nor to his own department's chain:
 *
 * <ul>
 *   <li>it names a staff member (a complaint about an officer), or
 *   <li>its category alleges misconduct: collusion (串通), bribery (索贿受贿), intermediaries (中介)
 *       or off-system handling (体外循环), whatever it is about, or
 *   <li>it is addressed to {@value #DISCIPLINE_INSPECTION} itself.
 * </ul>
 *
 * Every other complaint goes to the department responsible, as before; the staff whose conduct it
 * questions still never see it ({@link Complaint#concerns}). A department the complainant or operator
 * names must be known (approval's department registry, or {@value #DISCIPLINE_INSPECTION}): an
 * unknown one is refused with the field it came from, so no complaint lands where nobody reads it.
 */
public final class ComplaintRouting {

    /** The discipline inspectors' own department code. */
    public static final String DISCIPLINE_INSPECTION = "discipline-inspection";

    /** Who handles a complaint. */
    public enum Desk {
        /** The department responsible answers it. */
        DEPARTMENT,
        /** The discipline inspectors handle it; the department's staff never see it. */
        INSPECTION
    }

    /** Why a complaint went where it went. */
    public enum Reason {
        /** Nobody's conduct in question: the department responsible. */
        DEPARTMENT,
        /** It names a staff member. */
        NAMES_STAFF,
        /** Its category alleges collusion, bribery, intermediaries or off-system handling. */
        ALLEGES_MISCONDUCT,
        /** Addressed to the discipline inspectors. */
        ADDRESSED_TO_INSPECTION,
        /** The complainant contested the answer: escalated to the inspectors. */
        CONTESTED
    }

    /**
     * Where a complaint goes.
     *
     * @param department the department the complaint is about (its figures count it)
     * @param desk who handles it
     * @param reason why
     */
    public record Route(String department, Desk desk, Reason reason) {}

    private ComplaintRouting() {}

    /**
     * Routes a complaint.
     *
     * @param target what it is about
     * @param department the department responsible: the case's or visit's, or the one named
     * @param departmentField the request field {@code department} came from, to be checked against
     *     {@code known}; {@code null} when it came from the events (a case's, a visit's, the default)
     * @param category what it alleges ({@code null}: {@link Complaint.Category#SERVICE})
     * @param known whether a department code is known
     * @throws InvalidValueException {@code complaint.unknown-department} naming {@code departmentField}
     */
    public static Route route(
            Complaint.Target target,
            String department,
            String departmentField,
            Complaint.Category category,
            Predicate<String> known) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(department, "department");
        if (departmentField != null && !DISCIPLINE_INSPECTION.equals(department) && !known.test(department)) {
            throw new InvalidValueException(
                    "complaint.unknown-department", departmentField, "No department has the code " + department);
        }
        return new Route(department, deskOf(target, department, category), reasonOf(target, department, category));
    }

    /** The desk of a complaint from what it is about, to whom and what it alleges (no check of the department). */
    public static Desk deskOf(Complaint.Target target, String department, Complaint.Category category) {
        return reasonOf(target, department, category) == Reason.DEPARTMENT ? Desk.DEPARTMENT : Desk.INSPECTION;
    }

    private static Reason reasonOf(Complaint.Target target, String department, Complaint.Category category) {
        if (DISCIPLINE_INSPECTION.equals(department)) {
            return Reason.ADDRESSED_TO_INSPECTION;
        }
        if (target == Complaint.Target.OFFICER) {
            return Reason.NAMES_STAFF;
        }
        if (category != null && category.allegesMisconduct()) {
            return Reason.ALLEGES_MISCONDUCT;
        }
        return Reason.DEPARTMENT;
    }
}
