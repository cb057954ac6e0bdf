package io.onewindow.appointment.servicepoint.domain;

import io.onewindow.platform.domain.InvalidValueException;

/**
 * A window (窗口) of a service point: a department window, whose officers serve their department's
 * matters, or a comprehensive window (综合受理窗口), whose officers receive any matter offered at
 * the point; either may also hand out results (统一窗口出件).
 *
 * @param number the number shown above it, e.g. {@code 3} or {@code B2} (1–4 digits or capitals)
 * @param name its label, e.g. {@code 综合受理窗口}
 * @param comprehensive whether it is a comprehensive window
 * @param department the department a department window serves; {@code null} for a comprehensive one
 * @param delivery whether results are handed out there
 */
public record Window(String number, String name, boolean comprehensive, String department, boolean delivery) {

    /** What a window number looks like. */
    public static final String NUMBER = "[0-9A-Z]{1,4}";

    public Window {
        if (number == null || !number.matches(NUMBER)) {
            throw new InvalidValueException("invalid-window", "number", "a window number is 1-4 digits or capitals");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("invalid-window", "name", "a window has a name");
        }
        if (comprehensive && department != null) {
            throw new InvalidValueException(
                    "invalid-window", "department", "a comprehensive window serves every department: no department");
        }
        if (!comprehensive && (department == null || department.isBlank())) {
            throw new InvalidValueException(
                    "invalid-window", "department", "a department window names the department it serves");
        }
    }

    /** A comprehensive window (综合受理窗口). */
    public static Window comprehensive(String number, String name, boolean delivery) {
        return new Window(number, name, true, null, delivery);
    }

    /** A window of one department. */
    public static Window ofDepartment(String number, String name, String department, boolean delivery) {
        return new Window(number, name, false, department, delivery);
    }
}
