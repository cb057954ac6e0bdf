package io.onewindow.supervision.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.supervision.alerts.domain.Alert;
import io.onewindow.supervision.alerts.domain.AlertCandidate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class LicenseReadRefusalRuleTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    private final LicenseReadRefusalRule rule = new LicenseReadRefusalRule(true, Duration.ofHours(24), 3);

    static Refusal read(String id, String reader, String department, String identifier, Instant at) {
        return new Refusal(id, "evt-" + id, Refusal.LICENSE_READ, reader, department, identifier, "NOT_CITED", at);
    }

    @Test
    void threeRefusedReadsRaiseAnAlertInTheReadersDepartmentTwoDoNot() {
        List<Refusal> two = List.of(
                read("r1", "officer1", "market-regulation", "L-1", T0),
                read("r2", "officer1", "market-regulation", "L-2", T0.plusSeconds(5)));
        assertThat(rule.repeated("officer1", two, ZONE)).isEmpty();

        List<AlertCandidate> found = rule.repeated(
                "officer1",
                List.of(two.get(0), two.get(1), read("r3", "officer1", "market-regulation", "L-1", T0.plusSeconds(9))),
                ZONE);
        assertThat(found).singleElement().satisfies(alert -> {
            assertThat(alert.ruleNumber()).isEqualTo(11);
            assertThat(alert.alertId()).isEqualTo("license.repeated-read-refusals:READER:officer1~2026-03-02");
            assertThat(alert.department()).isEqualTo("market-regulation");
            assertThat(alert.involved()).containsExactly("officer1");
            assertThat(alert.evidence()).containsExactly("evt-r1", "evt-r2", "evt-r3");
            assertThat(alert.details()).containsEntry(LicenseReadRefusalRule.IDENTIFIERS, List.of("L-1", "L-2"));
        });
    }

    @Test
    void readsOutsideTheWindowOrByOthersDoNotCount() {
        List<Refusal> refusals = List.of(
                read("r1", "officer1", "d", "L-1", T0),
                read("r2", "officer2", "d", "L-1", T0.plusSeconds(5)),
                read("r3", "officer1", "d", "L-1", T0.plus(Duration.ofHours(24))),
                read("r4", "officer1", "d", "L-1", T0.plus(Duration.ofHours(25))));
        assertThat(rule.repeated("officer1", refusals, ZONE)).isEmpty();
    }

    @Test
    void theReaderNeverSeesTheAlertAboutThemselvesButTheirDepartmentAdminDoes() {
        AlertCandidate found = rule.repeated(
                        "deptadmin1",
                        List.of(
                                read("r1", "deptadmin1", "market-regulation", "L-1", T0),
                                read("r2", "deptadmin1", "market-regulation", "L-1", T0.plusSeconds(1)),
                                read("r3", "deptadmin1", "market-regulation", "L-1", T0.plusSeconds(2))),
                        ZONE)
                .get(0);
        Alert alert = Alert.raise(found);
        assertThat(alert.visibleToDepartmentAdmin("market-regulation", "deptadmin1"))
                .isFalse();
        assertThat(alert.visibleToDepartmentAdmin("market-regulation", "deptadmin9"))
                .isTrue();
        assertThat(alert.visibleToDepartmentAdmin("health", "deptadmin7")).isFalse();
    }
}
