package io.onewindow.console.config;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;

/**
 * Who may open what. The staff pages ({@code /console/**}) need a login through Keycloak
 * (authorization code with PKCE, S256, by the confidential client {@code onewindow-console}); the
 * user's tokens stay in the server-side session and are refreshed there, never handed to the
 * browser. The queue board ({@code /board/**}), the console's assets and the health probes are
 * open. Forms carry a CSRF token (htmx sends it as a header, see the layout). Which desk a user sees
 * follows their realm roles ({@link KeycloakUserService}); the services still decide every call.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    /** Where the login starts: {@code /console/oauth2/authorization/keycloak}. */
    static final String AUTHORIZATION_BASE = "/console/oauth2/authorization";

    static final String LOGIN = AUTHORIZATION_BASE + "/keycloak";

    /** Scripts, styles and images from the console only; no framing; no plug-ins. */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; img-src 'self' data:; object-src 'none'; " + "base-uri 'none'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain console(HttpSecurity http, ClientRegistrationRepository registrations, ConsoleSettings settings)
            throws Exception {
        var authorizationRequests = new DefaultOAuth2AuthorizationRequestResolver(registrations, AUTHORIZATION_BASE);
        authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        var logoutAtKeycloak = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        logoutAtKeycloak.setPostLogoutRedirectUri(settings.login().postLogoutRedirectUri());
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/board/**",
                                "/console/assets/**",
                                "/console/webjars/**",
                                "/actuator/health",
                                "/actuator/health/**",
                                "/actuator/info",
                                "/actuator/prometheus",
                                "/error")
                        .permitAll()
                        .requestMatchers("/console", "/console/**")
                        .authenticated()
                        .anyRequest()
                        .denyAll())
                .oauth2Login(login -> login.loginPage(LOGIN)
                        .authorizationEndpoint(endpoint -> endpoint.baseUri(AUTHORIZATION_BASE)
                                .authorizationRequestResolver(authorizationRequests))
                        .redirectionEndpoint(endpoint -> endpoint.baseUri("/console/login/oauth2/code/*"))
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new KeycloakUserService()))
                        .defaultSuccessUrl("/console/", false))
                .logout(logout -> logout.logoutUrl("/console/logout").logoutSuccessHandler(logoutAtKeycloak))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(login()))
                .headers(
                        headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
    }

    /**
     * A page without a login starts the Keycloak login. A partial update (htmx) whose session has
     * ended must not put the login page into a fragment: it is answered 401 with {@code HX-Redirect},
     * and htmx loads the login as a whole page.
     */
    private static AuthenticationEntryPoint login() {
        var page = new LoginUrlAuthenticationEntryPoint(LOGIN);
        var htmx = new RequestHeaderRequestMatcher("HX-Request", "true");
        return (request, response, e) -> {
            if (htmx.matches(request)) {
                response.setHeader("HX-Redirect", request.getContextPath() + LOGIN);
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                page.commence(request, response, e);
            }
        };
    }

    /** The signed-in user's access token for calls to the gateway, refreshed with the refresh token when it expires. */
    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(
            ClientRegistrationRepository registrations, OAuth2AuthorizedClientRepository authorizedClients) {
        var manager = new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken()
                .build());
        return manager;
    }
}
