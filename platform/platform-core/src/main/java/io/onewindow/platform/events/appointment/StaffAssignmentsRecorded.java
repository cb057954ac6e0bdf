package io.onewindow.platform.events.appointment;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.util.List;

/**
 * Where a staff member works, as it stands after a change: the service points and windows he is
 * assigned to. A window officer acts (checks visitors in, calls tickets, receives cases) only at
 * these. Carries every post (not the difference); an empty list means he is assigned nowhere.
 * Keyed by {@code username}; a reader keeps the highest {@code version}.
 *
 * @param username the staff member's login (a username, not a person's name)
 * @param version the version of his assignments, 1 on the first, +1 per change
 * @param department his department, as the realm says
 * @param posts the points and windows he is assigned to
 * @param recordedBySubject token subject of the administrator who changed them, {@code system} for
 *     demo data
 */
@EventType("onewindow.appointment.StaffAssignmentsRecorded.v1")
public record StaffAssignmentsRecorded(
        String username, long version, String department, List<Post> posts, String recordedBySubject)
        implements DomainEvent {

    public StaffAssignmentsRecorded {
        posts = posts == null ? List.of() : List.copyOf(posts);
    }

    @Override
    public String aggregateId() {
        return username;
    }

    /**
     * One post: a window at a service point.
     *
     * @param servicePointId the point
     * @param window the window's number there
     */
    public record Post(String servicePointId, String window) {}
}
