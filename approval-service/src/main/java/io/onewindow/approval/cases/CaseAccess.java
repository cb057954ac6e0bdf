package io.onewindow.approval.cases;

import io.onewindow.approval.cases.domain.Actor;
import io.onewindow.approval.cases.domain.ApplicationCase;
import io.onewindow.approval.cases.domain.Visit;
import io.onewindow.approval.counter.Counter;
import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.security.Roles;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who may read a case and who may act on it, asked by every case use case: the case's applicant or
 * filer, staff of its department in the role an action needs, inspectors and platform admins.
 */
@Component
class CaseAccess {

    private final Counter counter;

    CaseAccess(Counter counter) {
        this.counter = counter;
    }

    /** Who may read a case: its applicant or filer, staff of its department, inspectors, platform admins. */
    boolean canRead(ApplicationCase c, Caller caller) {
        if (caller.hasAnyRole(Roles.INSPECTOR, Roles.PLATFORM_ADMIN)) {
            return true;
        }
        if (caller.hasAnyRole(Roles.WINDOW_OFFICER, Roles.APPROVER, Roles.DEPT_ADMIN)
                && caller.belongsTo(departmentOf(c))) {
            return true;
        }
        if (atTheFrontOf(c, caller)) {
            return true;
        }
        return caller.hasAnyRole(Roles.CITIZEN, Roles.ENTERPRISE, Roles.AGENT)
                && c.belongsTo(caller.username(), caller.idNumber(), caller.creditCode());
    }

    /** Someone who may not even read the case learns nothing about it: 404, as for an unknown id. */
    void requireVisible(ApplicationCase c, Caller caller) {
        if (!canRead(c, caller)) {
            throw new NotFoundException("case", c.id());
        }
    }

    /** Staff of the case's department in {@code role}, acting in it. */
    Actor requireStaff(ApplicationCase c, Caller caller, String role) {
        requireVisible(c, caller);
        if (Roles.WINDOW_OFFICER.equals(role) && atTheFrontOf(c, caller)) {
            return new Actor(caller.username(), role, caller.department());
        }
        if (!caller.hasRole(role) || !caller.belongsTo(departmentOf(c))) {
            throw new AccessRefusedException(
                    "application.not-allowed", "this action is for the " + role + " of " + departmentOf(c));
        }
        return new Actor(caller.username(), role, caller.department());
    }

    /** The applicant, or the agent who filed. */
    Actor requireOwner(ApplicationCase c, Caller caller) {
        requireVisible(c, caller);
        if (!caller.hasAnyRole(Roles.CITIZEN, Roles.ENTERPRISE, Roles.AGENT)
                || !c.belongsTo(caller.username(), caller.idNumber(), caller.creditCode())) {
            throw new AccessRefusedException(
                    "application.not-allowed", "only the applicant or their agent may do this");
        }
        return actorOf(caller);
    }

    /**
     * Whether the caller acts on this case as the agent who filed it for someone else (and not as
     * its applicant): such an action needs a live mandate of the applicant, as the filing did.
     */
    static boolean actsAsAgent(ApplicationCase c, Caller caller) {
        if (!caller.hasRole(Roles.AGENT) || caller.hasRole(Roles.WINDOW_OFFICER)) {
            return false;
        }
        String applicantCode = c.applicant().code();
        boolean isApplicant = applicantCode.equals(caller.idNumber()) || applicantCode.equals(caller.creditCode());
        return !isApplicant && caller.username().equals(c.particulars().agent());
    }

    /** A window officer of the case's department, or else the applicant or the agent who filed. */
    Actor requireOfficerOrOwner(ApplicationCase c, Caller caller) {
        requireVisible(c, caller);
        if (caller.hasRole(Roles.WINDOW_OFFICER) && (caller.belongsTo(departmentOf(c)) || atTheFrontOf(c, caller))) {
            return new Actor(caller.username(), Roles.WINDOW_OFFICER, caller.department());
        }
        return requireOwner(c, caller);
    }

    /**
     * Whether the caller works at the front (综合受理) of this case: it was received at a comprehensive
     * window, and he is a window officer who received it or who holds a comprehensive window at the same
     * service point (his colleague at that counter takes it over: a shift ends, the case goes on). He acts
     * on it at the front (completeness, correction notice, acceptance, an on-the-spot decision where the
     * matter allows, delivery) for the owning department, whose approvers decide in the back office.
     * Officers elsewhere do not; the department's own officers always do.
     */
    boolean atTheFrontOf(ApplicationCase c, Caller caller) {
        Visit visit = c.particulars().visit();
        if (visit == null || !visit.comprehensive() || !caller.hasRole(Roles.WINDOW_OFFICER)) {
            return false;
        }
        return caller.username().equals(visit.receivedBy())
                || counter.atComprehensiveWindow(caller.username(), visit.servicePointId());
    }

    /** The caller acting in the first role of theirs a case action knows. */
    static Actor actorOf(Caller caller) {
        return new Actor(caller.username(), actingRole(caller), caller.department());
    }

    static String actingRole(Caller caller) {
        for (String role : List.of(
                Roles.WINDOW_OFFICER, Roles.AGENT, Roles.ENTERPRISE, Roles.CITIZEN, Roles.APPROVER, Roles.DEPT_ADMIN)) {
            if (caller.hasRole(role)) {
                return role;
            }
        }
        return caller.roles().stream().sorted().findFirst().orElse("none");
    }

    static String departmentOf(ApplicationCase c) {
        return c.matter().department();
    }
}
