package io.onewindow.platform.security;

import io.onewindow.platform.identity.RealNameRule;
import io.onewindow.platform.service.ServiceAutoConfiguration;
import io.onewindow.platform.service.ServiceProperties;
import io.onewindow.platform.web.ProblemWriter;
import io.onewindow.platform.web.WebAutoConfiguration;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Every service is an OAuth2 resource server for the Keycloak realm: it validates the JWT
 * itself (the gateway is only the first fence), reads roles from {@code realm_access.roles},
 * exposes the caller as {@link Caller}, and answers 401/403 as problems. Only
 * {@code <api-prefix>/public/**}, health, info, metrics and the API docs are open (a token sent there is
 * not read, so an expired one does not turn a public answer into a 401). A token is
 * accepted only as an access token of one of the platform's clients meant for the OneWindow API
 * ({@link TokenChecks}, settings {@code onewindow.security.*}); the 401 says which check refused it.
 * The service's {@code JwtDecoder}, Spring Boot's or its own, remembers the tokens it accepted until
 * their expiry ({@link ValidatedTokenCache}, {@code onewindow.security.token-cache.*}).
 */
@AutoConfiguration(
        after = {ServiceAutoConfiguration.class, WebAutoConfiguration.class},
        before = {ServletWebSecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({JwtAuthenticationProvider.class, HttpSecurity.class})
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties({TokenProperties.class, RealNameProperties.class, TokenCacheProperties.class})
public class SecurityAutoConfiguration {

    /** The detail of a 401 whose reason is not told (no token, bad signature, expired). */
    static final String TOKEN_REQUIRED = "a valid bearer token is required";

    /**
     * Access token, audience and client checks; Spring Boot adds every such bean to the
     * {@code JwtDecoder} it builds from {@code spring.security.oauth2.resourceserver.jwt.*}. A
     * service that declares its own decoder must apply {@link TokenChecks#validator} itself.
     */
    @Bean
    @ConditionalOnMissingBean(name = "platformTokenChecks")
    OAuth2TokenValidator<Jwt> platformTokenChecks(TokenProperties tokens) {
        return TokenChecks.validator(tokens);
    }

    /**
     * Puts the {@link ValidatedTokenCache} in front of the service's {@code JwtDecoder} (the one
     * Spring Boot builds from the issuer, or the service's own), unless {@code
     * onewindow.security.token-cache.enabled} is {@code false}.
     */
    @Bean
    static BeanPostProcessor platformValidatedTokenCache(ObjectProvider<TokenCacheProperties> settings) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof JwtDecoder decoder && !(bean instanceof ValidatedTokenCache)) {
                    TokenCacheProperties cache = settings.getObject();
                    if (cache.enabled()) {
                        return new ValidatedTokenCache(decoder, cache.maximumSize());
                    }
                }
                return bean;
            }
        };
    }

    /** The real-name levels the actions need ({@code onewindow.real-name.required.*}). */
    @Bean
    @ConditionalOnMissingBean
    RealNameCheck realNameCheck(RealNameProperties properties) {
        return new RealNameCheck(new RealNameRule(properties.required()));
    }

    @Bean
    @ConditionalOnMissingBean
    KeycloakJwtConverter keycloakJwtConverter() {
        return new KeycloakJwtConverter();
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain serviceSecurity(
            HttpSecurity http, ServiceProperties service, KeycloakJwtConverter converter, ProblemWriter problems)
            throws Exception {
        String[] open = {
            service.apiPrefix() + "/public/**",
            "/actuator/health",
            "/actuator/health/**",
            "/actuator/info",
            "/actuator/prometheus",
            "/v3/api-docs",
            "/v3/api-docs/**",
            "/swagger-ui.html",
            "/swagger-ui/**",
            "/error"
        };
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests ->
                        requests.requestMatchers(open).permitAll().anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenResolver(tokenOutside(open))
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint(unauthorized(problems))
                        .accessDeniedHandler((request, response, denied) -> problems.write(
                                request,
                                response,
                                HttpStatus.FORBIDDEN,
                                "forbidden",
                                "this action needs another role")))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthorized(problems))
                        .accessDeniedHandler((request, response, denied) -> problems.write(
                                request,
                                response,
                                HttpStatus.FORBIDDEN,
                                "forbidden",
                                "this action needs another role")));
        return http.build();
    }

    /**
     * Reads the bearer token everywhere except on the open paths: a public answer is the same for
     * everyone, so a portal page that still sends an expired or otherwise refused token gets it
     * instead of a 401.
     */
    static BearerTokenResolver tokenOutside(String... openPatterns) {
        DefaultBearerTokenResolver tokens = new DefaultBearerTokenResolver();
        List<RequestMatcher> open = java.util.Arrays.stream(openPatterns)
                .map(pattern -> (RequestMatcher)
                        PathPatternRequestMatcher.withDefaults().matcher(pattern))
                .toList();
        return request -> open.stream().anyMatch(m -> m.matches(request)) ? null : tokens.resolve(request);
    }

    /** 401 as a problem; a token refused by one of {@link TokenChecks} is told which. */
    static AuthenticationEntryPoint unauthorized(ProblemWriter problems) {
        return (request, response, failure) -> {
            String refusal = TokenChecks.refusal(failure).orElse(TOKEN_REQUIRED);
            problems.writeVariant(
                    request,
                    response,
                    HttpStatus.UNAUTHORIZED,
                    "unauthorized",
                    "unauthorized." + TokenChecks.refusalCode(refusal),
                    refusal);
        };
    }
}
