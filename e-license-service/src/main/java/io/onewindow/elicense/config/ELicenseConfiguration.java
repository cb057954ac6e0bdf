package io.onewindow.elicense.config;

import io.onewindow.elicense.ELicenseServiceApplication;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.outbox.OutboxSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/** The beans of the e-license service that are not components: its settings and outbox sources. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LicenseSettings.class)
class ELicenseConfiguration {

    /** The public verification's address (its controller: {@code verification/web/VerificationController}). */
    static final String PUBLIC_VERIFY = "/api/licenses/public/verify";

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

    /**
     * The public verification by POST runs outside Spring Security's filter chain. It is open to
     * anyone, reads no token (the platform's chain does not read one on public paths either) and
     * answers the same to everyone, so the chain only decided "anonymous, permitted" on every call,
     * a large share of the request's CPU (docs/bench.md, "Findings (2026-12-03 afternoon):
     * verification"). The headers the chain would have written are written by the controller. The
     * page and the other public paths keep the chain.
     */
    @Bean
    WebSecurityCustomizer publicVerificationOutsideTheSecurityChain() {
        return web -> web.ignoring()
                .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, PUBLIC_VERIFY));
    }
}
