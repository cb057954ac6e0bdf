package io.onewindow.appointment.servicepoint.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.appointment.support.TestPoints;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.events.appointment.ServicePointRecorded;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The registry transitions of a service point and the events they record. */
class ServicePointRegistryTest {

    static ServicePoint.Particulars particulars(String name) {
        return new ServicePoint.Particulars(
                name,
                Tier.TOWN,
                "panyu-district-center",
                "广州市番禺区测试路1号",
                22.9,
                113.3,
                List.of(
                        Window.ofDepartment("B1", "市场监管窗口", "market-regulation", false),
                        Window.comprehensive("1", "综合受理窗口", true)),
                new VisitorInformation("停车场", "地铁", 2, true));
    }

    static ServicePointRecorded only(ServicePoint point) {
        List<?> events = point.pullEvents();
        assertThat(events).hasSize(1);
        return (ServicePointRecorded) events.get(0);
    }

    @Test
    void creationIsVersionOneAndEveryChangeTheNext() {
        ServicePoint point = ServicePoint.create(
                "new-point",
                particulars("测试中心"),
                Map.of(DayOfWeek.MONDAY, List.of(TimeRange.of("09:00", "12:00"))),
                "u-admin");
        ServicePointRecorded created = only(point);
        assertThat(created.change()).isEqualTo("CREATED");
        assertThat(created.version()).isEqualTo(1);
        assertThat(created.open()).isTrue();
        assertThat(created.windows())
                .extracting(ServicePointRecorded.Window::number)
                .containsExactly("1", "B1");
        assertThat(created.recordedBySubject()).isEqualTo("u-admin");

        point.changeParticulars(particulars("测试中心（新址）"), "u-admin");
        ServicePointRecorded changed = only(point);
        assertThat(changed.change()).isEqualTo("CHANGED");
        assertThat(changed.version()).isEqualTo(2);
        assertThat(changed.name()).isEqualTo("测试中心（新址）");

        point.putOffer(new MatterOffer("MR-SP-001", "食品经营许可", "market-regulation", "F", 20, 3), "u-deptadmin");
        ServicePointRecorded offered = only(point);
        assertThat(offered.change()).isEqualTo("OFFER_CHANGED");
        assertThat(offered.version()).isEqualTo(3);
        assertThat(offered.offers())
                .containsExactly(new ServicePointRecorded.Offer("MR-SP-001", "market-regulation", "F", 20, 3));

        assertThatThrownBy(() -> point.putOffer(new MatterOffer("TX-DJ-001", "涉税信息确认", "tax", "F", 20, 3), "u"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("line F");
        assertThat(point.pendingEvents()).isEmpty();

        point.withdrawOffer("MR-SP-001", "u-admin");
        assertThat(only(point).offers()).isEmpty();
        assertThat(point.registryVersion()).isEqualTo(4);
    }

    @Test
    void aPointClosedForGoodHasNoHoursAndTakesNoMoreChanges() {
        ServicePoint point = TestPoints.hallWithPlacesPerSlot("closing", 3);
        LocalDate monday = LocalDate.of(2026, 12, 7);
        assertThat(point.hoursOn(monday, io.onewindow.platform.calendar.WorkingCalendar.officialChina()))
                .isNotEmpty();
        point.closeForGood("u-admin");
        ServicePointRecorded closed = only(point);
        assertThat(closed.change()).isEqualTo("CLOSED");
        assertThat(closed.open()).isFalse();
        assertThat(point.hoursOn(monday, io.onewindow.platform.calendar.WorkingCalendar.officialChina()))
                .isEmpty();
        assertThatThrownBy(() -> point.closeForGood("u-admin"))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("code", "service-point-closed");
        assertThatThrownBy(() -> point.changeParticulars(particulars("x"), "u")).isInstanceOf(ConflictException.class);
    }

    @Test
    void aMatterOfALinkedBusinessIsNotWithdrawnAlone() {
        ServicePoint point = TestPoints.hallWithPlacesPerSlot("linked", 3);
        assertThatThrownBy(() -> point.withdrawOffer(TestPoints.DEED_TAX, "u"))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("code", "offer-in-linked-business");
    }

    @Test
    void theDemoDataIsAnnouncedWhenNewOrChangedOnly() {
        ServicePoint demo = TestPoints.hallWithPlacesPerSlot("demo", 3);
        ServicePoint first = demo.asDemoOver(null);
        assertThat(only(first).change()).isEqualTo("CREATED");
        assertThat(first.registryVersion()).isEqualTo(1);

        // Stored before registry versions existed (version 0): announced as created.
        ServicePoint stored = TestPoints.hallWithPlacesPerSlot("demo", 3);
        assertThat(only(TestPoints.hallWithPlacesPerSlot("demo", 3).asDemoOver(stored))
                        .change())
                .isEqualTo("CREATED");

        ServicePoint again = TestPoints.hallWithPlacesPerSlot("demo", 3).asDemoOver(first);
        assertThat(again.pendingEvents()).isEmpty();
        assertThat(again.registryVersion()).isEqualTo(1);

        ServicePoint morePlaces = TestPoints.hallWithPlacesPerSlot("demo", 4).asDemoOver(again);
        ServicePointRecorded changed = only(morePlaces);
        assertThat(changed.change()).isEqualTo("CHANGED");
        assertThat(changed.version()).isEqualTo(2);
        assertThat(changed.recordedBySubject()).isEqualTo("system");
    }

    @Test
    void windowsAreCheckedAndKeptInNumberOrder() {
        assertThatThrownBy(() -> new Window("1", "综合", true, "tax", false)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Window("B1", "窗口", false, null, false)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Window("b1", "窗口", false, "tax", false)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new ServicePoint.Particulars(
                        "x",
                        Tier.TOWN,
                        null,
                        null,
                        0,
                        0,
                        List.of(Window.comprehensive("1", "a", false), Window.comprehensive("1", "b", false)),
                        null))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "duplicate-window");
        ServicePoint.Particulars ordered = new ServicePoint.Particulars(
                "x",
                Tier.TOWN,
                null,
                null,
                0,
                0,
                List.of(
                        Window.ofDepartment("T1", "税务", "tax", false),
                        Window.comprehensive("10", "综合", false),
                        Window.ofDepartment("A2", "不动产", "real-estate-registration", false),
                        Window.comprehensive("2", "综合", false)),
                null);
        assertThat(ordered.windows()).extracting(Window::number).containsExactly("2", "10", "A2", "T1");
    }
}
