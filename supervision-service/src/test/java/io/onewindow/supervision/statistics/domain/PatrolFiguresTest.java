package io.onewindow.supervision.statistics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.supervision.patrols.domain.Patrol;
import io.onewindow.supervision.patrols.domain.PatrolCategory;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PatrolFiguresTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-04-01T02:00:00Z");

    private static Patrol seen(String id, String hall, PatrolCategory category, String at) {
        return Patrol.observe(
                new Patrol.Observation(hall, null, category, "所见情况", Instant.parse(at)),
                new Patrol.Recording(id, "volunteer1", "hmac", null, null, null, "h"),
                NOW,
                Duration.ofDays(60));
    }

    @Test
    void patrolsCountPerHallAndMonthOfTheObservationByCategory() {
        List<Patrol> patrols = List.of(
                seen("p1", "panyu-district-center", PatrolCategory.SCALPING, "2026-03-02T02:00:00Z"),
                seen("p2", "panyu-district-center", PatrolCategory.SCALPING, "2026-03-20T02:00:00Z"),
                seen("p3", "panyu-district-center", PatrolCategory.FACILITIES, "2026-03-31T16:30:00Z"),
                seen("p4", "shiqiao-street", PatrolCategory.QUEUE_ORDER, "2026-03-05T02:00:00Z"));

        List<Figures.PatrolFigures> figures = Figures.patrols(patrols, ZONE);

        // 2026-03-31T16:30Z is already April 1st in Guangzhou.
        assertThat(figures)
                .containsExactly(
                        new Figures.PatrolFigures("panyu-district-center", "2026-03", 2, Map.of("SCALPING", 2L)),
                        new Figures.PatrolFigures("panyu-district-center", "2026-04", 1, Map.of("FACILITIES", 1L)),
                        new Figures.PatrolFigures("shiqiao-street", "2026-03", 1, Map.of("QUEUE_ORDER", 1L)));
    }

    @Test
    void noPatrolsNoFigures() {
        assertThat(Figures.patrols(List.of(), ZONE)).isEmpty();
    }

    @Test
    void patrolFiguresNameNoPersonTextOrPhoto() {
        assertThat(java.util.Arrays.stream(Figures.PatrolFigures.class.getRecordComponents())
                        .map(java.lang.reflect.RecordComponent::getName))
                .containsExactly("servicePointId", "month", "patrols", "byCategory");
    }
}
