package io.onewindow.elicense.consent.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.elicense.license.domain.License;
import io.onewindow.elicense.license.domain.LicenseTest;
import io.onewindow.platform.events.license.LicenseUsed;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoggedUseTest {

    static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    @Test
    void loggingAUseRecordsLicenseUsedWithTheBasisUserAndCase() {
        License license = LicenseTest.validFoodLicense();

        LoggedUse use = LoggedUse.of(
                "use-1",
                license,
                UseBasis.GRANT,
                "grant-1",
                new LoggedUse.User("clerk1", "housing", "HS-01", "PY-2026-9", "rental subsidy"),
                NOW);

        assertThat(use.licenseId()).isEqualTo("lic-1");
        assertThat(use.basis()).isEqualTo(UseBasis.GRANT);
        assertThat(use.usedAt()).isEqualTo(NOW);
        assertThat(use.pullEvents()).singleElement().isInstanceOfSatisfying(LicenseUsed.class, e -> {
            assertThat(e.licenseId()).isEqualTo("lic-1");
            assertThat(e.identifier()).isEqualTo(license.content().identifier());
            assertThat(e.basis()).isEqualTo("GRANT");
            assertThat(e.grantId()).isEqualTo("grant-1");
            assertThat(e.department()).isEqualTo("housing");
            assertThat(e.caseNumber()).isEqualTo("PY-2026-9");
            assertThat(e.purpose()).isEqualTo("rental subsidy");
        });
    }

    @Test
    void aStoredUseRebuiltFromItsDocumentRecordsNothing() {
        LoggedUse use = new LoggedUse("use-1", "lic-1", UseBasis.HOLDER, null, "citizen1", null, null, null, null, NOW);

        assertThat(use.pendingEvents()).isEmpty();
    }
}
