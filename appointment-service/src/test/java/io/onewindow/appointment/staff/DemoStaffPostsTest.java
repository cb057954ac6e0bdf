package io.onewindow.appointment.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.appointment.servicepoint.DemoServicePoints;
import io.onewindow.appointment.servicepoint.domain.MatterOffer;
import io.onewindow.appointment.staff.domain.StaffAssignment;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoStaffPostsTest {

    @Test
    void everyDemoOfficerHoldsAWindowAtEachOfHisPoints() {
        Map<String, List<StaffAssignment.Post>> posts = DemoStaffPosts.posts();
        for (DemoStaffPosts.Staff staff : DemoStaffPosts.STAFF) {
            Set<String> postedAt = posts.get(staff.username()).stream()
                    .map(StaffAssignment.Post::servicePointId)
                    .collect(Collectors.toSet());
            assertThat(postedAt).as(staff.username()).containsExactlyInAnyOrderElementsOf(staff.servicePoints());
        }
    }

    @Test
    void everyDepartmentWithAMatterAtTheDemoHallsHasAWindowOfficer() {
        Set<String> staffed = DemoStaffPosts.STAFF.stream()
                .map(DemoStaffPosts.Staff::department)
                .collect(Collectors.toSet());
        Set<String> offered = DemoServicePoints.points().stream()
                .flatMap(p -> p.matters().stream())
                .map(MatterOffer::department)
                .collect(Collectors.toSet());
        assertThat(staffed).containsAll(offered);
    }
}
