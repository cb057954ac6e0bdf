package io.onewindow.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Public reads that are the same for everyone answer with {@code Cache-Control: public,
 * max-age=<setting>} and an {@code ETag} of their content, and a matching {@code If-None-Match}
 * with 304 and no body (Spring's {@link ShallowEtagHeaderFilter}, scoped to those paths). An
 * error answer on those paths is {@code no-store}. Every other path is left alone: personal
 * answers keep Spring Security's {@code no-cache, no-store}. Registered before security, so the
 * header is set before security would write its own.
 *
 * <p>A service registers one with its paths and the max-age settings of its own settings record:
 *
 * <pre>{@code
 * new PublicReadCaching().cache("/api/appointments/public/service-points", settings.publicServicePointsMaxAge());
 * }</pre>
 */
public final class PublicReadCaching extends ShallowEtagHeaderFilter {

    private final Map<PathPattern, CacheControl> rules = new LinkedHashMap<>();

    /** Adds a path pattern (e.g. {@code /api/x/public/things/**}) and how long its answers are fresh. */
    public PublicReadCaching cache(String pattern, Duration maxAge) {
        rules.put(
                PathPatternParser.defaultInstance.parse(pattern),
                CacheControl.maxAge(maxAge).cachePublic());
        return this;
    }

    /**
     * The filter registered after the platform's request guard and before Spring Security, which
     * would otherwise write its own {@code Cache-Control}.
     */
    public FilterRegistrationBean<PublicReadCaching> registered() {
        FilterRegistrationBean<PublicReadCaching> registration = new FilterRegistrationBean<>(this);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return cacheControlFor(request) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControlFor(request).getHeaderValue());
        super.doFilterInternal(request, response, chain);
    }

    @Override
    protected boolean isEligibleForEtag(
            HttpServletRequest request, HttpServletResponse response, int status, InputStream body) {
        if (status < 200 || status >= 300) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
            return false;
        }
        return super.isEligibleForEtag(request, response, status, body);
    }

    private CacheControl cacheControlFor(HttpServletRequest request) {
        if (!HttpMethod.GET.matches(request.getMethod())) {
            return null;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        PathContainer container = PathContainer.parsePath(path);
        for (Map.Entry<PathPattern, CacheControl> rule : rules.entrySet()) {
            if (rule.getKey().matches(container)) {
                return rule.getValue();
            }
        }
        return null;
    }
}
