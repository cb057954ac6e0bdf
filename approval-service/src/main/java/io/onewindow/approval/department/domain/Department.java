package io.onewindow.approval.department.domain;

import io.onewindow.platform.domain.AggregateRoot;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.events.approval.DepartmentRecorded;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A department of the registry (部门): the code the whole platform names it by (tokens' {@code
 * department} claim, matters, windows), its Chinese name, the client id of its own system when it
 * docks in real time, and whether it is active. Every change records {@link DepartmentRecorded}
 * with the full state and the next {@link #version()}.
 */
public final class Department extends AggregateRoot {

    /** The code: a lower-case letter, then 1–63 lower-case letters, digits or hyphens. */
    public static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,63}");

    /** A Keycloak client id of a partner system. */
    public static final Pattern CLIENT_ID = Pattern.compile("[a-z][a-z0-9-]{1,63}");

    public static final int NAME_MIN = 2;
    public static final int NAME_MAX = 60;

    private String code;
    private long version;
    private String name;
    private String partnerClientId;
    private boolean active;
    private String registeredBy;
    private Instant registeredAt;
    private String changedBy;
    private Instant changedAt;

    private Department() {}

    /** Registers a department, active, at version 1. */
    public static Department register(String code, String name, String partnerClientId, String by, Instant now) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidValueException(
                    "department.invalid-code", "code", "a department code is a-z, then 1-63 of a-z, 0-9 or -");
        }
        Department d = new Department();
        d.code = code;
        d.name = checkedName(name);
        d.partnerClientId = checkedClient(partnerClientId);
        d.active = true;
        d.version = 1;
        d.registeredBy = Objects.requireNonNull(by);
        d.registeredAt = now;
        d.changedBy = by;
        d.changedAt = now;
        d.recordState();
        return d;
    }

    /**
     * Renames the department or changes its partner system; a change that changes nothing records
     * nothing.
     *
     * @return whether anything changed
     * @throws ConflictException {@code department.retired} once retired
     */
    public boolean change(String newName, String newPartnerClientId, String by, Instant now) {
        requireActive("change");
        String checkedName = checkedName(newName);
        String checkedClient = checkedClient(newPartnerClientId);
        if (checkedName.equals(name) && Objects.equals(checkedClient, partnerClientId)) {
            return false;
        }
        name = checkedName;
        partnerClientId = checkedClient;
        touched(by, now);
        return true;
    }

    /**
     * Retires the department: no new matters, no new partner reports; its published matters stay
     * readable.
     *
     * @throws ConflictException {@code department.retired} when retired already
     */
    public void retire(String by, Instant now) {
        requireActive("retire");
        active = false;
        touched(by, now);
    }

    /** Whether {@code clientId} is the registered system of this department. */
    public boolean isPartnerClient(String clientId) {
        return partnerClientId != null && partnerClientId.equals(clientId);
    }

    private void touched(String by, Instant now) {
        version++;
        changedBy = Objects.requireNonNull(by);
        changedAt = now;
        recordState();
    }

    private void recordState() {
        record(new DepartmentRecorded(code, version, name, partnerClientId, active, changedBy));
    }

    private void requireActive(String action) {
        if (!active) {
            throw new ConflictException("department.retired", "cannot " + action + " " + code + ": it is retired");
        }
    }

    private static String checkedName(String name) {
        String stripped = name == null ? "" : name.strip();
        int length = stripped.codePointCount(0, stripped.length());
        if (length < NAME_MIN || length > NAME_MAX || stripped.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException(
                    "department.invalid-name", "name", "a department name is one line of 2-60 characters");
        }
        return stripped;
    }

    private static String checkedClient(String clientId) {
        if (clientId == null || clientId.isBlank()) {
            return null;
        }
        if (!CLIENT_ID.matcher(clientId).matches()) {
            throw new InvalidValueException(
                    "department.invalid-partner-client", "partnerClientId", "not a client id: a-z, 0-9 and -");
        }
        return clientId;
    }

    public String code() {
        return code;
    }

    public long version() {
        return version;
    }

    public String name() {
        return name;
    }

    public String partnerClientId() {
        return partnerClientId;
    }

    public boolean active() {
        return active;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
