package io.onewindow.platform.web;

import io.onewindow.platform.service.ServiceAutoConfiguration;
import io.onewindow.platform.service.ServiceProperties;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * The servlet web conventions of every service: RFC 9457 problems for every error, strict
 * JSON (unknown fields and coerced scalars are refused), body size and operator guards, and one
 * time convention ({@link ApiTime}) for bodies and query parameters.
 */
@AutoConfiguration(
        after = ServiceAutoConfiguration.class,
        beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(JsonMapper.class)
@EnableConfigurationProperties(WebProperties.class)
public class WebAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Problems problems() {
        return new Problems();
    }

    /**
     * Chinese by default, English on request: the language of problem texts and of Bean
     * Validation's field messages (named as Spring MVC looks it up).
     */
    @Bean(name = "localeResolver")
    @ConditionalOnMissingBean(name = "localeResolver")
    CallerLocaleResolver localeResolver() {
        return new CallerLocaleResolver();
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemWriter problemWriter(Problems problems, JsonMapper json) {
        return new ProblemWriter(problems, json);
    }

    @Bean
    ProblemAdvice problemAdvice(Problems problems) {
        return new ProblemAdvice(problems);
    }

    /** Store races answer 409, where Spring's data access exceptions are present. */
    @Bean
    @ConditionalOnClass(name = "org.springframework.dao.DuplicateKeyException")
    DataAccessProblemAdvice dataAccessProblemAdvice(Problems problems) {
        return new DataAccessProblemAdvice(problems);
    }

    /** A broken multipart body is a 400, not a 500. */
    @Bean
    MultipartProblemAdvice multipartProblemAdvice(Problems problems) {
        return new MultipartProblemAdvice(problems);
    }

    /** Before security, so a smuggled operator or a huge body is refused before any work. */
    @Bean
    FilterRegistrationBean<RequestGuardFilter> requestGuardFilter(ProblemWriter writer, WebProperties properties) {
        FilterRegistrationBean<RequestGuardFilter> registration = new FilterRegistrationBean<>(
                new RequestGuardFilter(writer, properties.maxBodySize().toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** {@code GET <api-prefix>/me}, where Spring Security is present. */
    @Bean
    @ConditionalOnClass(name = "org.springframework.security.core.annotation.AuthenticationPrincipal")
    CallerController callerController(ServiceProperties service) {
        return new CallerController(service);
    }

    @Bean
    ServiceInfoController serviceInfoController(ServiceProperties service) {
        return new ServiceInfoController(service);
    }

    /**
     * A typo'd field, a number sent as a string, a string sent as a number or {@code 2.5} sent
     * for a whole number is a client error, not something to guess about.
     */
    @Bean
    JsonMapperBuilderCustomizer strictJson() {
        return builder -> builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(
                        LogicalType.Textual,
                        config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }

    /** Instants at the offset of {@code onewindow.service.time-zone}, read with any offset. */
    @Bean
    @ConditionalOnMissingBean
    ApiTime apiTime(ServiceProperties service) {
        return new ApiTime(service.timeZone());
    }

    /** Every instant of a JSON body, both ways, follows {@link ApiTime}. */
    @Bean
    JsonMapperBuilderCustomizer apiTimeJson(ApiTime time) {
        return builder -> builder.addModule(ApiTimeJackson.module(time));
    }

    /**
     * Query and path parameters of type {@link Instant}, {@link OffsetDateTime} or
     * {@link ZonedDateTime} are read as bodies are; one that cannot be read is a 400 naming it.
     */
    @Bean
    WebMvcConfigurer apiTimeParameters(ApiTime time) {
        return new WebMvcConfigurer() {
            @Override
            public void addFormatters(FormatterRegistry registry) {
                registry.addFormatterForFieldType(Instant.class, formatter(time, OffsetDateTime::toInstant));
                registry.addFormatterForFieldType(OffsetDateTime.class, formatter(time, value -> value));
                registry.addFormatterForFieldType(
                        ZonedDateTime.class, formatter(time, OffsetDateTime::toZonedDateTime));
            }
        };
    }

    private static <T extends java.time.temporal.Temporal> Formatter<T> formatter(
            ApiTime time, Function<OffsetDateTime, T> convert) {
        return new Formatter<>() {
            @Override
            public T parse(String text, Locale locale) {
                return convert.apply(time.parse(text));
            }

            @Override
            public String print(T value, Locale locale) {
                return time.format(Instant.from(value));
            }
        };
    }

    /** Only where the embedded server is Tomcat. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.apache.catalina.valves.ErrorReportValve")
    static class TomcatProblemPages {

        /**
         * Tomcat's error page (for what it refuses before Spring, such as {@code %2F} in a path) as a
         * problem: every error valve of the host is replaced by {@link ProblemErrorReportValve} when
         * the context starts, after Tomcat and Boot have added theirs.
         */
        @Bean
        TomcatContextCustomizer problemErrorPages() {
            return context -> context.addLifecycleListener(event -> {
                if (Lifecycle.BEFORE_START_EVENT.equals(event.getType()) && context.getParent() != null) {
                    Pipeline pipeline = context.getParent().getPipeline();
                    for (Valve valve : pipeline.getValves()) {
                        if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
                            pipeline.removeValve(valve);
                        }
                    }
                    if (Arrays.stream(pipeline.getValves()).noneMatch(ProblemErrorReportValve.class::isInstance)) {
                        pipeline.addValve(new ProblemErrorReportValve());
                    }
                }
            });
        }
    }
}
