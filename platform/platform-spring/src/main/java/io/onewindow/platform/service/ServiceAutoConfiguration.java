package io.onewindow.platform.service;

import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The service's identity and the one {@link Clock} every use case takes its time from. */
@AutoConfiguration
@EnableConfigurationProperties(ServiceProperties.class)
public class ServiceAutoConfiguration {

    /** Tests replace it with a fixed or steppable clock; code never calls {@code now()} without it. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(ServiceProperties properties) {
        return Clock.system(properties.timeZone());
    }
}
