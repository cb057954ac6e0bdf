package io.onewindow.platform.service;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Settings every OneWindow service shares, added with the lowest precedence so that a
 * service's application.yml or an environment variable still overrides each of them.
 */
public class PlatformDefaults implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE_NAME = "onewindowPlatformDefaults";

    private static final Map<String, Object> DEFAULTS = Map.ofEntries(
            Map.entry("management.endpoints.web.exposure.include", "health,info,prometheus"),
            Map.entry("management.endpoint.health.probes.enabled", "true"),
            Map.entry("management.endpoint.health.show-details", "when-authorized"),
            Map.entry("management.endpoint.health.roles", "platform-admin"),
            Map.entry("server.shutdown", "graceful"),
            Map.entry("server.error.include-stacktrace", "never"),
            Map.entry("server.error.include-message", "never"),
            Map.entry("spring.mvc.problemdetails.enabled", "false"),
            Map.entry("spring.servlet.multipart.max-file-size", "20MB"),
            Map.entry("spring.servlet.multipart.max-request-size", "25MB"),
            Map.entry("springdoc.swagger-ui.path", "/swagger-ui.html"),
            // integrators use the gateway's Swagger UI; a service's own one is off in production
            Map.entry("springdoc.swagger-ui.enabled", "${SWAGGER_UI_ENABLED:true}"),
            Map.entry("springdoc.swagger-ui.oauth.client-id", "onewindow-portal"),
            Map.entry("springdoc.swagger-ui.oauth.use-pkce-with-authorization-code-grant", "true"),
            Map.entry("spring.kafka.producer.acks", "all"),
            Map.entry("spring.kafka.producer.properties.enable.idempotence", "true"),
            Map.entry("spring.kafka.consumer.enable-auto-commit", "false"),
            Map.entry("spring.kafka.consumer.auto-offset-reset", "earliest"),
            // Trace context rides on Kafka headers too; every request is traced for
            // correlation (no exporter is configured by default, so this costs little).
            Map.entry("spring.kafka.template.observation-enabled", "true"),
            Map.entry("spring.kafka.listener.observation-enabled", "true"),
            Map.entry("management.tracing.sampling.probability", "1.0"),
            // Spring Security's own observations are a span and timers per filter of the chain on
            // every request, about a fifth of a light request's CPU (docs/bench.md, "Findings
            // (2026-12-03 afternoon): verification"); the request's own observation
            // (http.server.requests: timer, trace span, trace id in log lines) stays.
            Map.entry("management.observations.enable.spring.security", "false"),
            Map.entry("logging.pattern.correlation", "[%X{traceId:-},%X{spanId:-}] "));

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, DEFAULTS));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
