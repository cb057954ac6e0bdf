package io.onewindow.elicense.support;

import io.onewindow.platform.test.KeycloakInitializer;
import io.onewindow.platform.test.MutableClock;
import io.onewindow.platform.test.OneWindowIntegrationTest;
import io.onewindow.platform.test.SharedInfrastructure;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole service against the shared MongoDB-protocol server and Kafka broker, with MockMvc,
 * the platform's {@link MutableClock} (ticking from now unless a test sets it; the service zones
 * it itself, so its own zone, Shanghai, matters to no test) and scheduled jobs off (tests
 * call the jobs' use cases). Issuance and duty reads ask approval-service, here a real HTTP
 * server ({@link FakeApprovalService}) that accepts only real tokens of the shared test Keycloak,
 * which the service gets with its own client credentials. Every IT uses this one configuration, so
 * they share one context.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@OneWindowIntegrationTest
@ContextConfiguration(
        initializers = {SharedInfrastructure.class, KeycloakInitializer.class, FakeApprovalService.Initializer.class})
@AutoConfigureMockMvc
@Import(ServiceIT.Clock.class)
@TestPropertySource(properties = "onewindow.scheduling.enabled=false")
public @interface ServiceIT {

    @TestConfiguration(proxyBeanMethods = false)
    class Clock {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return MutableClock.ticking(Instant.now());
        }
    }
}
