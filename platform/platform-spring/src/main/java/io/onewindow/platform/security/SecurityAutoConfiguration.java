package io.onewindow.platform.security;

import io.onewindow.platform.service.ServiceAutoConfiguration;
import io.onewindow.platform.service.ServiceProperties;
import io.onewindow.platform.web.ProblemWriter;
import io.onewindow.platform.web.WebAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every service is an OAuth2 resource server for the Keycloak realm: it validates the JWT
 * itself (the gateway is only the first fence), reads roles from {@code realm_access.roles},
 * exposes the caller as {@link Caller}, and answers 401/403 as problems. Only
 * {@code <api-prefix>/public/**}, health, info, metrics and the API docs are open.
 */
@AutoConfiguration(
        after = {ServiceAutoConfiguration.class, WebAutoConfiguration.class},
        before = {ServletWebSecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({JwtAuthenticationProvider.class, HttpSecurity.class})
@EnableWebSecurity
@EnableMethodSecurity
public class SecurityAutoConfiguration {

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
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                service.apiPrefix() + "/public/**",
                                "/actuator/health",
                                "/actuator/health/**",
                                "/actuator/info",
                                "/actuator/prometheus",
                                "/v3/api-docs",
                                "/v3/api-docs/**",
                                "/swagger-ui.html",
                                "/swagger-ui/**",
                                "/error")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint((request, response, failure) -> problems.write(
                                request,
                                response,
                                HttpStatus.UNAUTHORIZED,
                                "unauthorized",
                                "a valid bearer token is required"))
                        .accessDeniedHandler((request, response, denied) -> problems.write(
                                request,
                                response,
                                HttpStatus.FORBIDDEN,
                                "forbidden",
                                "this action needs another role")))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, failure) -> problems.write(
                                request,
                                response,
                                HttpStatus.UNAUTHORIZED,
                                "unauthorized",
                                "a valid bearer token is required"))
                        .accessDeniedHandler((request, response, denied) -> problems.write(
                                request,
                                response,
                                HttpStatus.FORBIDDEN,
                                "forbidden",
                                "this action needs another role")));
        return http.build();
    }
}
