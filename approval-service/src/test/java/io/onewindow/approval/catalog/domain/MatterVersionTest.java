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

    private static final Approver DEPTADMIN1 = new Approver("deptadmin1", "market-regulation", true, false);
    private static final Approver HOUSING_ADMIN = new Approver("housingadmin", "housing", true, false);
    private static final Approver ADMIN1 = new Approver("admin1", "district-admin-service", false, true);

    @Test
    void publishingEmitsTheFullDefinitionForSupervision() {
        MatterVersion draft = MatterVersion.draft(Matters.foodLicense("MR-SP-T"), 1, "catalogadmin1", NOW);

        draft.publish(DEPTADMIN1, draft.contentHash(), null, NOW);

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
        assertThat(published.contentHash()).isEqualTo(ContentHash.of(Matters.foodLicense("MR-SP-T")));
    }

    @Test
    void refusesPublicationByTheDrafter() {
        MatterVersion draft = MatterVersion.draft(Matters.foodLicense("MR-SP-T"), 0, "catalogadmin1", NOW);

        assertThatThrownBy(() -> draft.publish(
                        new Approver("catalogadmin1", "market-regulation", true, true), draft.contentHash(), null, NOW))
                .isInstanceOf(AccessRefusedException.class)
                .hasFieldOrPropertyWithValue("code", "catalog.publisher-is-drafter");
    }

    @Test
    void publishedVersionNeverChanges() {
        MatterVersion version = MatterVersion.draft(Matters.foodLicense("MR-SP-T"), 0, "catalogadmin1", NOW);
        version.publish(DEPTADMIN1, version.contentHash(), null, NOW);

        assertThatThrownBy(() -> version.revise(Matters.foodLicense("MR-SP-T"), "catalogadmin1", NOW))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("code", "catalog.version-published");
        assertThatThrownBy(() -> version.publish(ADMIN1, version.contentHash(), null, NOW))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void publishingNamesTheContentHashAndRefusesAnyOther() {
        MatterVersion draft = MatterVersion.draft(Matters.foodLicense("MR-SP-T"), 0, "catalogadmin1", NOW);
        String reviewed = draft.contentHash();
        String other = ContentHash.of(withLimits(20, 9, List.of()));

        assertThatThrownBy(() -> draft.publish(DEPTADMIN1, other, null, NOW))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("code", "catalog.content-hash-mismatch");
        assertThat(draft.isPublished()).isFalse();
        assertThat(draft.pendingEvents()).isEmpty();

        draft.publish(DEPTADMIN1, reviewed, null, NOW);
        assertThat(draft.publishedContentHash()).isEqualTo(reviewed);
    }

    @Test
    void aRevisionAfterTheReviewDropsTheApprovalAndChangesTheHash() {
        MatterVersion draft = MatterVersion.draft(Matters.foodLicense("MR-SP-T"), 0, "catalogadmin1", NOW);
        String reviewed = draft.contentHash();
        draft.approve(DEPTADMIN1, reviewed, null, NOW);
        assertThat(draft.approvals()).extracting(VersionApproval::department).containsExactly("market-regulation");

        draft.revise(copy(Matters.foodLicense("MR-SP-T"), "market-regulation", "食品经营许可(修订)"), "catalogadmin1", NOW);

        assertThat(draft.approvals()).isEmpty();
        assertThat(draft.contentHash()).isNotEqualTo(reviewed);
        assertThatThrownBy(() -> draft.publish(DEPTADMIN1, reviewed, null, NOW))
                .hasFieldOrPropertyWithValue("code", "catalog.content-hash-mismatch");
    }

    @Test
    void movingAMatterNeedsTheOwningAndTheReceivingDepartment() {
        MatterVersion move =
                MatterVersion.draft(copy(Matters.foodLicense("MR-SP-T"), "housing", null), 1, "catalogadmin1", NOW);
        String hash = move.contentHash();
        assertThat(move.requiredDepartments("market-regulation")).containsExactly("housing", "market-regulation");

        assertThatThrownBy(() -> move.publish(HOUSING_ADMIN, hash, "market-regulation", NOW))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("code", "catalog.approval-missing");
        assertThat(move.approvals()).as("a refused publication records nothing").isEmpty();
        assertThatThrownBy(() -> move.approve(ADMIN1, hash, "market-regulation", NOW))
                .isInstanceOf(AccessRefusedException.class)
                .hasFieldOrPropertyWithValue("code", "catalog.move-needs-both-departments");
        assertThatThrownBy(() ->
                        move.approve(new Approver("met1", "meteorology", true, false), hash, "market-regulation", NOW))
                .isInstanceOf(AccessRefusedException.class)
                .hasFieldOrPropertyWithValue("code", "catalog.publish-not-allowed");

        move.approve(DEPTADMIN1, hash, "market-regulation", NOW);
        move.publish(HOUSING_ADMIN, hash, "market-regulation", NOW);

        assertThat(move.isPublished()).isTrue();
        assertThat(move.approvals())
                .extracting(VersionApproval::department, VersionApproval::approvedBy)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("market-regulation", "deptadmin1"),
                        org.assertj.core.groups.Tuple.tuple("housing", "housingadmin"));
    }

    @Test
    void aPlatformAdminStandsInOnlyForAMatterThatStaysInItsDepartment() {
        MatterVersion stays = MatterVersion.draft(Matters.foodLicense("MR-SP-T"), 1, "catalogadmin1", NOW);
        stays.publish(ADMIN1, stays.contentHash(), "market-regulation", NOW);
        assertThat(stays.isPublished()).isTrue();

        MatterVersion fresh = MatterVersion.draft(Matters.foodLicense("MR-SP-N"), 0, "catalogadmin1", NOW);
        assertThatThrownBy(() -> fresh.publish(HOUSING_ADMIN, fresh.contentHash(), null, NOW))
                .isInstanceOf(AccessRefusedException.class)
                .hasFieldOrPropertyWithValue("code", "catalog.publish-not-allowed");
    }

    @Test
    void theContentHashIsTheSha256OfTheCanonicalContentAndIgnoresSetOrderAndFeeScale() {
        MatterDefinition food = Matters.foodLicense("MR-SP-T");
        assertThat(ContentHash.of(food))
                .matches("[0-9a-f]{64}")
                .isEqualTo(ContentHash.of(Matters.foodLicense("MR-SP-T")));
        assertThat(ContentHash.canonical(food)).startsWith("{\"code\":\"MR-SP-T\",");
        MatterDefinition scaled = new MatterDefinition(
                food.code(),
                food.name(),
                food.department(),
                food.matterType(),
                new java.util.LinkedHashSet<>(List.of(Subject.PERSON, Subject.ENTERPRISE)),
                food.legalBasis(),
                food.conditions(),
                food.materials(),
                food.steps(),
                food.statutoryLimitWorkingDays(),
                food.promisedLimitWorkingDays(),
                food.fee().setScale(2),
                food.feeBasis(),
                food.caseType(),
                food.windowMayDecide(),
                food.fullyOnline(),
                food.licenseTypeCode(),
                food.servicePoints());
        MatterDefinition reordered = new MatterDefinition(
                food.code(),
                food.name(),
                food.department(),
                food.matterType(),
                new java.util.LinkedHashSet<>(List.of(Subject.ENTERPRISE, Subject.PERSON)),
                food.legalBasis(),
                food.conditions(),
                food.materials(),
                food.steps(),
                food.statutoryLimitWorkingDays(),
                food.promisedLimitWorkingDays(),
                food.fee(),
                food.feeBasis(),
                food.caseType(),
                food.windowMayDecide(),
                food.fullyOnline(),
                food.licenseTypeCode(),
                food.servicePoints());
        assertThat(ContentHash.of(scaled)).isEqualTo(ContentHash.of(reordered));
        assertThat(ContentHash.of(copy(food, "housing", null))).isNotEqualTo(ContentHash.of(food));
        assertThat(ContentHash.of(copy(Matters.foodLicense("MR-SP-T"), "market-regulation", "食品经营许可(修订)")))
                .isNotEqualTo(ContentHash.of(food));
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

    private static MatterDefinition copy(MatterDefinition d, String department, String name) {
        return new MatterDefinition(
                d.code(),
                name == null ? d.name() : name,
                department,
                d.matterType(),
                d.subjects(),
                d.legalBasis(),
                d.conditions(),
                d.materials(),
                d.steps(),
                d.statutoryLimitWorkingDays(),
                d.promisedLimitWorkingDays(),
                d.fee(),
                d.feeBasis(),
                d.caseType(),
                d.windowMayDecide(),
                d.fullyOnline(),
                d.licenseTypeCode(),
                d.servicePoints());
    }
}
