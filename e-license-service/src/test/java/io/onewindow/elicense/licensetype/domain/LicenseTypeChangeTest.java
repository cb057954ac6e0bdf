package io.onewindow.elicense.licensetype.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.InvalidValueException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A license type changes only with the owning department's admin. */
class LicenseTypeChangeTest {

    static final Instant NOW = Instant.parse("2026-12-02T02:00:00Z");

    static LicenseType food(String department, int years) {
        return new LicenseType(
                "11100000000013338W002",
                "食品经营许可证",
                "国家市场监督管理总局",
                department,
                "广州市番禺区市场监督管理局",
                "11440113MB2C000057",
                years,
                List.of("经营场所"));
    }

    @Test
    void theValidityIsCappedBySettingExactly() {
        assertThat(LicenseTypeChange.propose("c", food("market-regulation", 30), null, 30, "catalogadmin1", NOW)
                        .proposed()
                        .validityYears())
                .isEqualTo(30);
        assertThat(LicenseTypeChange.propose("c", food("market-regulation", 0), null, 30, "catalogadmin1", NOW))
                .isNotNull();
        assertThatThrownBy(() ->
                        LicenseTypeChange.propose("c", food("market-regulation", 31), null, 30, "catalogadmin1", NOW))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "license-type.validity-too-long");
    }

    @Test
    void aChangeOfAnExistingTypeIsConfirmedByTheOwningDepartmentEvenWhenItMovesTheType() {
        LicenseType current = food("market-regulation", 5);
        LicenseTypeChange move =
                LicenseTypeChange.propose("c", food("housing", 50 / 2), current, 30, "catalogadmin1", NOW);
        assertThat(move.confirmingDepartment()).isEqualTo("market-regulation");

        assertThatThrownBy(() -> move.confirm("housingadmin", "housing", current, NOW))
                .isInstanceOf(AccessRefusedException.class)
                .hasFieldOrPropertyWithValue("code", "license-type.change-other-department");
        assertThat(move.status()).isEqualTo(LicenseTypeChange.Status.PENDING);

        move.confirm("deptadmin1", "market-regulation", current, NOW);
        assertThat(move.status()).isEqualTo(LicenseTypeChange.Status.CONFIRMED);
        assertThatThrownBy(() -> move.confirm("deptadmin1", "market-regulation", current, NOW))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("code", "license-type.change-not-pending");
    }

    @Test
    void aNewTypeIsConfirmedByTheDepartmentItNames() {
        LicenseTypeChange created =
                LicenseTypeChange.propose("c", food("meteorology", 3), null, 30, "catalogadmin1", NOW);
        assertThat(created.confirmingDepartment()).isEqualTo("meteorology");
        assertThatThrownBy(() -> created.confirm("deptadmin1", "market-regulation", null, NOW))
                .hasFieldOrPropertyWithValue("code", "license-type.change-other-department");
        created.confirm("met1", "meteorology", null, NOW);
        assertThat(created.status()).isEqualTo(LicenseTypeChange.Status.CONFIRMED);
    }

    @Test
    void theProposerNeverConfirmsAndAChangeMeanwhileStopsTheConfirmation() {
        LicenseType current = food("market-regulation", 5);
        LicenseTypeChange change =
                LicenseTypeChange.propose("c", food("market-regulation", 10), current, 30, "admin1", NOW);
        assertThatThrownBy(() -> change.confirm("admin1", "market-regulation", current, NOW))
                .isInstanceOf(AccessRefusedException.class)
                .hasFieldOrPropertyWithValue("code", "license-type.confirmer-is-proposer");
        assertThatThrownBy(() -> change.confirm("deptadmin1", "market-regulation", food("market-regulation", 3), NOW))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("code", "license-type.changed-meanwhile");
        assertThat(change.status()).isEqualTo(LicenseTypeChange.Status.PENDING);
    }

    @Test
    void theProposerWithdrawsTheOwnerRejectsOthersCannot() {
        LicenseType current = food("market-regulation", 5);
        LicenseTypeChange withdrawn =
                LicenseTypeChange.propose("c", food("housing", 5), current, 30, "catalogadmin1", NOW);
        assertThatThrownBy(() -> withdrawn.reject("housingadmin", "housing", "mine now", NOW))
                .hasFieldOrPropertyWithValue("code", "license-type.change-other-department");
        withdrawn.reject("catalogadmin1", "district-admin-service", "wrong department", NOW);
        assertThat(withdrawn.status()).isEqualTo(LicenseTypeChange.Status.REJECTED);

        LicenseTypeChange rejected =
                LicenseTypeChange.propose("d", food("housing", 5), current, 30, "catalogadmin1", NOW);
        rejected.reject("deptadmin1", "market-regulation", "we keep it", NOW);
        assertThat(rejected.rejectionReason()).isEqualTo("we keep it");
    }
}
