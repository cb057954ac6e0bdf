package io.onewindow.supervision.licenses.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.supervision.alerts.domain.AlertCandidate;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LicenseUseRuleTest {

    static final Instant ISSUED = Instant.parse("2026-03-02T02:00:00Z");
    static final Instant SUSPENDED = Instant.parse("2026-03-05T02:00:00Z");
    static final Instant REINSTATED = Instant.parse("2026-03-09T02:00:00Z");

    private static SupervisedLicense license() {
        SupervisedLicense l = SupervisedLicense.open("lic-1");
        l.issued(
                "e1",
                "1.2.156.X",
                "11100000000013338W001",
                "market-regulation",
                "case-1",
                "AP-1",
                "MR-SP-001",
                "approver1",
                ISSUED);
        return l;
    }

    @Test
    void aDutyCheckWithItsCaseAndAGrantWithItsIdOfAValidLicenseAreInOrder() {
        SupervisedLicense l = license();
        assertThat(judge(l, "DUTY_CHECK", null, "AP-9", Instant.parse("2026-03-03T02:00:00Z")))
                .isNull();
        assertThat(judge(l, "GRANT", "grant-1", null, Instant.parse("2026-03-03T02:00:00Z")))
                .isNull();
        assertThat(judge(l, "HOLDER", null, null, Instant.parse("2026-03-03T02:00:00Z")))
                .isNull();
    }

    @Test
    void aUseWithoutItsGrantOrItsCaseIsWithoutBasis() {
        SupervisedLicense l = license();
        AlertCandidate noGrant = judge(l, "GRANT", null, null, Instant.parse("2026-03-03T02:00:00Z"));
        AlertCandidate noCase = judge(l, "DUTY_CHECK", null, " ", Instant.parse("2026-03-03T02:00:00Z"));

        assertThat(noGrant.ruleCode()).isEqualTo(LicenseUseRule.WITHOUT_BASIS);
        assertThat(noGrant.ruleNumber()).isEqualTo(15);
        assertThat(noGrant.department()).isEqualTo("tax");
        assertThat(noGrant.involved()).containsExactly("reader1");
        assertThat(noGrant.evidence()).containsExactly("use-1");
        assertThat(noCase.ruleCode()).isEqualTo(LicenseUseRule.WITHOUT_BASIS);
    }

    @Test
    void aUseWhileSuspendedIsFlaggedAsTheLicenseStoodThenEvenWhenTheEventsArriveLate() {
        SupervisedLicense l = license();
        l.changed("e3", "REINSTATED", null, "market-regulation", "admin", null, REINSTATED);
        l.changed("e2", "SUSPENDED", null, "market-regulation", "admin", "复查", SUSPENDED);

        Instant during = Instant.parse("2026-03-06T02:00:00Z");
        assertThat(l.statusAt(during)).isEqualTo(SupervisedLicense.Status.SUSPENDED);
        assertThat(judge(l, "DUTY_CHECK", null, "AP-9", during).ruleCode()).isEqualTo(LicenseUseRule.NOT_USABLE);
        assertThat(judge(l, "DUTY_CHECK", null, "AP-9", Instant.parse("2026-03-10T02:00:00Z")))
                .isNull();
        assertThat(l.status()).isEqualTo(SupervisedLicense.Status.SUSPENDED);
    }

    @Test
    void eachEventAppliesOnce() {
        SupervisedLicense l = license();
        assertThat(l.changed("e2", "REVOKED", null, null, "admin", "撤销", SUSPENDED))
                .isTrue();
        assertThat(l.changed("e2", "REVOKED", null, null, "admin", "撤销", SUSPENDED))
                .isFalse();
        assertThat(l.used("u1", "reader1", "tax", "DUTY_CHECK", REINSTATED))
                .isEqualTo(SupervisedLicense.Status.REVOKED);
        assertThat(l.used("u1", "reader1", "tax", "DUTY_CHECK", REINSTATED)).isNull();
        assertThat(l.timeline()).extracting(SupervisedLicense.Entry::type).containsExactly("ISSUED", "REVOKED", "USED");
    }

    private static AlertCandidate judge(
            SupervisedLicense l, String basis, String grantId, String caseNumber, Instant at) {
        return LicenseUseRule.judge("use-1", l, basis, grantId, caseNumber, "reader1", "tax", l.statusAt(at), at)
                .orElse(null);
    }
}
