package io.onewindow.approval.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanExpressionContext;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** The settings' defaults, written once, and the expressions the scheduled jobs read them by. */
class ApprovalSettingsTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Bound.class);

    @Test
    void everySettingHasItsDefault() {
        context.run(c -> {
            ApprovalSettings settings = c.getBean(ApprovalSettings.class);
            assertThat(settings.licenseService().uri()).hasToString("http://127.0.0.1:8083");
            assertThat(settings.licenseService().timeout()).isEqualTo(Duration.ofSeconds(2));
            assertThat(settings.licenseService().failureRateThreshold()).isEqualTo(50f);
            assertThat(settings.licenseService().openFor()).isEqualTo(Duration.ofSeconds(30));
            assertThat(settings.art32().sweepCron()).isEqualTo("0 */10 * * * *");
            assertThat(settings.art32().noticeWorkingDays()).isEqualTo(5);
            assertThat(settings.partner().maxReportDelay()).isEqualTo(Duration.ofHours(24));
            assertThat(settings.calendar().adoptInterval()).isEqualTo(Duration.ofMinutes(1));
            assertThat(settings.agency().consumeRegister()).isTrue();
            assertThat(settings.materials().maxPendingBytes()).isEqualTo(DataSize.ofMegabytes(50));
            assertThat(settings.materials().maxPendingFiles()).isEqualTo(30);
            assertThat(settings.materials().uploadsPerMinute()).isEqualTo(10);
            assertThat(settings.materials().orphanRetention()).isEqualTo(Duration.ofDays(7));
            assertThat(settings.materials().orphanSweepCron()).isEqualTo("0 20 * * * *");
            assertThat(settings.servicePoints().consumeRegistry()).isTrue();
        });
    }

    @Test
    void theScheduledJobsReadTheirTimingFromTheSettingsBean() {
        context.withPropertyValues(
                        "onewindow.approval.art32.sweep-cron=0 0 * * * *",
                        "onewindow.approval.calendar.adopt-interval=30s",
                        "onewindow.approval.agency.consume-register=false",
                        "onewindow.approval.service-points.consume-registry=false",
                        "onewindow.approval.materials.orphan-sweep-cron=0 5 3 * * *")
                .run(c -> {
                    ConfigurableBeanFactory beans = c.getBeanFactory();
                    BeanExpressionContext scope = new BeanExpressionContext(beans, null);
                    assertThat(beans.getBeanExpressionResolver().evaluate(ApprovalSettings.ART32_SWEEP_CRON, scope))
                            .isEqualTo("0 0 * * * *");
                    assertThat(beans.getBeanExpressionResolver().evaluate(ApprovalSettings.ADOPT_INTERVAL, scope))
                            .isEqualTo("PT30S");
                    assertThat(beans.getBeanExpressionResolver()
                                    .evaluate(ApprovalSettings.CONSUME_AGENCY_REGISTER, scope))
                            .isEqualTo(false);
                    assertThat(beans.getBeanExpressionResolver()
                                    .evaluate(ApprovalSettings.CONSUME_SERVICE_POINTS, scope))
                            .isEqualTo(false);
                    assertThat(beans.getBeanExpressionResolver().evaluate(ApprovalSettings.ORPHAN_SWEEP_CRON, scope))
                            .isEqualTo("0 5 3 * * *");
                });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ApprovalSettings.class)
    static class Bound {}
}
