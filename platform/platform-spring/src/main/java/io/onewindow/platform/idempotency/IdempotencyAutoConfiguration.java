package io.onewindow.platform.idempotency;

import io.onewindow.platform.security.SecurityAutoConfiguration;
import io.onewindow.platform.service.ServiceAutoConfiguration;
import io.onewindow.platform.service.ServiceProperties;
import io.onewindow.platform.web.ProblemWriter;
import io.onewindow.platform.web.WebAutoConfiguration;
import io.swagger.v3.oas.models.OpenAPI;
import java.time.Clock;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * {@code Idempotency-Key} on every POST of an authenticated caller ({@link IdempotencyFilter}),
 * records kept in the service's MongoDB, and the header documented on those operations.
 */
@AutoConfiguration(
        after = {
            ServiceAutoConfiguration.class,
            WebAutoConfiguration.class,
            SecurityAutoConfiguration.class,
            DataMongoAutoConfiguration.class
        })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({MongoTemplate.class, SecurityContextHolder.class})
@ConditionalOnBean({MongoTemplate.class, ProblemWriter.class})
@ConditionalOnProperty(prefix = "onewindow.idempotency", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(IdempotencyProperties.class)
public class IdempotencyAutoConfiguration {

    /**
     * Spring Security's filter chain is registered at order -100; this runs right after it, so the
     * caller is known and a refused token never claims a key.
     */
    static final int ORDER = -100 + 10;

    @Bean
    IdempotencyRecords idempotencyRecords(MongoTemplate mongo, Clock clock, IdempotencyProperties properties) {
        return new IdempotencyRecords(mongo, clock, properties);
    }

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(
            IdempotencyRecords records,
            ProblemWriter problems,
            ServiceProperties service,
            IdempotencyProperties properties) {
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
                new IdempotencyFilter(records, problems, service.name(), properties.excludedPaths()));
        registration.setOrder(ORDER);
        return registration;
    }

    /** Only where springdoc is present. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({OpenAPI.class, OpenApiCustomizer.class})
    static class ApiDocs {

        @Bean
        IdempotencyKeyApiDocs idempotencyKeyApiDocs(ServiceProperties service, IdempotencyProperties properties) {
            return new IdempotencyKeyApiDocs(service.apiPrefix(), properties.excludedPaths());
        }
    }
}
