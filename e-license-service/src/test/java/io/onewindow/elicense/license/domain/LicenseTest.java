package io.onewindow.elicense.license.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.events.license.LicenseExpired;
import io.onewindow.platform.events.license.LicenseExpiringSoon;
import io.onewindow.platform.events.license.LicenseIssued;
import io.onewindow.platform.events.license.LicenseReinstated;
import io.onewindow.platform.events.license.LicenseRenewed;
import io.onewindow.platform.events.license.LicenseRevoked;
import io.onewindow.platform.events.license.LicenseSuspended;
import io.onewindow.platform.identity.LicenseIdentifier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

public class LicenseTest {

    static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    static final LocalDate VALID_TO = LocalDate.of(2031, 3, 1);

    public static License validFoodLicense() {
        LicenseContent content = new LicenseContent(
                LicenseIdentifier.issue("11100000000013338W002", "11440113MB2C000057", "2026000001", 1)
                        .toString(),
                "11100000000013338W002",
                "食品经营许可证",
                "广州市番禺区市场监督管理局",
                "11440113MB2C000057",
                "market-regulation",
                "张三",
                "440113199003071235",
                HolderCodeType.RESIDENT_ID,
                LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 2),
                VALID_TO,
                "440113",
                "MR-FOOD",
                "食品经营许可",
                Map.of("经营场所", "番禺区"),
                "market-regulation-k1");
        License license = License.issue(
                "lic-1", content, "sig", LicenseOrigin.APPROVAL, "case-1", "PY-2026-1", null, "approver1", NOW);
        return license;
    }

    @Test
    void issuingRecordsLicenseIssuedWithAMaskedHolder() {
        License license = validFoodLicense();
        assertThat(license.status()).isEqualTo(LicenseStatus.VALID);
        assertThat(license.pullEvents()).singleElement().isInstanceOfSatisfying(LicenseIssued.class, e -> {
            assertThat(e.caseId()).isEqualTo("case-1");
            assertThat(e.maskedHolderCode()).isEqualTo("440113********1235");
            assertThat(e.origin()).isEqualTo("APPROVAL");
        });
    }

    @Test
    void refusesALicenseFromApprovalWithoutACase() {
        License template = validFoodLicense();
        assertThatThrownBy(() -> License.issue(
                        "lic-2", template.content(), "sig", LicenseOrigin.APPROVAL, null, null, null, "x", NOW))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void suspendsAndReinstatesAValidLicense() {
        License license = validFoodLicense();
        license.pullEvents();
        license.suspend("inspection found violations", "approver1", NOW);
        assertThat(license.status()).isEqualTo(LicenseStatus.SUSPENDED);
        license.reinstate("approver1", NOW);
        assertThat(license.status()).isEqualTo(LicenseStatus.VALID);
        assertThat(license.pullEvents()).hasExactlyElementsOfTypes(LicenseSuspended.class, LicenseReinstated.class);
    }

    @Test
    void refusesToSuspendWithoutAReason() {
        License license = validFoodLicense();
        assertThatThrownBy(() -> license.suspend(" ", "approver1", NOW)).isInstanceOf(InvalidValueException.class);
        assertThat(license.status()).isEqualTo(LicenseStatus.VALID);
    }

    @Test
    void refusesToReinstateALicenseThatIsNotSuspended() {
        assertThatThrownBy(() -> validFoodLicense().reinstate("approver1", NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void revokesValidOrSuspendedLicensesForGood() {
        License license = validFoodLicense();
        license.suspend("check", "approver1", NOW);
        license.revoke("obtained by fraud", "approver1", NOW);
        assertThat(license.status()).isEqualTo(LicenseStatus.REVOKED);
        assertThatThrownBy(() -> license.reinstate("approver1", NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> license.suspend("again", "approver1", NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> license.revoke("again", "approver1", NOW)).isInstanceOf(ConflictException.class);
        assertThat(license.pullEvents()).last().isInstanceOf(LicenseRevoked.class);
    }

    @Test
    void expiresOnlyAfterItsLastValidDay() {
        License license = validFoodLicense();
        license.pullEvents();
        assertThat(license.expireIfDue(VALID_TO, NOW)).isFalse();
        assertThat(license.expireIfDue(VALID_TO.plusDays(1), NOW)).isTrue();
        assertThat(license.status()).isEqualTo(LicenseStatus.EXPIRED);
        assertThat(license.expireIfDue(VALID_TO.plusDays(2), NOW)).isFalse();
        assertThat(license.pullEvents()).singleElement().isInstanceOf(LicenseExpired.class);
    }

    @Test
    void answersExpiredPastItsValidityEvenBeforeTheJobRan() {
        License license = validFoodLicense();
        assertThat(license.statusOn(VALID_TO)).isEqualTo(LicenseStatus.VALID);
        assertThat(license.statusOn(VALID_TO.plusDays(1))).isEqualTo(LicenseStatus.EXPIRED);
    }

    @Test
    void remindsOnceThirtyDaysBeforeExpiry() {
        License license = validFoodLicense();
        license.pullEvents();
        assertThat(license.remindIfExpiringSoon(VALID_TO.minusDays(31), 30, NOW))
                .isFalse();
        assertThat(license.remindIfExpiringSoon(VALID_TO.minusDays(30), 30, NOW))
                .isTrue();
        assertThat(license.remindIfExpiringSoon(VALID_TO.minusDays(29), 30, NOW))
                .isFalse();
        assertThat(license.pullEvents()).singleElement().isInstanceOf(LicenseExpiringSoon.class);
    }

    @Test
    void doesNotRemindASuspendedLicense() {
        License license = validFoodLicense();
        license.suspend("check", "approver1", NOW);
        assertThat(license.remindIfExpiringSoon(VALID_TO.minusDays(10), 30, NOW))
                .isFalse();
    }

    @Test
    void expiryIsDueFromTheDayAfterTheLastValidDayWhileValidOrSuspended() {
        License license = validFoodLicense();
        assertThat(license.isExpiryDue(VALID_TO)).isFalse();
        assertThat(license.isExpiryDue(VALID_TO.plusDays(1))).isTrue();
        license.suspend("check", "approver1", NOW);
        assertThat(license.isExpiryDue(VALID_TO.plusDays(1))).isTrue();
        license.revoke("fraud", "approver1", NOW);
        assertThat(license.isExpiryDue(VALID_TO.plusDays(1))).isFalse();
        assertThat(license.pendingEvents()).as("asking records nothing").hasSize(3);
    }

    @Test
    void aReminderIsDueFromWindowDaysBeforeTheLastValidDayThroughThatDayOnce() {
        License license = validFoodLicense();
        assertThat(license.isReminderDue(VALID_TO.minusDays(31), 30)).isFalse();
        assertThat(license.isReminderDue(VALID_TO.minusDays(30), 30)).isTrue();
        assertThat(license.isReminderDue(VALID_TO, 30)).isTrue();
        assertThat(license.isReminderDue(VALID_TO.plusDays(1), 30)).isFalse();
        license.remindIfExpiringSoon(VALID_TO.minusDays(30), 30, NOW);
        assertThat(license.isReminderDue(VALID_TO.minusDays(29), 30))
                .as("once per validity")
                .isFalse();
    }

    @Test
    void noReminderIsDueForASuspendedLicense() {
        License license = validFoodLicense();
        license.suspend("check", "approver1", NOW);
        assertThat(license.isReminderDue(VALID_TO.minusDays(10), 30)).isFalse();
    }

    @Test
    void renewalSupersedesTheOldVersion() {
        License old = validFoodLicense();
        old.pullEvents();
        LicenseIdentifier next =
                LicenseIdentifier.parse(old.content().identifier()).nextVersion();
        License successor = License.issue(
                "lic-2",
                old.content().renewed(next, VALID_TO, VALID_TO, VALID_TO.plusYears(5), "market-regulation-k2"),
                "sig2",
                LicenseOrigin.RENEWAL,
                null,
                null,
                old.id(),
                "approver1",
                NOW);
        old.supersedeBy(successor, "approver1", NOW);
        assertThat(old.status()).isEqualTo(LicenseStatus.SUPERSEDED);
        assertThat(old.supersededBy()).isEqualTo("lic-2");
        assertThat(old.pullEvents())
                .singleElement()
                .isInstanceOfSatisfying(
                        LicenseRenewed.class, e -> assertThat(e.newIdentifier()).endsWith(".002." + next.check()));
        assertThatThrownBy(old::checkRenewable).isInstanceOf(ConflictException.class);
    }

    @Test
    void refusesToRenewARevokedLicense() {
        License license = validFoodLicense();
        license.revoke("fraud", "approver1", NOW);
        assertThatThrownBy(license::checkRenewable).isInstanceOf(ConflictException.class);
    }
}
