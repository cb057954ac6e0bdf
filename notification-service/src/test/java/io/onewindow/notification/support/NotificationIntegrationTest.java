package io.onewindow.notification.support;

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
 * The whole service against the shared MongoDB-protocol server, Kafka broker and Keycloak (real
 * tokens of the demo users), on a clock the test moves (starting Monday 2026-03-02 09:00 in
 * Guangzhou), with the scheduled jobs off so tests drive them, and the outbound channels live against
 * {@link FakeChannelProviders}. One context for every IT of this
 * module: two contexts would split the consumer groups.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@OneWindowIntegrationTest
@ContextConfiguration(
        initializers = {SharedInfrastructure.class, KeycloakInitializer.class, FakeChannelProviders.Initializer.class})
@AutoConfigureMockMvc
@TestPropertySource(
        properties = {
            "onewindow.scheduling.enabled=false",
            "spring.mongodb.database=notification-it",
            "onewindow.messaging.consumer.backoff=50ms",
            "onewindow.notification.stream-poll-interval=200ms",
            "onewindow.notification.stream-heartbeat=500ms",
            "onewindow.notification.stream-max-per-person=3"
        })
@Import(NotificationIntegrationTest.TestClock.class)
public @interface NotificationIntegrationTest {

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
