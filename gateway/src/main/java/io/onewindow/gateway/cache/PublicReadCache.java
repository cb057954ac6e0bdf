package io.onewindow.gateway.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.reactivestreams.Publisher;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.NettyWriteResponseFilter;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Serves repeats of anonymous public reads ({@link PublicReads}) from the gateway's memory, one
 * cache per service, without calling the service, taking a concurrency place or touching its
 * breaker.
 *
 * <ul>
 *   <li>Only a 200 the service itself marked {@code Cache-Control: public} with a positive
 *       {@code max-age} (or {@code s-maxage}), and neither {@code private}, {@code no-store} nor
 *       {@code no-cache}, without {@code Set-Cookie} and varying on nothing but the request
 *       headers in the key, is kept; anything else on a public path is passed on with
 *       {@code no-store} added.
 *   <li>Each answer is kept as long as the service's {@code max-age} for it (at most
 *       {@link PublicReadCacheProperties#maxTimeToLive()}); the {@code max-age} the client sees is
 *       what is left of that.
 *   <li>The gateway answers {@code If-None-Match} itself: a kept answer whose {@code ETag} matches
 *       is a 304 without body. On a miss the service is asked without the condition (so that the
 *       full answer can be kept) and the condition is then answered from what it sent.
 *   <li>A request's own gateway headers ({@code X-Correlation-Id}, {@code X-RateLimit-Remaining},
 *       CORS) are never stored; {@code Cache-Control: no-cache} (or {@code Pragma: no-cache}) on a
 *       request fetches afresh. A request with {@code Authorization} never reaches the cache.
 * </ul>
 */
@Component
@EnableConfigurationProperties(PublicReadCacheProperties.class)
public class PublicReadCache {

    /** After the rate limit (-5), before the response is written (-1). */
    static final int ORDER = NettyWriteResponseFilter.WRITE_RESPONSE_FILTER_ORDER - 2;

    /** Request headers an answer may vary on; they are part of the key. */
    private static final List<String> KEY_HEADERS =
            List.of(HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.ACCEPT_ENCODING, HttpHeaders.ORIGIN);

    /** {@code Vary} values that do not stop a GET answer from being kept (preflight only, or in the key). */
    private static final Set<String> HARMLESS_VARY = Set.of(
            "accept",
            "accept-language",
            "accept-encoding",
            "origin",
            "access-control-request-method",
            "access-control-request-headers");

    /** Response headers never kept with an answer: this request's own, hop-by-hop, or recomputed. */
    private static final Set<String> NOT_STORED = Set.of(
            "x-correlation-id",
            "x-ratelimit-remaining",
            "access-control-allow-origin",
            "access-control-allow-credentials",
            "access-control-expose-headers",
            "connection",
            "keep-alive",
            "transfer-encoding",
            "te",
            "trailer",
            "upgrade",
            "proxy-authenticate",
            "content-length",
            "date",
            "age",
            "cache-control");

    private final PublicReadCacheProperties properties;

    PublicReadCache(PublicReadCacheProperties properties) {
        this.properties = properties;
    }

    /** The cache filter of one service's route, or a pass-through when caching is off. */
    public GatewayFilter filterFor(String service) {
        return new ServiceCache(properties);
    }

    /** Whether a response's {@code Cache-Control} lets a shared cache keep it. */
    static boolean publiclyCacheable(HttpHeaders headers) {
        List<String> directives = directiveNames(headers);
        return directives.contains("public")
                && directives.stream()
                        .noneMatch(d -> d.equals("private") || d.equals("no-store") || d.equals("no-cache"));
    }

    /**
     * How long a shared cache may keep a response: its {@code s-maxage}, else its {@code max-age};
     * zero when it gives neither or a bad value.
     */
    static Duration freshFor(HttpHeaders headers) {
        long maxAge = -1;
        long sharedMaxAge = -1;
        for (String directive : directives(headers)) {
            int equals = directive.indexOf('=');
            if (equals < 0) {
                continue;
            }
            String name = directive.substring(0, equals).trim().toLowerCase(Locale.ROOT);
            String value = directive.substring(equals + 1).trim().replace("\"", "");
            try {
                if (name.equals("max-age")) {
                    maxAge = Long.parseLong(value);
                } else if (name.equals("s-maxage")) {
                    sharedMaxAge = Long.parseLong(value);
                }
            } catch (NumberFormatException notANumber) {
                return Duration.ZERO;
            }
        }
        long seconds = sharedMaxAge >= 0 ? sharedMaxAge : maxAge;
        return seconds > 0 ? Duration.ofSeconds(seconds) : Duration.ZERO;
    }

    /**
     * Whether an {@code If-None-Match} header matches an entity tag (the weak comparison RFC 9110
     * prescribes for it: {@code W/} is ignored; {@code *} matches any).
     */
    static boolean matches(List<String> ifNoneMatch, String etag) {
        if (etag == null || ifNoneMatch.isEmpty()) {
            return false;
        }
        String own = opaque(etag);
        for (String value : ifNoneMatch) {
            for (String candidate : value.split(",")) {
                String tag = candidate.trim();
                if (tag.equals("*") || (!tag.isEmpty() && opaque(tag).equals(own))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        String trimmed = tag.trim();
        return trimmed.startsWith("W/") ? trimmed.substring(2) : trimmed;
    }

    private static List<String> directives(HttpHeaders headers) {
        List<String> directives = new ArrayList<>();
        for (String value : headers.getOrEmpty(HttpHeaders.CACHE_CONTROL)) {
            for (String directive : value.split(",")) {
                if (!directive.isBlank()) {
                    directives.add(directive.trim());
                }
            }
        }
        return directives;
    }

    private static List<String> directiveNames(HttpHeaders headers) {
        List<String> names = new ArrayList<>();
        for (String directive : directives(headers)) {
            String name = directive.toLowerCase(Locale.ROOT);
            int equals = name.indexOf('=');
            names.add(equals < 0 ? name : name.substring(0, equals).trim());
        }
        return names;
    }

    private static boolean asksForFreshAnswer(HttpHeaders request) {
        List<String> names = directiveNames(request);
        if (names.contains("no-cache") || names.contains("no-store")) {
            return true;
        }
        for (String directive : directives(request)) {
            if (directive.toLowerCase(Locale.ROOT).replace(" ", "").equals("max-age=0")) {
                return true;
            }
        }
        return request.getOrEmpty("Pragma").stream()
                .anyMatch(v -> v.toLowerCase(Locale.ROOT).contains("no-cache"));
    }

    private static boolean variesOnlyOnKey(HttpHeaders headers) {
        for (String value : headers.getOrEmpty(HttpHeaders.VARY)) {
            for (String name : value.split(",")) {
                String header = name.trim().toLowerCase(Locale.ROOT);
                if (!header.isEmpty() && !HARMLESS_VARY.contains(header)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** What identifies one cached answer: the path with its query and the headers it may vary on. */
    private record Key(String pathAndQuery, List<String> varying) {

        static Key of(ServerHttpRequest request) {
            String query = request.getURI().getRawQuery();
            String path = request.getPath().value() + (query == null ? "" : "?" + query);
            List<String> varying = new ArrayList<>(KEY_HEADERS.size());
            for (String header : KEY_HEADERS) {
                varying.add(String.join(",", request.getHeaders().getOrEmpty(header)));
            }
            return new Key(path, List.copyOf(varying));
        }

        int weight() {
            return pathAndQuery.length()
                    + varying.stream().mapToInt(String::length).sum();
        }
    }

    /** One kept 200: the service's headers (without the request's own), its body, when it goes. */
    private record Answer(HttpHeaders headers, List<String> otherDirectives, byte[] body, long expiresAtNanos) {

        static Answer of(HttpHeaders served, byte[] body, Duration keepFor) {
            HttpHeaders kept = new HttpHeaders();
            served.forEach((name, values) -> {
                if (!NOT_STORED.contains(name.toLowerCase(Locale.ROOT))) {
                    kept.put(name, List.copyOf(values));
                }
            });
            List<String> others = new ArrayList<>();
            for (String directive : directives(served)) {
                String name = directive.toLowerCase(Locale.ROOT);
                if (!name.startsWith("max-age") && !name.startsWith("s-maxage")) {
                    others.add(directive);
                }
            }
            return new Answer(
                    HttpHeaders.readOnlyHttpHeaders(kept),
                    List.copyOf(others),
                    body,
                    System.nanoTime() + keepFor.toNanos());
        }

        long nanosLeft() {
            return expiresAtNanos - System.nanoTime();
        }

        String etag() {
            return headers.getETag();
        }

        int weight() {
            int weight = body.length + 256;
            for (var header : headers.headerSet()) {
                weight += header.getKey().length();
                for (String value : header.getValue()) {
                    weight += value.length();
                }
            }
            return weight;
        }

        /** The service's cache directives with {@code max-age} set to what is left of this entry's life. */
        String cacheControl() {
            List<String> directives = new ArrayList<>(otherDirectives);
            directives.add("max-age=" + Math.max(0, nanosLeft() / 1_000_000_000L));
            return String.join(", ", directives);
        }

        /** Writes this answer, or a 304 when the request's {@code If-None-Match} matches its ETag. */
        Mono<Void> writeTo(ServerHttpResponse response, List<String> ifNoneMatch) {
            HttpHeaders target = response.getHeaders();
            headers.forEach(target::put);
            target.set(HttpHeaders.CACHE_CONTROL, cacheControl());
            if (matches(ifNoneMatch, etag())) {
                response.setStatusCode(HttpStatus.NOT_MODIFIED);
                target.remove(HttpHeaders.CONTENT_TYPE);
                target.remove(HttpHeaders.CONTENT_LENGTH);
                return response.setComplete();
            }
            response.setStatusCode(HttpStatus.OK);
            target.setContentLength(body.length);
            return response.writeWith(
                    Mono.fromSupplier(() -> response.bufferFactory().wrap(body)));
        }
    }

    private static final class ServiceCache implements GatewayFilter, Ordered {

        private final boolean enabled;
        private final Duration maxTimeToLive;
        private final Cache<Key, Answer> answers;

        ServiceCache(PublicReadCacheProperties properties) {
            this.enabled = properties.enabled();
            this.maxTimeToLive = properties.maxTimeToLive();
            this.answers = Caffeine.newBuilder()
                    .maximumWeight(properties.size().toBytes())
                    .weigher((Key key, Answer answer) -> key.weight() + answer.weight())
                    .expireAfter(new UntilStale())
                    .build();
        }

        @Override
        public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
            ServerHttpRequest request = exchange.getRequest();
            if (!enabled || !PublicReads.isAnonymousPublicRead(request)) {
                return chain.filter(exchange);
            }
            Key key = Key.of(request);
            List<String> ifNoneMatch = List.copyOf(request.getHeaders().getOrEmpty(HttpHeaders.IF_NONE_MATCH));
            if (!asksForFreshAnswer(request.getHeaders())) {
                Answer kept = answers.getIfPresent(key);
                if (kept != null && kept.nanosLeft() > 0) {
                    return kept.writeTo(exchange.getResponse(), ifNoneMatch);
                }
            }
            ServerWebExchange unconditional = exchange.mutate()
                    .request(r -> r.headers(headers -> {
                        headers.remove(HttpHeaders.IF_NONE_MATCH);
                        headers.remove(HttpHeaders.IF_MODIFIED_SINCE);
                    }))
                    .response(new Keeping(exchange.getResponse(), key, ifNoneMatch))
                    .build();
            return chain.filter(unconditional);
        }

        @Override
        public int getOrder() {
            return ORDER;
        }

        /**
         * Between the service and the client: keeps a cacheable 200 and answers the client's
         * condition from it; marks anything else on a public path {@code no-store}.
         */
        private final class Keeping extends ServerHttpResponseDecorator {

            private final Key key;
            private final List<String> ifNoneMatch;

            Keeping(ServerHttpResponse delegate, Key key, List<String> ifNoneMatch) {
                super(delegate);
                this.key = key;
                this.ifNoneMatch = ifNoneMatch;
            }

            @Override
            public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
                HttpHeaders headers = getHeaders();
                if (!publiclyCacheable(headers)) {
                    markNoStore(headers);
                    return super.writeWith(body);
                }
                Duration keepFor = freshFor(headers);
                if (keepFor.compareTo(maxTimeToLive) > 0) {
                    keepFor = maxTimeToLive;
                }
                if (!HttpStatus.OK.equals(getStatusCode())
                        || keepFor.isZero()
                        || headers.containsHeader(HttpHeaders.SET_COOKIE)
                        || !variesOnlyOnKey(headers)) {
                    return super.writeWith(body);
                }
                Duration lifetime = keepFor;
                return Flux.from(body).collectList().flatMap(buffers -> {
                    byte[] bytes = bytesOf(buffers);
                    Answer answer = Answer.of(headers, bytes, lifetime);
                    answers.put(key, answer);
                    return answer.writeTo(getDelegate(), ifNoneMatch);
                });
            }

            private static byte[] bytesOf(List<? extends DataBuffer> buffers) {
                int length = 0;
                for (DataBuffer buffer : buffers) {
                    length += buffer.readableByteCount();
                }
                byte[] bytes = new byte[length];
                int offset = 0;
                for (DataBuffer buffer : buffers) {
                    int readable = buffer.readableByteCount();
                    buffer.read(bytes, offset, readable);
                    offset += readable;
                    DataBufferUtils.release(buffer);
                }
                return bytes;
            }

            private static void markNoStore(HttpHeaders headers) {
                List<String> directives = directives(headers);
                if (!directives.contains("no-store")) {
                    directives.add("no-store");
                }
                headers.put(HttpHeaders.CACHE_CONTROL, directives);
            }
        }
    }

    /** An entry goes when the service's freshness for it (capped) has run out. */
    private static final class UntilStale implements Expiry<Key, Answer> {

        @Override
        public long expireAfterCreate(Key key, Answer answer, long currentTime) {
            return Math.max(0, answer.nanosLeft());
        }

        @Override
        public long expireAfterUpdate(Key key, Answer answer, long currentTime, long currentDuration) {
            return Math.max(0, answer.nanosLeft());
        }

        @Override
        public long expireAfterRead(Key key, Answer answer, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
