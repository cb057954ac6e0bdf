package io.onewindow.appointment.staff;

import io.onewindow.appointment.servicepoint.DemoServicePoints;
import io.onewindow.appointment.servicepoint.domain.ServicePoint;
import io.onewindow.appointment.servicepoint.domain.Window;
import io.onewindow.appointment.staff.domain.StaffAssignment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The realm's window officers posted at the demo halls (local run): each at every window of his
 * department at the halls he works in, officer5 at the comprehensive windows. Idempotent: a
 * restart changes and announces nothing.
 */
@Component
@ConditionalOnProperty(name = "onewindow.demo-data.enabled", havingValue = "true")
class DemoStaffPosts implements ApplicationRunner {

    /** Who works where: username, department, the points. */
    record Staff(String username, String department, List<String> servicePoints) {}

    static final List<Staff> STAFF = List.of(
            new Staff(
                    "officer1",
                    "market-regulation",
                    List.of(
                            DemoServicePoints.CENTER,
                            "town-shiqiao",
                            "hall-business-registration",
                            "hall-business-operations")),
            new Staff("officer2", "housing", List.of(DemoServicePoints.REAL_ESTATE_TRADING)),
            new Staff(
                    "officer3",
                    "real-estate-registration",
                    List.of(DemoServicePoints.REAL_ESTATE_TRADING, "hall-real-estate", DemoServicePoints.CENTER)),
            new Staff(
                    "officer4",
                    "tax",
                    List.of("hall-tax", DemoServicePoints.REAL_ESTATE_TRADING, DemoServicePoints.CENTER)),
            new Staff(
                    "officer5",
                    "district-admin-service",
                    List.of(DemoServicePoints.CENTER, DemoServicePoints.REAL_ESTATE_TRADING)),
            new Staff(
                    "officer6", "public-security", List.of(DemoServicePoints.CENTER, "hall-entry-exit", "hall-police")),
            new Staff(
                    "officer7",
                    "human-resources-social-security",
                    List.of(DemoServicePoints.CENTER, "hall-personal-public", "hall-social-security", "town-shiqiao")),
            new Staff(
                    "officer8",
                    "healthcare-security",
                    List.of("hall-personal-public", "hall-social-security", "town-shiqiao")),
            new Staff("officer9", "civil-affairs", List.of("hall-marriage", "town-shiqiao")),
            new Staff("officer10", "traffic-police", List.of("hall-vehicles")),
            new Staff("officer11", "justice", List.of("hall-legal")),
            new Staff("officer12", "commerce", List.of(DemoServicePoints.CENTER, "hall-customs-trade")),
            new Staff("officer13", "housing-construction", List.of(DemoServicePoints.CENTER, "hall-construction")),
            new Staff("officer14", "meteorology", List.of(DemoServicePoints.CENTER)));

    private static final Logger log = LoggerFactory.getLogger(DemoStaffPosts.class);

    private final StaffPosts staff;

    DemoStaffPosts(StaffPosts staff) {
        this.staff = staff;
    }

    @Override
    public void run(ApplicationArguments args) {
        Map<String, List<StaffAssignment.Post>> posts = posts();
        STAFF.forEach(s -> staff.seed(s.username(), s.department(), posts.get(s.username())));
        log.info("Demo data: {} staff members posted", STAFF.size());
    }

    /**
     * Every demo officer's posts: the windows of his department at his points; officer5 (the
     * centre's comprehensive-window staff) the comprehensive windows.
     */
    static Map<String, List<StaffAssignment.Post>> posts() {
        Map<String, ServicePoint> points =
                DemoServicePoints.points().stream().collect(Collectors.toMap(ServicePoint::id, Function.identity()));
        Map<String, List<StaffAssignment.Post>> posts = new java.util.LinkedHashMap<>();
        for (Staff s : STAFF) {
            List<StaffAssignment.Post> of = new ArrayList<>();
            for (String id : s.servicePoints()) {
                for (Window window : points.get(id).windows()) {
                    boolean comprehensiveStaff = "officer5".equals(s.username());
                    if (comprehensiveStaff
                            ? window.comprehensive()
                            : s.department().equals(window.department())) {
                        of.add(new StaffAssignment.Post(id, window.number()));
                    }
                }
            }
            posts.put(s.username(), List.copyOf(of));
        }
        return posts;
    }
}
