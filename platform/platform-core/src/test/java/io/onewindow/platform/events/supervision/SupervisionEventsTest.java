package io.onewindow.platform.events.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventTypes;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SupervisionEventsTest {

    private static final Instant AT = Instant.parse("2026-03-17T01:00:00Z");

    private static List<DomainEvent> oneOfEach() {
        List<String> evidence = new ArrayList<>(List.of("evt-1"));
        return List.of(
                new AlertRaised(
                        "deadline.overdue-promised:CASE:c1",
                        1,
                        "deadline.overdue-promised",
                        "CASE",
                        "c1",
                        "market-regulation",
                        "SERIOUS",
                        "c1",
                        evidence,
                        AT),
                new AlertStatusChanged(
                        "a1",
                        "deadline.overdue-promised",
                        "market-regulation",
                        "OPEN",
                        "ACKNOWLEDGED",
                        "inspector1",
                        AT),
                new CaseCardChanged(
                        "c1", "market-regulation", "MR-001", "YELLOW", "RED", LocalDate.of(2026, 3, 16), 11, AT),
                new ComplaintFiled("k1", "PORTAL", "CASE", "c1", "market-regulation", LocalDate.of(2026, 3, 24), AT),
                new ComplaintAnswered("k1", "market-regulation", "deptadmin1", true, AT),
                new ComplaintAssigned("k1", "inspector2", "inspector1", AT),
                new ComplaintClosed("k1", "market-regulation", "inspector1", AT),
                new ComplaintContested("k1", "market-regulation", "inspector2", LocalDate.of(2026, 3, 31), false, AT),
                new ComplaintAnswerRated("k1", "market-regulation", "inspector2", 2, AT),
                new RatingGiven("CASE:c1", "CASE", "c1", "market-regulation", 5, "PC", false, AT),
                new RectificationOpened(
                        "rectification:CASE:c1", "CASE:c1", "market-regulation", LocalDate.of(2026, 3, 24), AT),
                new SampleSeedCommitted(
                        "sampling-2026-03-02-P7D", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 9), "ab", AT),
                new SampleDrawn(
                        "sampling-2026-03-02-P7D",
                        LocalDate.of(2026, 3, 2),
                        LocalDate.of(2026, 3, 9),
                        "cd",
                        "ab",
                        4,
                        java.util.Map.of("market-regulation", 1),
                        AT),
                new SampleFindingRecorded(
                        "sampling-2026-03-02-P7D",
                        "c1",
                        "market-regulation",
                        "IRREGULAR",
                        "WRONG_LEGAL_BASIS",
                        "inspector1",
                        AT),
                new PatrolObserved(
                        "patrol-1",
                        "panyu-district-center",
                        "3",
                        "SCALPING",
                        "market-regulation",
                        AT,
                        "hmac-of-volunteer",
                        "65f0c0ffee0000000000beef",
                        "ab12",
                        AT),
                new MajorProjectFlagged("c1", "market-regulation", "inspector1", AT),
                new MajorProjectUnflagged("c1", "market-regulation", "inspector1", AT),
                new DossierIssued(
                        "dossier-1", "c1", "partner-discipline", "DISCIPLINE", "PDF", "ef", "supervision-dossier", AT));
    }

    @Test
    void everyEventHasAVersionedSupervisionTypeNamedAfterItsRecordWithoutEventSuffix() {
        for (DomainEvent event : oneOfEach()) {
            String name = event.getClass().getSimpleName();
            assertThat(EventTypes.typeOf(event)).isEqualTo("onewindow.supervision." + name + ".v1");
            assertThat(name).doesNotEndWith("Event");
        }
    }

    @Test
    void everyEventIsKeyedByItsOwnAggregate() {
        assertThat(oneOfEach())
                .extracting(DomainEvent::aggregateId)
                .containsExactly(
                        "deadline.overdue-promised:CASE:c1",
                        "a1",
                        "c1",
                        "k1",
                        "k1",
                        "k1",
                        "k1",
                        "k1",
                        "k1",
                        "CASE:c1",
                        "rectification:CASE:c1",
                        "sampling-2026-03-02-P7D",
                        "sampling-2026-03-02-P7D",
                        "sampling-2026-03-02-P7D",
                        "patrol-1",
                        "c1",
                        "c1",
                        "dossier-1");
    }

    @Test
    void noEventCarriesNamesIdNumbersOrFreeText() {
        for (DomainEvent event : oneOfEach()) {
            assertThat(Arrays.stream(event.getClass().getRecordComponents()).map(RecordComponent::getName))
                    .noneMatch(field -> field.toLowerCase().contains("name")
                            || field.toLowerCase().contains("idnumber")
                            || field.equals("text")
                            || field.equals("note")
                            || field.equals("reply"));
        }
    }

    @Test
    void anAlertsEvidenceIsACopy() {
        List<String> evidence = new ArrayList<>(List.of("evt-1"));
        AlertRaised raised = new AlertRaised("a", 1, "r", "CASE", "c", null, "WARNING", "c", evidence, AT);
        evidence.add("evt-2");
        assertThat(raised.evidenceEventIds()).containsExactly("evt-1");
        assertThat(new AlertRaised("a", 1, "r", "CASE", "c", null, "WARNING", "c", null, AT).evidenceEventIds())
                .isEmpty();
    }
}
