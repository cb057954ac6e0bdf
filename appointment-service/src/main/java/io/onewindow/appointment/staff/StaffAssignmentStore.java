package io.onewindow.appointment.staff;

import io.onewindow.appointment.staff.domain.StaffAssignment;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.aggregate.AggregateMapping;
import io.onewindow.platform.messaging.aggregate.AggregateStore;
import io.onewindow.platform.messaging.aggregate.AggregateStores;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/** Staff members' posts in MongoDB, keyed by username, written with their events in one write. */
@Component
class StaffAssignmentStore {

    private final AggregateStore<StaffAssignment, StaffAssignmentDocument> assignments;

    StaffAssignmentStore(AggregateStores stores) {
        this.assignments = stores.of(AggregateMapping.of(
                        StaffAssignment.class, StaffAssignmentDocument.class, "staff assignment", Topics.APPOINTMENT)
                .id(StaffAssignment::username)
                .stored(StaffAssignmentDocument::of, StaffAssignmentDocument::toDomain)
                .versioned(StaffAssignmentDocument::version, StaffAssignmentDocument::outbox)
                .conflictCode("changed-concurrently"));
    }

    Optional<StaffAssignment> find(String username) {
        return assignments.find(username);
    }

    /** Applies {@code change} to his posts (none yet: an empty assignment) and stores them when it changed something. */
    StaffAssignment upsert(String username, Predicate<StaffAssignment> change) {
        return assignments.upsert(username, () -> StaffAssignment.none(username), change::test);
    }
}
