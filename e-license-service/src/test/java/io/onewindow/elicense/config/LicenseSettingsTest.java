package io.onewindow.elicense.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanExpressionContext;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * The settings' defaults are written once, in {@link LicenseSettings}; the scheduled job and the
 * approvals listener read them through SpEL by the bean name Spring gives the settings.
 */
class LicenseSettingsTest {

    final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void withoutAnyPropertyEverySettingHasItsDefault() {
        context.run(run -> {
            LicenseSettings settings = run.getBean(LicenseSettings.class);
            assertThat(settings.reminderDays()).isEqualTo(30);
            assertThat(settings.regionCode()).isEqualTo("440113");
            assertThat(settings.expiryCron()).isEqualTo("0 15 0 * * *");
            assertThat(settings.pdfFont()).isEmpty();
            assertThat(settings.consumeApprovals()).isTrue();
            assertThat(settings.masterKey()).isNotBlank();
            assertThat(settings.digitisation().maxBackdating()).isEqualTo(java.time.Period.ofYears(5));
            assertThat(settings.digitisation().requestTtl()).isEqualTo(java.time.Duration.ofDays(7));
            assertThat(settings.types().maxValidityYears()).isEqualTo(30);
            assertThat(settings.approvalService().uri()).hasToString("http://127.0.0.1:8082");
            assertThat(settings.approvalService().clientId()).isEqualTo("e-license-service");
            assertThat(settings.approvalService().clientSecret()).isEqualTo("e-license-service-demo-secret");
            assertThat(settings.approvalService().timeout()).hasSeconds(3);
            assertThat(settings.notices().consumeApprovals()).isTrue();
            assertThat(settings.notices().verificationUrl())
                    .isEqualTo("http://127.0.0.1:8080/api/licenses/public/notices");
            assertThat(settings.verification().baseUrl()).isEqualTo("http://127.0.0.1:8080/verify");
            assertThat(settings.verification().qrMaxAge()).isEqualTo(java.time.Duration.ofDays(30));
        });
    }

    @Test
    void theQrAddressAndMaximumAgeBindAndABadAddressStopsTheStart() {
        context.withPropertyValues(
                        "onewindow.license.verification.base-url=https://api.example.gov.cn/api/licenses/public/verify",
                        "onewindow.license.verification.qr-max-age=P7D")
                .run(run -> {
                    LicenseSettings.Verification verification =
                            run.getBean(LicenseSettings.class).verification();
                    assertThat(verification.qrLink().linkTo("OWL2|x"))
                            .isEqualTo("https://api.example.gov.cn/api/licenses/public/verify?p=T1dMMnx4");
                    assertThat(verification.qrMaxAge()).isEqualTo(java.time.Duration.ofDays(7));
                });
        context.withPropertyValues("onewindow.license.verification.base-url=api.example.gov.cn/verify")
                .run(run -> assertThat(run).hasFailed());
        context.withPropertyValues("onewindow.license.verification.qr-max-age=0s")
                .run(run -> assertThat(run).hasFailed());
    }

    @Test
    void theNoticeSettingsBindAndTheAddressLosesItsTrailingSlash() {
        context.withPropertyValues(
                        "onewindow.license.notices.consume-approvals=false",
                        "onewindow.license.notices.verification-url=https://api.example.gov.cn/api/licenses/public/notices/")
                .run(run -> {
                    LicenseSettings settings = run.getBean(LicenseSettings.class);
                    assertThat(settings.notices().consumeApprovals()).isFalse();
                    assertThat(settings.notices().verificationUrl())
                            .isEqualTo("https://api.example.gov.cn/api/licenses/public/notices");
                });
    }

    @Test
    void theFourEyesSettingsBindFromTheirProperties() {
        context.withPropertyValues(
                        "onewindow.license.digitisation.max-backdating=P10Y",
                        "onewindow.license.digitisation.request-ttl=P2D",
                        "onewindow.license.types.max-validity-years=20")
                .run(run -> {
                    LicenseSettings settings = run.getBean(LicenseSettings.class);
                    assertThat(settings.digitisation().maxBackdating()).isEqualTo(java.time.Period.ofYears(10));
                    assertThat(settings.digitisation().requestTtl()).isEqualTo(java.time.Duration.ofDays(2));
                    assertThat(settings.types().maxValidityYears()).isEqualTo(20);
                });
    }

    @Test
    void theApprovalServiceSettingsBindAndNeverPrintTheSecret() {
        context.withPropertyValues(
                        "onewindow.license.approval-service.uri=http://approval:8082",
                        "onewindow.license.approval-service.client-secret=s3cr3t-from-vault")
                .run(run -> {
                    LicenseSettings.ApprovalService approval =
                            run.getBean(LicenseSettings.class).approvalService();
                    assertThat(approval.uri()).hasToString("http://approval:8082");
                    assertThat(approval.clientSecret()).isEqualTo("s3cr3t-from-vault");
                    assertThat(approval.toString()).doesNotContain("s3cr3t-from-vault");
                    assertThat(run.getBean(LicenseSettings.class).toString()).doesNotContain("s3cr3t-from-vault");
                });
    }

    @Test
    void theAnnotationsExpressionsFindTheSettingsBeanAndItsDefaults() {
        context.run(run -> {
            assertThat(evaluate(run, "#{@'" + LicenseSettings.BEAN + "'.expiryCron()}"))
                    .isEqualTo("0 15 0 * * *");
            assertThat(evaluate(run, "#{@'" + LicenseSettings.BEAN + "'.consumeApprovals()}"))
                    .isEqualTo(true);
        });
    }

    @Test
    void aPropertyOverridesTheDefaultAlsoForTheAnnotations() {
        context.withPropertyValues(
                        "onewindow.license.expiry-cron=0 0 3 * * *", "onewindow.license.consume-approvals=false")
                .run(run -> {
                    assertThat(evaluate(run, "#{@'" + LicenseSettings.BEAN + "'.expiryCron()}"))
                            .isEqualTo("0 0 3 * * *");
                    assertThat(evaluate(run, "#{@'" + LicenseSettings.BEAN + "'.consumeApprovals()}"))
                            .isEqualTo(false);
                });
    }

    private static Object evaluate(ConfigurableApplicationContext run, String expression) {
        ConfigurableListableBeanFactory beans = run.getBeanFactory();
        return beans.getBeanExpressionResolver().evaluate(expression, new BeanExpressionContext(beans, null));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(LicenseSettings.class)
    static class Settings {}
}
