package io.onewindow.appointment.support;

import io.onewindow.platform.test.KeycloakInitializer;
import io.onewindow.platform.test.SharedInfrastructure;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The service with real Keycloak tokens ({@link Tokens}): agents, principals, officers, inspectors
 * and administrators as the realm issues them, against the shared MongoDB-protocol server and Kafka
 * broker, on a database of its own (agent1, the realm's one agent, is enrolled once per database).
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {SharedInfrastructure.class, KeycloakInitializer.class})
@AutoConfigureMockMvc
@Import(AppointmentClockConfiguration.class)
@TestPropertySource(
        properties = {
            "spring.mongodb.database=appointment_agency_it",
            "onewindow.demo-data.enabled=false",
            "onewindow.scheduling.enabled=false",
            "onewindow.appointment.consume-approvals=false",
            // The catalog listener runs in the shared context only (its consumer group is one per service).
            "onewindow.appointment.consume-catalog=false",
            "onewindow.appointment.consume-visit-cases=false"
        })
public @interface AgencyIntegrationTest {}
