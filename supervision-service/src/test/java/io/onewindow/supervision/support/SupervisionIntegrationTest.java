package io.onewindow.supervision.support;

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
 * The whole service against the shared MongoDB-protocol server and Kafka broker, on a clock the
 * test moves (starting Monday 2026-03-02 09:00 in Guangzhou), with the scheduled sweep off so tests
 * drive it. One context for every IT of this module: two contexts would split the consumer groups.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@OneWindowIntegrationTest
// The real Keycloak of this JVM checks the tokens of partner clients (the discipline commission's).
@ContextConfiguration(initializers = {SharedInfrastructure.class, KeycloakInitializer.class})
@AutoConfigureMockMvc
@TestPropertySource(
        properties = {
            "onewindow.scheduling.enabled=false",
            "spring.mongodb.database=supervision-it",
            "onewindow.messaging.consumer.backoff=50ms",
            "onewindow.supervision.sampling.reviewers="
                    + "approver1@market-regulation,approver3@tax,inspector1@discipline-inspection"
        })
@Import(SupervisionIntegrationTest.TestClock.class)
public @interface SupervisionIntegrationTest {

    Instant START = Instant.parse("2026-03-02T01:00:00Z");

    @TestConfiguration(proxyBeanMethods = false)
    class TestClock {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(START);
        }
    }
}
