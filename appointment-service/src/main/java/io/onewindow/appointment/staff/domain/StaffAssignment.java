package io.onewindow.appointment.staff.domain;

import io.onewindow.appointment.servicepoint.domain.ServicePoint;
import io.onewindow.appointment.servicepoint.domain.Window;
import io.onewindow.platform.domain.AggregateRoot;
import io.onewindow.platform.events.appointment.StaffAssignmentsRecorded;
import java.util.List;
import java.util.Objects;

/**
 * Where a staff member works: his posts, each a window at a service point. A window officer acts
 * (checks visitors in, issues tickets, calls and finishes them) only at a point where he holds a
 * post, and calls only at a window he holds there; a post at a comprehensive window (综合受理窗口)
 * lets him check in any part offered at that point, whatever its department. Every change records
 * {@link StaffAssignmentsRecorded} with all his posts.
 */
public final class StaffAssignment extends AggregateRoot {

    /** One post: a window at a service point. */
    public record Post(String servicePointId, String window) {

        public Post {
            Objects.requireNonNull(servicePointId, "servicePointId");
            Objects.requireNonNull(window, "window");
        }
    }

    private final String username;
    private String department;
    private List<Post> posts;
    private long version;

    public StaffAssignment(String username, String department, List<Post> posts, long version) {
        this.username = Objects.requireNonNull(username, "username");
        this.department = department;
        this.posts = posts == null ? List.of() : List.copyOf(posts);
        this.version = version;
    }

    /** Nobody's posts yet (version 0, never recorded): a staff member assigned nowhere. */
    public static StaffAssignment none(String username) {
        return new StaffAssignment(username, null, List.of(), 0);
    }

    /**
     * Replaces his posts (and the department the realm gives him); records {@link
     * StaffAssignmentsRecorded} unless nothing changed. Answers whether something changed.
     */
    public boolean assign(String department, List<Post> posts, String bySubject) {
        List<Post> distinct = posts.stream().distinct().toList();
        if (version > 0 && Objects.equals(this.department, department) && this.posts.equals(distinct)) {
            return false;
        }
        this.department = department;
        this.posts = distinct;
        version++;
        record(new StaffAssignmentsRecorded(
                username,
                version,
                department,
                distinct.stream()
                        .map(p -> new StaffAssignmentsRecorded.Post(p.servicePointId(), p.window()))
                        .toList(),
                bySubject));
        return true;
    }

    /** Whether he holds a post (any window) at the point. */
    public boolean postedAt(String servicePointId) {
        return posts.stream().anyMatch(p -> p.servicePointId().equals(servicePointId));
    }

    /** Whether he holds this window at the point. */
    public boolean holds(String servicePointId, String window) {
        return posts.contains(new Post(servicePointId, window));
    }

    /** Whether he holds a comprehensive window of {@code point} (as the point's windows are now). */
    public boolean atComprehensiveWindowOf(ServicePoint point) {
        return posts.stream()
                .filter(p -> p.servicePointId().equals(point.id()))
                .map(p -> point.window(p.window()))
                .anyMatch(w -> w.map(Window::comprehensive).orElse(false));
    }

    public String username() {
        return username;
    }

    public String department() {
        return department;
    }

    public List<Post> posts() {
        return posts;
    }

    public long version() {
        return version;
    }
}
