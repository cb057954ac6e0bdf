package io.onewindow.approval.department;

import io.onewindow.approval.department.domain.Department;
import io.onewindow.platform.concurrency.Precondition;
import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.security.Roles;
import io.onewindow.platform.service.UseCase;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;

/**
 * The department registry (部门登记): platform admins register departments, rename them, change
 * their partner system and retire them; the catalog accepts matters only of active registered
 * departments, and partner docking only reports of a department's registered system. Each change
 * publishes {@code DepartmentRecorded} with the department's full state.
 */
@UseCase
public class DepartmentRegistry {

    /** Who records demo data. */
    public static final String SYSTEM = "system";

    private static final String EXISTS = "department.exists";

    private final DepartmentStore departments;
    private final Clock clock;

    DepartmentRegistry(DepartmentStore departments, Clock clock) {
        this.departments = departments;
        this.clock = clock;
    }

    /**
     * A department as registered or changed.
     *
     * @param name its Chinese name, 2–60 characters
     * @param partnerClientId the client id of its own system that reports milestones, or {@code null}
     */
    public record Particulars(String name, String partnerClientId) {}

    /**
     * Registers a department (platform admin).
     *
     * @throws ConflictException {@code department.exists} when the code is registered already,
     *     {@code department.partner-client-taken} when another active department has that system
     */
    public Department register(String code, Particulars particulars, Caller caller) {
        requirePlatformAdmin(caller);
        return add(
                Department.register(code, particulars.name(), particulars.partnerClientId(), caller.username(), now()));
    }

    /** Renames a department or changes its partner system (platform admin). */
    public Department change(String code, Particulars particulars, Caller caller, Precondition<Department> expected) {
        requirePlatformAdmin(caller);
        requireClientFree(particulars.partnerClientId(), code);
        return departments.change(code, d -> {
            expected.existing(d);
            d.change(particulars.name(), particulars.partnerClientId(), caller.username(), now());
        });
    }

    /**
     * A registered department, active or retired (platform admin).
     *
     * @throws NotFoundException when the code is not registered
     */
    public Department get(String code, Caller caller) {
        requirePlatformAdmin(caller);
        return find(code).orElseThrow(() -> new NotFoundException("department", code));
    }

    /**
     * Retires a department (platform admin): no new matters, no new partner reports; its published
     * matters stay readable.
     */
    public Department retire(String code, Caller caller) {
        requirePlatformAdmin(caller);
        return departments.change(code, d -> d.retire(caller.username(), now()));
    }

    /**
     * Registers a department of the demo data unless it is registered (a restart finds it and leaves
     * it alone).
     */
    public void seed(String code, Particulars particulars) {
        if (departments.find(code).isPresent()) {
            return;
        }
        try {
            add(Department.register(code, particulars.name(), particulars.partnerClientId(), SYSTEM, now()));
        } catch (ConflictException refused) {
            if (!EXISTS.equals(refused.code())) {
                throw refused;
            }
            // Two instances starting together: the other one's insert stands.
        }
    }

    /** The department with this code, active or retired. */
    public Optional<Department> find(String code) {
        return code == null ? Optional.empty() : departments.find(code);
    }

    /** Whether {@code code} is a registered department that is not retired. */
    public boolean isActive(String code) {
        return find(code).map(Department::active).orElse(false);
    }

    /** Every registered department, active and retired, by code. */
    public List<Department> all() {
        return departments.all();
    }

    /** The Chinese name of every registered department, by code. */
    public Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        all().forEach(d -> names.put(d.code(), d.name()));
        return names;
    }

    private Department add(Department department) {
        requireClientFree(department.partnerClientId(), department.code());
        try {
            return departments.add(department);
        } catch (DuplicateKeyException exists) {
            throw new ConflictException(EXISTS, department.code() + " is registered already");
        }
    }

    /** One partner system docks for one active department. */
    private void requireClientFree(String clientId, String code) {
        if (clientId == null || clientId.isBlank()) {
            return;
        }
        departments.activeWithPartnerClient(clientId).stream()
                .filter(other -> !other.code().equals(code))
                .findFirst()
                .ifPresent(other -> {
                    throw new ConflictException(
                            "department.partner-client-taken",
                            clientId + " is the partner system of " + other.code() + " already");
                });
    }

    private static void requirePlatformAdmin(Caller caller) {
        if (!caller.hasRole(Roles.PLATFORM_ADMIN)) {
            throw new AccessRefusedException(
                    "department.not-allowed", "only platform admins register and change departments");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
