package io.onewindow.elicense;

import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.outbox.OutboxSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** E-license service: signed electronic licenses, verification, holder consent and use log. */
@SpringBootApplication
@EnableConfigurationProperties(LicenseSettings.class)
public class ELicenseServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ELicenseServiceApplication.class, args);
    }

    /** Licenses carry their lifecycle events in their own outbox. */
    @Bean
    OutboxSource licensesOutbox() {
        return OutboxSource.of("licenses", Topics.LICENSE);
    }

    /** Each logged use carries its LicenseUsed event. */
    @Bean
    OutboxSource licenseUsesOutbox() {
        return OutboxSource.of("license_uses", Topics.LICENSE);
    }
}
