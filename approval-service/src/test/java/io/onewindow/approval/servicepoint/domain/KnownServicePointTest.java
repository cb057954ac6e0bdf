package io.onewindow.approval.servicepoint.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KnownServicePointTest {

    private static KnownServicePoint hall(boolean open, boolean comprehensive) {
        return new KnownServicePoint(
                "panyu-district-center",
                3,
                "番禺区政务服务中心",
                4,
                open,
                List.of(
                        new KnownServicePoint.Window("1", "综合受理窗口", comprehensive, null, true),
                        new KnownServicePoint.Window("A2", "税务窗口", false, "tax", false)),
                List.of(new KnownServicePoint.Offer("TX-DJ-001", "tax")));
    }

    @Test
    void anOpenHallOffersItsMattersAndKnowsItsWindows() {
        KnownServicePoint hall = hall(true, true);

        assertThat(hall.offers("TX-DJ-001")).isTrue();
        assertThat(hall.offers("MR-GT-001")).isFalse();
        assertThat(hall.hasComprehensiveWindow()).isTrue();
        assertThat(hall.window("A2"))
                .hasValueSatisfying(w -> assertThat(w.department()).isEqualTo("tax"));
        assertThat(hall.window("9")).isEmpty();
    }

    @Test
    void aClosedHallOffersNothingAndAHallWithoutAComprehensiveWindowSaysSo() {
        assertThat(hall(false, true).offers("TX-DJ-001")).isFalse();
        assertThat(hall(false, true).hasComprehensiveWindow()).isFalse();
        assertThat(hall(true, false).hasComprehensiveWindow()).isFalse();
        assertThat(new KnownServicePoint("x", 1, "x", 5, true, null, null).windows())
                .isEmpty();
    }
}
