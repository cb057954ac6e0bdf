package io.onewindow.platform.service;

import java.nio.file.Path;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The service's identity and the one {@link Clock} every use case takes its time from; the
 * working-day calendar comes from {@code CalendarAutoConfiguration}.
 */
@AutoConfiguration
@EnableConfigurationProperties(ServiceProperties.class)
public class ServiceAutoConfiguration {

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
