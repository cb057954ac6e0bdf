package io.onewindow.supervision.rules.domain;

import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.supervision.CaseStory;
import io.onewindow.supervision.cases.domain.CaseClock;
import io.onewindow.supervision.catalog.domain.MatterDefinition;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Rule contexts on a fixed day, with the official calendar. */
final class Rules {

    static final CaseClock CLOCK = new CaseClock(WorkingCalendar.officialChina(), CaseStory.ZONE, 90);

    private Rules() {}

    static RuleContext on(String day) {
        return new RuleContext(CaseStory.day(day), CLOCK, Optional.empty());
    }

    static RuleContext on(String day, MatterDefinition matter) {
        return new RuleContext(CaseStory.day(day), CLOCK, Optional.of(matter));
    }

    /** MR-001 version {@code version}: steps review (3 wd) and decide (2 wd), 20/10 wd limits. */
    static MatterDefinition matter(
            int version, List<MatterDefinition.Step> steps, int statutory, int promised, List<String> materials) {
        return new MatterDefinition(
                MatterDefinition.idOf(CaseStory.MATTER, version),
                CaseStory.MATTER,
                version,
                "Business licence",
                CaseStory.DEPARTMENT,
                statutory,
                promised,
                steps,
                materials,
                "evt-matter-" + version,
                Instant.parse("2026-01-05T00:00:00Z"));
    }

    static MatterDefinition standardMatter() {
        return matter(
                1,
                List.of(new MatterDefinition.Step("review", 3), new MatterDefinition.Step("decide", 2)),
                20,
                10,
                List.of("M-01"));
    }
}
