package io.onewindow.approval.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.approval.support.Matters;
import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.events.approval.MatterVersionPublished;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MatterVersionTest {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    @Test
    void publishingEmitsTheFullDefinitionForSupervision() {
        MatterVersion draft = MatterVersion.draft(Matters.foodLicense("MR-SP-T"), 1, "catalogadmin1", NOW);

        draft.publish("deptadmin1", NOW);

        MatterVersionPublished published =
                (MatterVersionPublished) draft.pullEvents().get(0);
        assertThat(published.version()).isEqualTo(2);
        assertThat(published.statutoryLimitWorkingDays()).isEqualTo(20);
        assertThat(published.promisedLimitWorkingDays()).isEqualTo(10);
        assertThat(published.steps())
                .extracting(MatterVersionPublished.Step::code)
                .containsExactly("review", "decide");
        assertThat(published.materials()).hasSize(4);
        assertThat(published.caseType()).isEqualTo("2");
        assertThat(published.licenseTypeCode()).isEqualTo(Matters.FOOD_LICENSE_TYPE);
    }

    @Test
    void refusesPublicationByTheDrafter() {
        MatterVersion draft = MatterVersion.draft(Matters.foodLicense("MR-SP-T"), 0, "catalogadmin1", NOW);

        assertThatThrownBy(() -> draft.publish("catalogadmin1", NOW))
                .isInstanceOf(AccessRefusedException.class)
                .hasFieldOrPropertyWithValue("code", "catalog.publisher-is-drafter");
    }

    @Test
    void publishedVersionNeverChanges() {
        MatterVersion version = MatterVersion.draft(Matters.foodLicense("MR-SP-T"), 0, "catalogadmin1", NOW);
        version.publish("deptadmin1", NOW);

        assertThatThrownBy(() -> version.revise(Matters.foodLicense("MR-SP-T"), "catalogadmin1", NOW))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("code", "catalog.version-published");
        assertThatThrownBy(() -> version.publish("admin1", NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void refusesPromisedLimitLongerThanTheStatutoryOne() {
        assertThatThrownBy(() -> withLimits(10, 12, List.of()))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "catalog.promised-exceeds-statutory");
    }

    @Test
    void refusesStatutoryLimitBeyondWhatTheLawAllows() {
        assertThatThrownBy(() -> withLimits(60, 10, List.of()))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "catalog.statutory-limit-out-of-range");
    }

    @Test
    void refusesStepLimitsThatDoNotFitThePromisedLimit() {
        assertThatThrownBy(() -> withLimits(20, 5, List.of(new ProcessStep("review", "审查", "approver", 6))))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "catalog.steps-exceed-promised-limit");
    }

    @Test
    void refusesAFeeWithoutItsBasis() {
        var food = Matters.foodLicense("MR-SP-T");
        assertThatThrownBy(() -> new MatterDefinition(
                        food.code(),
                        food.name(),
                        food.department(),
                        food.matterType(),
                        food.subjects(),
                        food.legalBasis(),
                        "",
                        food.materials(),
                        food.steps(),
                        20,
                        10,
                        new BigDecimal("50"),
                        "",
                        CaseType.PROMISED,
                        false,
                        true,
                        null,
                        List.of()))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "catalog.fee-without-basis");
    }

    private static MatterDefinition withLimits(int statutory, int promised, List<ProcessStep> steps) {
        return new MatterDefinition(
                "MR-X",
                "x",
                "market-regulation",
                "01",
                Set.of(Subject.PERSON),
                "basis",
                "",
                List.of(),
                steps,
                statutory,
                promised,
                BigDecimal.ZERO,
                "",
                CaseType.PROMISED,
                false,
                true,
                null,
                List.of());
    }
}
