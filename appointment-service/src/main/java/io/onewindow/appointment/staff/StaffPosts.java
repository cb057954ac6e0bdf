package io.onewindow.appointment.staff;

import io.onewindow.appointment.servicepoint.ServicePointDirectory;
import io.onewindow.appointment.servicepoint.domain.ServicePoint;
import io.onewindow.appointment.servicepoint.domain.Window;
import io.onewindow.appointment.staff.domain.StaffAssignment;
import io.onewindow.platform.concurrency.Precondition;
import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.security.Roles;
import io.onewindow.platform.service.UseCase;
import java.util.List;
import java.util.Optional;

/**
 * Staff posts: platform administrators, and a department's administrator for his department's
 * staff, say at which windows of which service points a staff member works ({@code
 * StaffAssignmentsRecorded}); the queue asks them before an officer acts at a hall.
 */
@UseCase
public class StaffPosts {

    private final StaffAssignmentStore assignments;
    private final ServicePointDirectory points;

    StaffPosts(StaffAssignmentStore assignments, ServicePointDirectory points) {
        this.assignments = assignments;
        this.points = points;
    }

    /**
     * Replaces the posts of {@code username}, a staff member of {@code department}. Each post's
     * point must exist and be open, its window must exist there and be comprehensive or of the
     * staff member's department.
     *
     * <p>{@code expected} is checked on the posts as read for the write, after the department checks.
     *
     * @throws AccessRefusedException {@code not-your-department} for a department administrator of
     *     another department (or whose staff member another department's posts already name)
     * @throws InvalidValueException {@code unknown-service-point} ({@code posts[i].servicePointId}),
     *     {@code unknown-window} or {@code window-of-another-department} ({@code posts[i].window})
     */
    public StaffAssignment assign(
            Caller caller,
            String username,
            String department,
            List<StaffAssignment.Post> posts,
            Precondition<StaffAssignment> expected) {
        requireAdminOf(caller, department);
        assignments.find(username).map(StaffAssignment::department).ifPresent(current -> {
            if (current != null && !current.equals(department)) {
                requireAdminOf(caller, current);
            }
        });
        for (int i = 0; i < posts.size(); i++) {
            StaffAssignment.Post post = posts.get(i);
            String at = "posts[" + i + "].";
            ServicePoint point = points.find(post.servicePointId())
                    .filter(ServicePoint::isOpen)
                    .orElseThrow(() -> new InvalidValueException(
                            "unknown-service-point",
                            at + "servicePointId",
                            "no open service point " + post.servicePointId()));
            Window window = point.window(post.window())
                    .orElseThrow(() -> new InvalidValueException(
                            "unknown-window", at + "window", "no window " + post.window() + " at " + point.id()));
            if (!window.comprehensive() && !window.department().equals(department)) {
                throw new InvalidValueException(
                        "window-of-another-department",
                        at + "window",
                        "window " + window.number() + " serves " + window.department());
            }
        }
        return assignments.upsert(username, assignment -> {
            // a staff member never posted is created by this PUT and needs no If-Match
            if (assignment.version() == 0) {
                expected.absent();
            } else {
                expected.existing(assignment);
            }
            return assignment.assign(department, posts, caller.subject());
        });
    }

    /**
     * The posts of {@code username}.
     *
     * @throws NotFoundException when he was never assigned
     * @throws AccessRefusedException {@code not-your-department} for another department's administrator
     */
    public StaffAssignment get(Caller caller, String username) {
        StaffAssignment assignment =
                assignments.find(username).orElseThrow(() -> new NotFoundException("staff member", username));
        requireAdminOf(caller, assignment.department());
        return assignment;
    }

    /** The posts of {@code username}; nobody's (assigned nowhere) when he was never assigned. */
    public StaffAssignment postsOf(String username) {
        return Optional.ofNullable(username)
                .flatMap(assignments::find)
                .orElseGet(() -> StaffAssignment.none(username == null ? "" : username));
    }

    /**
     * The demo data's posts, by {@code system}: stored and announced when new or different, else
     * nothing (a restart announces nothing). Not checked against the points (start-up order).
     */
    public void seed(String username, String department, List<StaffAssignment.Post> posts) {
        assignments.upsert(username, assignment -> assignment.assign(department, posts, "system"));
    }

    private static void requireAdminOf(Caller caller, String department) {
        if (caller.hasRole(Roles.PLATFORM_ADMIN)) {
            return;
        }
        if (!caller.hasRole(Roles.DEPT_ADMIN) || !caller.belongsTo(department)) {
            throw new AccessRefusedException(
                    "not-your-department", "a department administrator assigns only his department's staff");
        }
    }
}
