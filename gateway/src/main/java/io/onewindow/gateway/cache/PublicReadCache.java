package io.onewindow.gateway.cache;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reactivestreams.Publisher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.NettyWriteResponseFilter;
import org.springframework.cloud.gateway.filter.factory.cache.LocalResponseCacheGatewayFilterFactory;
import org.springframework.cloud.gateway.filter.factory.cache.LocalResponseCacheGatewayFilterFactory.RouteCacheConfiguration;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Serves repeats of anonymous public reads ({@link PublicReads}) from Spring Cloud Gateway's
 * LocalResponseCache, one cache per service. Only what the service itself marked
 * {@code Cache-Control: public} (and neither {@code private} nor {@code no-store} nor
 * {@code no-cache}) is stored; anything else on a public path is passed on as {@code no-store}.
 * A request with {@code Authorization} never reaches the cache. The headers the gateway sets
 * for this very request (CORS, {@code X-RateLimit-Remaining}; the correlation id is set at
 * commit) replace those stored with the cached answer.
 */
@Component
@EnableConfigurationProperties(PublicReadCacheProperties.class)
public class PublicReadCache {

    /** After the rate limit (-5), before the response is written (-1). */
    static final int ORDER = NettyWriteResponseFilter.WRITE_RESPONSE_FILTER_ORDER - 2;

    private static final List<String> GATEWAY_OWNED = List.of(
            "X-RateLimit-Remaining",
            HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN,
            HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS,
            HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS);

    private final PublicReadCacheProperties properties;
    private final ObjectProvider<LocalResponseCacheGatewayFilterFactory> caches;

    PublicReadCache(
            PublicReadCacheProperties properties, ObjectProvider<LocalResponseCacheGatewayFilterFactory> caches) {
        this.properties = properties;
        this.caches = caches;
    }

    /** The cache filter of one service's route, or a pass-through when caching is off. */
    public GatewayFilter filterFor(String service) {
        LocalResponseCacheGatewayFilterFactory factory = caches.getIfAvailable();
        if (!properties.enabled() || factory == null) {
            return new Guarded(null);
        }
        RouteCacheConfiguration configuration = new RouteCacheConfiguration()
                .setTimeToLive(properties.timeToLive())
                .setSize(properties.size());
        configuration.setRouteId(service);
        return new Guarded(factory.apply(configuration));
    }

    /** Whether a response's {@code Cache-Control} lets a shared cache keep it. */
    static boolean publiclyCacheable(HttpHeaders headers) {
        List<String> directives = directives(headers);
        return directives.contains("public")
                && directives.stream()
                        .noneMatch(d -> d.equals("private") || d.equals("no-store") || d.equals("no-cache"));
    }

    private static List<String> directives(HttpHeaders headers) {
        List<String> directives = new ArrayList<>();
        for (String value : headers.getOrEmpty(HttpHeaders.CACHE_CONTROL)) {
            for (String directive : value.split(",")) {
                String name = directive.trim().toLowerCase(Locale.ROOT);
                int equals = name.indexOf('=');
                directives.add(equals < 0 ? name : name.substring(0, equals).trim());
            }
        }
        return directives;
    }

    private static final class Guarded implements GatewayFilter, Ordered {

        private final GatewayFilter cache;

        Guarded(GatewayFilter cache) {
            this.cache = cache;
        }

        @Override
        public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
            if (cache == null || !PublicReads.isAnonymousPublicRead(exchange.getRequest())) {
                return chain.filter(exchange);
            }
            HttpHeaders own = new HttpHeaders();
            HttpHeaders current = exchange.getResponse().getHeaders();
            GATEWAY_OWNED.forEach(name -> {
                if (current.containsHeader(name)) {
                    own.put(name, List.copyOf(current.getOrEmpty(name)));
                }
            });
            ServerWebExchange restoring = exchange.mutate()
                    .response(new RestoringGatewayHeaders(exchange.getResponse(), own))
                    .build();
            return cache.filter(
                    restoring,
                    upstream -> chain.filter(upstream.mutate()
                            .response(new StoreOnlyPublic(upstream.getResponse()))
                            .build()));
        }

        @Override
        public int getOrder() {
            return ORDER;
        }
    }

    /** Puts back this request's own gateway headers over those of a cached answer. */
    private static final class RestoringGatewayHeaders extends ServerHttpResponseDecorator {

        private final HttpHeaders own;

        RestoringGatewayHeaders(ServerHttpResponse delegate, HttpHeaders own) {
            super(delegate);
            this.own = own;
        }

        @Override
        public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
            restore();
            return super.writeWith(body);
        }

        @Override
        public Mono<Void> setComplete() {
            restore();
            return super.setComplete();
        }

        private void restore() {
            HttpHeaders headers = getHeaders();
            GATEWAY_OWNED.forEach(headers::remove);
            own.forEach(headers::put);
        }
    }

    /**
     * Between the service and the cache: a public-path answer the service did not mark
     * {@code public} leaves as {@code no-store}, which the LocalResponseCache does not keep (it
     * only recognises {@code private} and {@code no-store} as whole header values).
     */
    private static final class StoreOnlyPublic extends ServerHttpResponseDecorator {

        StoreOnlyPublic(ServerHttpResponse delegate) {
            super(delegate);
        }

        @Override
        public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
            HttpHeaders headers = getHeaders();
            if (!publiclyCacheable(headers)) {
                List<String> directives = new ArrayList<>();
                headers.getOrEmpty(HttpHeaders.CACHE_CONTROL).forEach(value -> {
                    for (String directive : value.split(",")) {
                        if (!directive.isBlank()) {
                            directives.add(directive.trim());
                        }
                    }
                });
                if (!directives.contains("no-store")) {
                    directives.add("no-store");
                }
                headers.put(HttpHeaders.CACHE_CONTROL, directives);
            }
            return super.writeWith(body);
        }
    }
}
