package io.onewindow.platform.calendar.spring;

import com.mongodb.client.MongoClient;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.onewindow.platform.calendar.CoverageSource;
import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.platform.service.ServiceProperties;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The official working-day calendar every service counts on: the years shipped with the platform
 * (2025–2026), plus the years a district adds as files in {@code onewindow.calendar.directory}
 * when the State Council publishes them, picked up without a restart. Its coverage is a health
 * contributor ({@code calendar}) and a gauge ({@code onewindow.calendar.coverage.days}).
 */
@AutoConfiguration(after = MongoAutoConfiguration.class)
@EnableConfigurationProperties({CalendarProperties.class, ServiceProperties.class})
public class CalendarAutoConfiguration {

    /**
     * The shipped years with their provisional successors, growing from the official years the
     * service has recorded (published through approval-service's admin API) and from the
     * directory when one is configured; a service may declare its own.
     */
    @Bean
    @ConditionalOnMissingBean
    WorkingCalendar workingCalendar(
            CalendarProperties properties,
            ObjectProvider<CalendarDirectory> directory,
            ObjectProvider<StoredCalendarYears> stored) {
        WorkingCalendar shipped = WorkingCalendar.officialChina(properties.provisionalYearsAhead());
        List<CoverageSource> sources = new ArrayList<>();
        stored.ifAvailable(sources::add);
        directory.ifAvailable(sources::add);
        LoggerFactory.getLogger(CalendarAutoConfiguration.class)
                .info(
                        "Working-day calendar: official {}, provisional {} (from the holiday law), growing from {}",
                        shipped.officialYears(),
                        shipped.provisionalYears(),
                        sources.isEmpty()
                                ? "nothing"
                                : sources.stream()
                                        .map(s -> s.getClass().getSimpleName())
                                        .toList());
        return sources.isEmpty() ? shipped : WorkingCalendar.growing(shipped, new CompositeCoverageSource(sources));
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "onewindow.calendar", name = "directory")
    CalendarDirectory calendarDirectory(CalendarProperties properties) {
        return new CalendarDirectory(
                properties.directory(),
                WorkingCalendar.officialChina(properties.provisionalYearsAhead()),
                properties.rescanInterval(),
                Clock.systemUTC());
    }

    /** Official years a service records in its own database, and how it takes a new one. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MongoClient.class)
    static class StoredYearsConfiguration {

        @Bean
        @ConditionalOnBean(MongoClient.class)
        @ConditionalOnMissingBean
        CalendarYearStore calendarYearStore(
                MongoClient client, @Value("${spring.mongodb.database:onewindow}") String database) {
            return new CalendarYearStore(client.getDatabase(database));
        }

        @Bean
        @ConditionalOnBean(CalendarYearStore.class)
        @ConditionalOnMissingBean
        StoredCalendarYears storedCalendarYears(CalendarYearStore store, CalendarProperties properties) {
            return new StoredCalendarYears(store, properties.rescanInterval(), Clock.systemUTC());
        }

        /** Finishes, once the service is ready, a recomputation a crash left waiting. */
        @Bean
        @ConditionalOnBean(OfficialYearAdoption.class)
        org.springframework.context.ApplicationListener<org.springframework.boot.context.event.ApplicationReadyEvent>
                officialYearsAtStart(OfficialYearAdoption adoption) {
            return ready -> {
                try {
                    adoption.recomputeWaiting();
                } catch (RuntimeException e) {
                    LoggerFactory.getLogger(OfficialYearAdoption.class)
                            .error("Recomputing deadlines on official years at start failed; retried later", e);
                }
            };
        }

        @Bean
        @ConditionalOnBean(StoredCalendarYears.class)
        @ConditionalOnMissingBean
        OfficialYearAdoption officialYearAdoption(
                CalendarYearStore store,
                StoredCalendarYears source,
                WorkingCalendar calendar,
                ObjectProvider<DeadlineRecomputer> recomputers,
                Clock clock) {
            return new OfficialYearAdoption(
                    store, source, calendar, recomputers.orderedStream().toList(), clock);
        }
    }

    @Bean
    CalendarCoverage calendarCoverage(
            WorkingCalendar calendar, Clock clock, ServiceProperties service, CalendarProperties properties) {
        return new CalendarCoverage(calendar, clock, service.timeZone(), properties.warnDays());
    }

    @Bean(destroyMethod = "close")
    CalendarWatch calendarWatch(
            CalendarCoverage coverage, CalendarProperties properties, ObjectProvider<OfficialYearAdoption> adoption) {
        return new CalendarWatch(coverage, properties.rescanInterval(), adoption.getIfAvailable());
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
