package io.onewindow.platform.service;

import io.onewindow.platform.calendar.WorkingCalendar;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/** The service's identity, the one {@link Clock} every use case takes its time from, and the calendar. */
@AutoConfiguration
@EnableConfigurationProperties(ServiceProperties.class)
public class ServiceAutoConfiguration {

    /**
     * The official working-day calendar (2025–2026 shipped as data) that statutory limits,
     * slot release and deadline cards count on; a service may declare its own.
     */
    @Bean
    @ConditionalOnMissingBean
    WorkingCalendar workingCalendar() {
        return WorkingCalendar.officialChina();
    }

    /**
     * Tests replace it with a fixed or steppable clock; code never calls {@code now()} without it.
     * With {@code onewindow.clock.offset-file} set (system tests only) it runs shifted by the
     * duration written in that file; see {@link OffsetFileClock}.
     */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(ServiceProperties properties, Environment environment) {
        Clock system = Clock.system(properties.timeZone());
        String offsetFile = environment.getProperty("onewindow.clock.offset-file", "");
        return offsetFile.isBlank() ? system : new OffsetFileClock(system, Path.of(offsetFile));
    }
}
