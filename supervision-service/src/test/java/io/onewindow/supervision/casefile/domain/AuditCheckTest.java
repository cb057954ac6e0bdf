package io.onewindow.supervision.casefile.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.supervision.CaseStory;
import io.onewindow.supervision.cases.domain.TimelineEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditCheckTest {

    private static List<TimelineEntry> story() {
        return CaseStory.of("c1")
                .submitted("2026-03-02T09:00")
                .acceptedOnMarch2()
                .correction(1, "2026-03-03T09:00", null)
                .correction(2, "2026-03-04T09:00", "new item justified")
                .timeline()
                .entries();
    }

    @Test
    void aCompleteRecordIsVerified() {
        AuditCheck check = AuditCheck.of(story());
        assertThat(check.verified()).isTrue();
        assertThat(check.events()).isEqualTo(4);
        assertThat(check.checks()).allMatch(AuditCheck.Check::passed);
    }

    @Test
    void aRepeatedEventIdIsNotVerified() {
        List<TimelineEntry> entries = new ArrayList<>(story());
        TimelineEntry last = entries.get(entries.size() - 1);
        entries.add(new TimelineEntry(entries.get(0).eventId(), "StepCompleted", last.at(), "approver1", null));
        assertThat(AuditCheck.of(entries).verified()).isFalse();
        assertThat(AuditCheck.of(entries).checks())
                .filteredOn(c -> c.name().equals("event-ids"))
                .singleElement()
                .satisfies(c -> assertThat(c.passed()).isFalse());
    }

    @Test
    void entriesOutOfTimeOrderAreNotVerified() {
        List<TimelineEntry> entries = new ArrayList<>(story());
        entries.add(new TimelineEntry("evt-late", "StepCompleted", Instant.parse("2026-01-01T00:00:00Z"), null, null));
        assertThat(AuditCheck.of(entries).checks())
                .filteredOn(c -> c.name().equals("order"))
                .singleElement()
                .satisfies(c -> assertThat(c.passed()).isFalse());
    }

    @Test
    void aGapInTheCorrectionSequenceIsNotVerified() {
        List<TimelineEntry> entries = CaseStory.of("c1")
                .submitted("2026-03-02T09:00")
                .acceptedOnMarch2()
                .correction(2, "2026-03-04T09:00", "new item justified")
                .timeline()
                .entries();
        assertThat(AuditCheck.of(entries).verified()).isFalse();
        assertThat(AuditCheck.of(entries).checks())
                .filteredOn(c -> c.name().equals("correction-sequence"))
                .singleElement()
                .satisfies(c -> assertThat(c.passed()).isFalse());
    }

    @Test
    void aRecordWithoutItsBeginningIsNotVerified() {
        List<TimelineEntry> entries = new ArrayList<>(story());
        entries.removeIf(
                e -> e.type().equals("ApplicationSubmitted") || e.type().equals("ApplicationAccepted"));
        assertThat(AuditCheck.of(entries).verified()).isFalse();
    }
}
