package io.onewindow.approval.licensecheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.onewindow.approval.cases.domain.LicenseCheck;
import io.onewindow.approval.cases.domain.LicenseStatus;
import io.onewindow.approval.config.ApprovalSettings;
import io.onewindow.approval.support.FakeELicenseService;
import io.onewindow.platform.test.MutableClock;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The guarded client against a real HTTP server standing in for e-license-service. */
class ELicenseClientTest {

    private static final String IDENTIFIER = "1.2.156.3005.2.11100000000013338W001.11440113MB2C000057.2026000001.001.D";
    private static final String HOLDER = "91440113MA5D000166";

    private final FakeELicenseService eLicense = new FakeELicenseService();
    private final MutableClock clock = MutableClock.on("2026-03-02");

    private ELicenseClient client(Duration timeout) {
        return new ELicenseClient(
                new ApprovalSettings(
                        new ApprovalSettings.LicenseService(
                                URI.create(eLicense.uri()),
                                timeout,
                                50,
                                Duration.ofMinutes(1),
                                "11100000000013338W001"),
                        new ApprovalSettings.Art32("-", 5),
                        new ApprovalSettings.Partner(Duration.ofHours(24)),
                        new ApprovalSettings.Calendar(Duration.ofMinutes(1)),
                        new ApprovalSettings.PublicReads(Duration.ofMinutes(1), Duration.ofMinutes(1)),
                        new ApprovalSettings.Agency(true),
                        new ApprovalSettings.Materials(DataSize.ofMegabytes(50), 30, 10, Duration.ofDays(7), "-"),
                        new ApprovalSettings.ServicePoints(true)),
                clock);
    }

    @AfterEach
    void stop() {
        eLicense.close();
    }

    @Test
    void forwardsTheCallersTokenAndReadsTheVerdict() {
        LicenseCheck check = client(Duration.ofSeconds(2)).check(IDENTIFIER, HOLDER, "token-of-enterprise1");

        assertThat(check.status()).isEqualTo(LicenseStatus.VALID);
        assertThat(check.belongsToHolder()).isTrue();
        assertThat(check.licenseTypeCode()).isEqualTo("11100000000013338W001");
        assertThat(eLicense.authorizations()).containsExactly("Bearer token-of-enterprise1");
        assertThat(eLicense.requests().get(0)).contains(IDENTIFIER).contains(HOLDER);
    }

    @Test
    void anEnterprisesOwnValidBusinessLicenseGivesItsNameAddressAndLegalRepresentative() {
        String type = "11100000000013338W001";
        eLicense.wallet("[" + FakeELicenseService.walletLicense("11100000000013338W002", "别的执照", HOLDER, "VALID")
                + "," + FakeELicenseService.walletLicense(type, "旧名称有限公司", HOLDER, "REVOKED")
                + "," + FakeELicenseService.walletLicense(type, "广州番禺示例科技有限公司", HOLDER, "VALID") + "]");

        var registration = client(Duration.ofSeconds(2)).of(HOLDER, "token-of-enterprise1");

        assertThat(registration).hasValueSatisfying(r -> {
            assertThat(r.name()).isEqualTo("广州番禺示例科技有限公司");
            assertThat(r.address()).isEqualTo("广州市番禺区市桥街示例路1号");
            assertThat(r.legalRepresentative()).isEqualTo("示例");
        });
        assertThat(eLicense.walletReads()).containsExactly("Bearer token-of-enterprise1");
    }

    @Test
    void noBusinessLicenseOfTheCallerOrNoServiceGivesNothing() {
        String type = "11100000000013338W001";
        eLicense.wallet("[" + FakeELicenseService.walletLicense(type, "别家公司", "91440101MA5AAAAA1X", "VALID") + "]");
        ELicenseClient client = client(Duration.ofSeconds(2));
        assertThat(client.of(HOLDER, "t")).isEmpty();

        eLicense.goDown();
        assertThat(client.of(HOLDER, "t")).isEmpty();
    }

    @Test
    void aRefusalByTheLicenseServiceIsItsVerdictNotAnOutage() {
        eLicense.answer(403, "{\"type\":\"urn:onewindow:problem:forbidden\"}");
        ELicenseClient client = client(Duration.ofSeconds(2));

        for (int i = 0; i < 6; i++) {
            assertThat(client.check(IDENTIFIER, HOLDER, "t").status()).isEqualTo(LicenseStatus.REFUSED);
        }
        assertThat(client.circuitState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void serviceDownMeansUncheckedNeverValid() {
        eLicense.goDown();

        LicenseCheck check = client(Duration.ofSeconds(1)).check(IDENTIFIER, HOLDER, "t");

        assertThat(check.status()).isEqualTo(LicenseStatus.UNCHECKED);
        assertThat(check.holdsUpFor(null)).isFalse();
    }

    @Test
    void slowServiceIsCutOffByTheTimeoutAndLeftUnchecked() {
        eLicense.slowBy(Duration.ofSeconds(3));
        long started = System.nanoTime();

        LicenseCheck check = client(Duration.ofMillis(300)).check(IDENTIFIER, HOLDER, "t");

        assertThat(check.status()).isEqualTo(LicenseStatus.UNCHECKED);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void serverErrorsOpenTheCircuitAndTheFallbackAnswersWithoutCalling() {
        eLicense.answer(500, "{}");
        ELicenseClient client = client(Duration.ofSeconds(1));
        for (int i = 0; i < 5; i++) {
            assertThat(client.check(IDENTIFIER, HOLDER, "t").status()).isEqualTo(LicenseStatus.UNCHECKED);
        }
        int callsBefore = eLicense.requests().size();

        LicenseCheck whileOpen = client.check(IDENTIFIER, HOLDER, "t");

        assertThat(client.circuitState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(whileOpen.status()).isEqualTo(LicenseStatus.UNCHECKED);
        assertThat(eLicense.requests()).hasSize(callsBefore);
    }

    @Test
    void statusTheClientDoesNotKnowIsUnknownNotValid() {
        eLicense.answer(200, "{\"identifier\":\"x\",\"status\":\"UNCHECKED\",\"belongsToHolder\":true}");

        assertThat(client(Duration.ofSeconds(1)).check(IDENTIFIER, HOLDER, "t").status())
                .isEqualTo(LicenseStatus.UNKNOWN);
    }
}
