package io.onewindow.elicense.config;

import io.onewindow.elicense.ELicenseServiceApplication;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.outbox.OutboxSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The beans of the e-license service that are not components: its settings and outbox sources. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LicenseSettings.class)
class ELicenseConfiguration {

    /** Licenses carry their lifecycle events in their own outbox. */
    @Bean
    OutboxSource licensesOutbox() {
        return OutboxSource.of(ELicenseServiceApplication.LICENSES, Topics.LICENSE);
    }

    /** Each logged use carries its LicenseUsed event. */
    @Bean
    OutboxSource licenseUsesOutbox() {
        return OutboxSource.of(ELicenseServiceApplication.LICENSE_USES, Topics.LICENSE);
    }

    /** Each refused duty read carries its LicenseReadRefused event. */
    @Bean
    OutboxSource licenseReadRefusalsOutbox() {
        return OutboxSource.of(ELicenseServiceApplication.LICENSE_READ_REFUSALS, Topics.LICENSE);
    }

    /** Each notice carries its NoticeIssued and NoticeDelivered events. */
    @Bean
    OutboxSource noticesOutbox() {
        return OutboxSource.of(ELicenseServiceApplication.NOTICES, Topics.LICENSE);
    }
}
