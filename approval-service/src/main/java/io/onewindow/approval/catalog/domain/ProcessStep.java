package io.onewindow.approval.catalog.domain;

import io.onewindow.platform.domain.InvalidValueException;

/**
 * A review step of a matter, performed by one role within its own limit.
 *
 * @param code stable code, e.g. {@code review}
 * @param name e.g. 审查
 * @param role the realm role that performs it
 * @param limitWorkingDays its own limit in working days
 */
public record ProcessStep(String code, String name, String role, int limitWorkingDays) {

    public ProcessStep {
        if (code == null || !code.matches("[A-Za-z0-9_-]{1,40}")) {
            throw new InvalidValueException("catalog.invalid-step", "steps.code", "bad step code: " + code);
        }
        if (name == null || name.isBlank() || role == null || role.isBlank()) {
            throw new InvalidValueException("catalog.invalid-step", "steps", "a step needs a name and a role");
        }
        if (limitWorkingDays < 0) {
            throw new InvalidValueException("catalog.invalid-step", "steps.limitWorkingDays", "negative step limit");
        }
    }
}
