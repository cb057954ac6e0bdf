package io.onewindow.appointment.servicepoint;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.appointment.servicepoint.domain.MatterOffer;
import io.onewindow.appointment.servicepoint.domain.ServicePoint;
import io.onewindow.appointment.servicepoint.domain.Window;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo halls: windows for every department they book, comprehensive halls, the catalog's in-person matters. */
class DemoServicePointsTest {

    final Map<String, ServicePoint> points =
            DemoServicePoints.points().stream().collect(Collectors.toMap(ServicePoint::id, Function.identity()));

    @Test
    void everyPointHasAWindowOfEveryDepartmentItBooks() {
        for (ServicePoint point : points.values()) {
            for (MatterOffer offer : point.matters()) {
                assertThat(point.windows())
                        .as(point.id() + " " + offer.code())
                        .anyMatch(w -> offer.department().equals(w.department()));
            }
        }
    }

    @Test
    void theCenterAndTheTradingHallHaveComprehensiveAndDeliveryWindows() {
        for (String id : new String[] {"panyu-district-center", "hall-real-estate-trading"}) {
            ServicePoint point = points.get(id);
            assertThat(point.windows().stream().filter(Window::comprehensive)).hasSize(3);
            assertThat(point.windows().stream().filter(w -> w.comprehensive() && w.delivery()))
                    .hasSize(1);
            assertThat(point.window("4").orElseThrow().name()).isEqualTo("统一出件窗口");
        }
        assertThat(points.get("hall-tax").windows()).noneMatch(Window::comprehensive);
        assertThat(points.get("hall-business-registration").window("B3")).isPresent();
    }

    @Test
    void theCatalogsInPersonMattersAreOfferedBesideTheBookingCodes() {
        assertThat(codes("panyu-district-center"))
                .contains("MR-ENT-REG", "RE-TRANSFER-REG", "MR-GT-001", "MR-SP-001", "MR-BA-001", "QX-FL-001");
        assertThat(codes("town-shiqiao")).contains("MR-SP-001", "MR-BA-001", "SS-CARD");
        assertThat(codes("town-shatou")).doesNotContain("MR-SP-001");
        assertThat(codes("hall-tax")).contains("TX-DJ-001", "TAX-REG");
        assertThat(codes("hall-real-estate-trading")).contains("HS-ZL-001", "RE-TRANSFER-REG");
        assertThat(points.get("panyu-district-center")
                        .offer("QX-FL-001")
                        .orElseThrow()
                        .department())
                .isEqualTo("meteorology");
        // The catalog's matters got free line letters: no other department's matter shares them.
        String[][] added = {
            {"panyu-district-center", "MR-GT-001"}, {"panyu-district-center", "MR-SP-001"},
            {"panyu-district-center", "MR-BA-001"}, {"panyu-district-center", "QX-FL-001"},
            {"town-shiqiao", "MR-SP-001"}, {"town-shiqiao", "MR-BA-001"},
            {"hall-tax", "TX-DJ-001"}, {"hall-real-estate-trading", "HS-ZL-001"}
        };
        for (String[] pair : added) {
            ServicePoint point = points.get(pair[0]);
            MatterOffer offer = point.offer(pair[1]).orElseThrow();
            assertThat(point.matters())
                    .filteredOn(m -> m.line().equals(offer.line()))
                    .allMatch(m -> m.department().equals(offer.department()));
        }
    }

    private java.util.List<String> codes(String id) {
        return points.get(id).matters().stream().map(MatterOffer::code).toList();
    }
}
