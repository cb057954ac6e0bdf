package io.onewindow.approval.servicepoint;

import static io.onewindow.approval.support.ServicePointFeed.point;
import static io.onewindow.approval.support.ServicePointFeed.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.approval.servicepoint.domain.KnownServicePoint;
import io.onewindow.approval.support.ApprovalIntegrationTest;
import io.onewindow.approval.support.ServicePointFeed;
import io.onewindow.platform.events.appointment.ServicePointRecorded;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * approval's copy of the service point registry, fed through the real appointment topic as
 * appointment-service's outbox relay writes it: the highest version wins, an older one arriving
 * late is ignored, a closed point is not open.
 */
class KnownServicePointsIT extends ApprovalIntegrationTest {

    @Autowired
    KnownServicePoints points;

    @Test
    void aPointIsKnownWithItsWindowsAndOffersOnceItsEventArrives() {
        String hall = ServicePointFeed.freshPoint();
        assertThat(points.isOpen(hall)).isFalse();

        send(point(hall, 1, "CREATED", true, "MR-GT-001", "MR-SP-001"));
        servicePoints().awaitVersion(hall, 1);

        KnownServicePoint known = points.find(hall).orElseThrow();
        assertThat(known.version()).isEqualTo(1);
        assertThat(known.name()).isEqualTo("测试服务大厅 v1");
        assertThat(known.tier()).isEqualTo(4);
        assertThat(known.open()).isTrue();
        assertThat(known.windows())
                .containsExactly(
                        new KnownServicePoint.Window("1", "综合受理窗口", true, null, true),
                        new KnownServicePoint.Window("2", "市场监管窗口", false, "market-regulation", false));
        assertThat(known.offers())
                .containsExactly(
                        new KnownServicePoint.Offer("MR-GT-001", "market-regulation"),
                        new KnownServicePoint.Offer("MR-SP-001", "market-regulation"));
        assertThat(known.offers("MR-SP-001")).isTrue();
        assertThat(known.hasComprehensiveWindow()).isTrue();
        assertThat(points.isOpen(hall)).isTrue();
    }

    @Test
    void theHighestVersionStaysWhenAnOlderOneArrivesLateAndTheSameOneTwiceChangesNothing() {
        String hall = ServicePointFeed.freshPoint();
        send(point(hall, 1, "CREATED", true));
        send(point(hall, 3, "OFFER_CHANGED", true, "TX-DJ-001"));
        servicePoints().awaitVersion(hall, 3);

        String late = send(point(hall, 2, "CHANGED", false));
        servicePoints().awaitProcessed(late);
        ServicePointRecorded again = point(hall, 3, "OFFER_CHANGED", false);
        servicePoints().awaitProcessed(send(again));

        KnownServicePoint known = points.find(hall).orElseThrow();
        assertThat(known.version()).isEqualTo(3);
        assertThat(known.name()).isEqualTo("测试服务大厅 v3");
        assertThat(known.open())
                .as("neither the late v2 nor a second v3 closed it")
                .isTrue();
        assertThat(known.offers("TX-DJ-001")).isTrue();
        assertThat(points.recorded(point(hall, 2, "CHANGED", false)))
                .as("the use case itself keeps the newest")
                .isFalse();
    }

    @Test
    void aClosedPointIsKnownButNotOpen() {
        String open = ServicePointFeed.freshPoint();
        String closed = ServicePointFeed.freshPoint();
        send(point(open, 1, "CREATED", true));
        send(point(closed, 1, "CREATED", true, "MR-GT-001"));
        send(point(closed, 2, "CLOSED", false, "MR-GT-001"));
        servicePoints().awaitVersion(open, 1);
        servicePoints().awaitVersion(closed, 2);

        assertThat(points.isOpen(closed)).isFalse();
        assertThat(points.find(closed))
                .hasValueSatisfying(p -> assertThat(p.offers("MR-GT-001")).isFalse());
        assertThat(points.notOpen(List.of(open, closed, "no-such-hall", open))).containsExactly(1, 2);
        assertThat(points.notOpen(List.of())).isEmpty();
    }
}
