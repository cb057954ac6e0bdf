package io.onewindow.gateway.cache;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which requests are anonymous public reads: a GET of {@code /api/<service>/public/**} without
 * an {@code Authorization} header (the catalog, guides, calendar, service points, slots). They
 * are the only requests the gateway may answer from its cache, and they draw on their own, larger
 * rate-limit budget per client address.
 */
public final class PublicReads {

    private static final PathPattern PUBLIC_PATHS = PathPatternParser.defaultInstance.parse("/api/*/public/**");

    private PublicReads() {}

    public static boolean isAnonymousPublicRead(ServerHttpRequest request) {
        return HttpMethod.GET.equals(request.getMethod())
                && !request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)
                && PUBLIC_PATHS.matches(
                        PathContainer.parsePath(request.getPath().value()));
    }
}
