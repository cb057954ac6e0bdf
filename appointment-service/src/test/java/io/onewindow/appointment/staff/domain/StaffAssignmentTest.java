package io.onewindow.appointment.staff.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.appointment.servicepoint.domain.ServicePoint;
import io.onewindow.appointment.support.TestPoints;
import io.onewindow.platform.events.appointment.StaffAssignmentsRecorded;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A staff member's posts: versions, the event, and what a post lets him do. */
class StaffAssignmentTest {

    final ServicePoint hall = TestPoints.hallWithPlacesPerSlot("hall", 3);

    @Test
    void theFirstAssignmentIsVersionOneAndOnlyAChangeRecordsTheNext() {
        StaffAssignment a = StaffAssignment.none("officer9");
        List<StaffAssignment.Post> posts = List.of(new StaffAssignment.Post("hall", "2"));
        assertThat(a.assign("market-regulation", posts, "u-admin")).isTrue();
        StaffAssignmentsRecorded first =
                (StaffAssignmentsRecorded) a.pullEvents().get(0);
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.posts()).containsExactly(new StaffAssignmentsRecorded.Post("hall", "2"));
        assertThat(a.assign("market-regulation", posts, "u-admin")).isFalse();
        assertThat(a.pendingEvents()).isEmpty();
        assertThat(a.assign("market-regulation", List.of(), "u-admin")).isTrue();
        StaffAssignmentsRecorded cleared =
                (StaffAssignmentsRecorded) a.pullEvents().get(0);
        assertThat(cleared.version()).isEqualTo(2);
        assertThat(cleared.posts()).isEmpty();
        assertThat(a.postedAt("hall")).isFalse();
    }

    @Test
    void aPostAtAComprehensiveWindowCountsOnlyAtThatPoint() {
        StaffAssignment department =
                new StaffAssignment("officer1", "market-regulation", List.of(new StaffAssignment.Post("hall", "2")), 1);
        StaffAssignment comprehensive = new StaffAssignment(
                "officer5", "district-admin-service", List.of(new StaffAssignment.Post("hall", "1")), 1);
        StaffAssignment elsewhere = new StaffAssignment(
                "officer6", "district-admin-service", List.of(new StaffAssignment.Post("other", "1")), 1);
        assertThat(department.postedAt("hall")).isTrue();
        assertThat(department.holds("hall", "2")).isTrue();
        assertThat(department.holds("hall", "3")).isFalse();
        assertThat(department.atComprehensiveWindowOf(hall)).isFalse();
        assertThat(comprehensive.atComprehensiveWindowOf(hall)).isTrue();
        assertThat(elsewhere.atComprehensiveWindowOf(hall)).isFalse();
        assertThat(elsewhere.postedAt("hall")).isFalse();
    }
}
