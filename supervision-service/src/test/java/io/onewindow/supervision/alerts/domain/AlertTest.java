package io.onewindow.supervision.alerts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.events.supervision.AlertRaised;
import io.onewindow.platform.events.supervision.AlertStatusChanged;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertTest {

    private static final Instant NOW = Instant.parse("2026-03-20T02:00:00Z");

    static AlertCandidate overdueCaseHandledBy(String officer) {
        return new AlertCandidate(
                1,
                "deadline.overdue-promised",
                "CASE",
                "c1",
                "market-regulation",
                Severity.SERIOUS,
                "c1",
                List.of("evt-1"),
                List.of(officer),
                Instant.parse("2026-03-16T16:00:00Z"),
                "promised limit passed");
    }

    @Test
    void isRaisedOpenWithItsEvent() {
        Alert alert = Alert.raise(overdueCaseHandledBy("officer1"));

        assertThat(alert.id()).isEqualTo("deadline.overdue-promised:CASE:c1");
        assertThat(alert.status()).isEqualTo(AlertStatus.OPEN);
        assertThat(alert.pullEvents()).singleElement().isInstanceOfSatisfying(AlertRaised.class, e -> {
            assertThat(e.ruleNumber()).isEqualTo(1);
            assertThat(e.evidenceEventIds()).containsExactly("evt-1");
        });
    }

    @Test
    void theSystemClosesAnOpenOrAcknowledgedAlertWithItsReasonInTheHistory() {
        Alert open = Alert.raise(overdueCaseHandledBy("officer1"));
        open.pullEvents();
        assertThat(open.closeAutomatically("case completed in time", NOW)).isTrue();
        assertThat(open.status()).isEqualTo(AlertStatus.RESOLVED);
        assertThat(open.statusAt()).isEqualTo(NOW);
        assertThat(open.history()).singleElement().satisfies(change -> {
            assertThat(change.from()).isEqualTo(AlertStatus.OPEN);
            assertThat(change.to()).isEqualTo(AlertStatus.RESOLVED);
            assertThat(change.by()).isEqualTo("system");
            assertThat(change.note()).isEqualTo("case completed in time");
        });
        assertThat(open.pullEvents()).singleElement().isInstanceOfSatisfying(AlertStatusChanged.class, e -> {
            assertThat(e.to()).isEqualTo("RESOLVED");
            assertThat(e.changedBy()).isEqualTo("system");
        });

        Alert acknowledged = Alert.raise(overdueCaseHandledBy("officer1"));
        acknowledged.moveTo(AlertStatus.ACKNOWLEDGED, "inspector1", "seen", NOW);
        assertThat(acknowledged.closeAutomatically("case completed in time", NOW))
                .isTrue();
        assertThat(acknowledged.history()).extracting(StatusChange::by).containsExactly("inspector1", "system");
    }

    @Test
    void theSystemLeavesAnAlertAnInspectorClosedAsItIs() {
        Alert dismissed = Alert.raise(overdueCaseHandledBy("officer1"));
        dismissed.moveTo(AlertStatus.DISMISSED, "inspector1", "not a breach", NOW);
        dismissed.pullEvents();

        assertThat(dismissed.closeAutomatically("case completed in time", NOW.plusSeconds(60)))
                .isFalse();
        assertThat(dismissed.status()).isEqualTo(AlertStatus.DISMISSED);
        assertThat(dismissed.history()).hasSize(1);
        assertThat(dismissed.pullEvents()).isEmpty();
    }

    @Test
    void movesThroughItsLifecycleWithNotes() {
        Alert alert = Alert.raise(overdueCaseHandledBy("officer1"));
        alert.pullEvents();

        alert.moveTo(AlertStatus.ACKNOWLEDGED, "inspector1", "seen", NOW);
        alert.moveTo(AlertStatus.INVESTIGATING, "inspector1", "asked the department", NOW);
        alert.moveTo(AlertStatus.RESOLVED, "inspector1", "officer warned", NOW);

        assertThat(alert.history())
                .extracting(StatusChange::to)
                .containsExactly(AlertStatus.ACKNOWLEDGED, AlertStatus.INVESTIGATING, AlertStatus.RESOLVED);
        assertThat(alert.pullEvents())
                .hasSize(3)
                .last()
                .isInstanceOfSatisfying(
                        AlertStatusChanged.class, e -> assertThat(e.to()).isEqualTo("RESOLVED"));
    }

    @Test
    void refusesToSkipOrReopen() {
        Alert alert = Alert.raise(overdueCaseHandledBy("officer1"));
        assertThatThrownBy(() -> alert.moveTo(AlertStatus.RESOLVED, "inspector1", "done", NOW))
                .isInstanceOf(ConflictException.class);

        alert.moveTo(AlertStatus.DISMISSED, "inspector1", "false positive", NOW);
        assertThatThrownBy(() -> alert.moveTo(AlertStatus.ACKNOWLEDGED, "inspector1", "again", NOW))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aDepartmentAdminSeesTheirDepartmentsAlertsButNeverOnesAboutThemselves() {
        Alert aboutOfficer = Alert.raise(overdueCaseHandledBy("officer1"));
        Alert aboutAdmin = Alert.raise(overdueCaseHandledBy("deptadmin1"));

        assertThat(aboutOfficer.visibleToDepartmentAdmin("market-regulation", "deptadmin1"))
                .isTrue();
        assertThat(aboutOfficer.visibleToDepartmentAdmin("tax", "taxadmin")).isFalse();
        assertThat(aboutAdmin.visibleToDepartmentAdmin("market-regulation", "deptadmin1"))
                .isFalse();
    }

    @Test
    void aDepartmentAdminNeverSeesAMajorProjectAlertAboutTheirDepartment() {
        Alert step = Alert.raise(new AlertCandidate(
                22,
                "major-project.step",
                "EVENT",
                "c1/evt-1",
                "market-regulation",
                Severity.INFO,
                "c1",
                java.util.List.of("evt-1"),
                java.util.List.of(),
                NOW,
                "major project: StepCompleted"));

        assertThat(step.visibleToDepartmentAdmin("market-regulation", "deptadmin1"))
                .isFalse();
        // Nor through the topic: the events name the inspectors, not the watched department.
        assertThat(step.pullEvents())
                .singleElement()
                .isInstanceOfSatisfying(
                        AlertRaised.class, e -> assertThat(e.department()).isEqualTo("discipline-inspection"));
        step.moveTo(AlertStatus.ACKNOWLEDGED, "inspector1", "seen", NOW);
        assertThat(step.pullEvents())
                .singleElement()
                .isInstanceOfSatisfying(
                        AlertStatusChanged.class,
                        e -> assertThat(e.department()).isEqualTo("discipline-inspection"));
        assertThat(step.department()).isEqualTo("market-regulation");
    }
}
