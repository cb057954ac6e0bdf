package io.onewindow.platform.calendar.spring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.platform.service.ServiceProperties;
import java.time.Clock;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The official working-day calendar every service counts on: the years shipped with the platform
 * (2025–2026), plus the years a district adds as files in {@code onewindow.calendar.directory}
 * when the State Council publishes them, picked up without a restart. Its coverage is a health
 * contributor ({@code calendar}) and a gauge ({@code onewindow.calendar.coverage.days}).
 */
@AutoConfiguration
@EnableConfigurationProperties({CalendarProperties.class, ServiceProperties.class})
public class CalendarAutoConfiguration {

    /** The shipped years, growing from the directory when one is configured; a service may declare its own. */
    @Bean
    @ConditionalOnMissingBean
    WorkingCalendar workingCalendar(ObjectProvider<CalendarDirectory> directory) {
        CalendarDirectory source = directory.getIfAvailable();
        if (source == null) {
            LoggerFactory.getLogger(CalendarAutoConfiguration.class)
                    .info(
                            "No onewindow.calendar.directory: the working-day calendar holds the shipped years {}",
                            WorkingCalendar.officialChina().coveredYears());
            return WorkingCalendar.officialChina();
        }
        return WorkingCalendar.growing(WorkingCalendar.officialChina(), source);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "onewindow.calendar", name = "directory")
    CalendarDirectory calendarDirectory(CalendarProperties properties) {
        return new CalendarDirectory(
                properties.directory(),
                WorkingCalendar.officialChina(),
                properties.rescanInterval(),
                Clock.systemUTC());
    }

    @Bean
    CalendarCoverage calendarCoverage(
            WorkingCalendar calendar, Clock clock, ServiceProperties service, CalendarProperties properties) {
        return new CalendarCoverage(calendar, clock, service.timeZone(), properties.warnDays());
    }

    @Bean(destroyMethod = "close")
    CalendarWatch calendarWatch(CalendarCoverage coverage, CalendarProperties properties) {
        return new CalendarWatch(coverage, properties.rescanInterval());
    }

    /** The {@code calendar} health contributor. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HealthIndicator.class)
    static class CalendarHealthConfiguration {

        @Bean
        @ConditionalOnMissingBean(name = "calendarHealthIndicator")
        CalendarHealthIndicator calendarHealthIndicator(
                CalendarCoverage coverage, ObjectProvider<CalendarDirectory> directory) {
            return new CalendarHealthIndicator(coverage, directory.getIfAvailable());
        }
    }

    /** The gauge {@code onewindow.calendar.coverage.days}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterBinder.class)
    static class CalendarMetricsConfiguration {

        @Bean
        MeterBinder calendarCoverageGauge(CalendarCoverage coverage) {
            return registry -> Gauge.builder("onewindow.calendar.coverage.days", coverage, CalendarCoverage::daysLeft)
                    .description("Days after today that the working-day calendar covers; add next year's"
                            + " arrangement before it runs out")
                    .baseUnit("days")
                    .register(registry);
        }
    }
}
