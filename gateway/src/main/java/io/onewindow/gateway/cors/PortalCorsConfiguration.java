package io.onewindow.gateway.cors;

import io.onewindow.gateway.routing.WebPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * CORS for the portal origins, answered by the security filter chain ({@code cors()}) before
 * any token check, so a browser's preflight needs no token. An origin not listed gets a 403
 * and no {@code Access-Control-Allow-*} headers. The web paths ({@link WebPaths}: the console's
 * pages, the boards, the verification page) are pages of this origin, not an API for other
 * origins: they get no CORS processing, so a form posted from a console page — whose browser sends
 * {@code Origin: null} under the gateway's {@code Referrer-Policy: no-referrer} — reaches the
 * console, which checks the form's CSRF token itself.
 */
@Configuration(proxyBeanMethods = false)
class PortalCorsConfiguration {

    @Bean
    CorsConfigurationSource corsConfigurationSource(CorsProperties properties) {
        var cors = new org.springframework.web.cors.CorsConfiguration();
        cors.setAllowedOrigins(properties.allowedOrigins());
        cors.setAllowedMethods(properties.allowedMethods());
        cors.addAllowedHeader(org.springframework.web.cors.CorsConfiguration.ALL);
        cors.setExposedHeaders(properties.exposedHeaders());
        cors.setAllowCredentials(true);
        cors.setMaxAge(properties.maxAge());
        var source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return exchange -> WebPaths.isWebPath(exchange.getRequest()) ? null : source.getCorsConfiguration(exchange);
    }
}
