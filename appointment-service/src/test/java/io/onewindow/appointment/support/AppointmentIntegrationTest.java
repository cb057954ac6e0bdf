package io.onewindow.appointment.support;

import io.onewindow.platform.test.OneWindowIntegrationTest;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The service against the shared MongoDB-protocol server and Kafka broker, with the clock the
 * test moves, no demo data and no scheduled jobs (tests drive the sweep). One Spring context for
 * every class that uses it: stories keep apart by their own halls and people, not databases. It
 * does not consume approval-service's topic: an official calendar year published by one test
 * ({@code OfficialCalendarIT}, a context of its own) must not change the calendar of the others.
 * It does consume the catalog's {@code MatterVersionPublished} (the only context that does: one
 * consumer group per service), which the offering stories publish.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@OneWindowIntegrationTest
@AutoConfigureMockMvc
@Import(AppointmentClockConfiguration.class)
@TestPropertySource(
        properties = {
            "spring.mongodb.database=appointment_it",
            "onewindow.demo-data.enabled=false",
            "onewindow.scheduling.enabled=false",
            "onewindow.appointment.consume-approvals=false",
            // The catalog's published matters are consumed here (CatalogIT, OfferingsIT) and nowhere else.
            "onewindow.appointment.consume-catalog=true",
            // And the cases hall visits became (VisitBecomesCaseIT).
            "onewindow.appointment.consume-visit-cases=true",
            // Long enough that a story with two instances (StaleServicePointIT) keeps its stale copy
            // however slow the machine; a point this instance writes is read again at once anyway.
            "onewindow.appointment.service-point-max-age=PT10M"
        })
public @interface AppointmentIntegrationTest {}
