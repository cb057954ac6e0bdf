package io.onewindow.appointment.staff;

import io.onewindow.appointment.staff.domain.StaffAssignment;
import io.onewindow.platform.messaging.outbox.OutboxEntry;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A staff member's posts as stored, keyed by username; {@code assignmentVersion} is the event's version. */
@Document("staff_assignments")
record StaffAssignmentDocument(
        @Id String username,
        String department,
        List<StaffAssignment.Post> posts,
        long assignmentVersion,
        Long version,
        List<OutboxEntry> outbox) {

    static StaffAssignmentDocument of(StaffAssignment assignment, long version, List<OutboxEntry> outbox) {
        return new StaffAssignmentDocument(
                assignment.username(),
                assignment.department(),
                assignment.posts(),
                assignment.version(),
                version,
                outbox == null ? List.of() : outbox);
    }

    StaffAssignment toDomain() {
        return new StaffAssignment(username, department, posts, assignmentVersion);
    }
}
