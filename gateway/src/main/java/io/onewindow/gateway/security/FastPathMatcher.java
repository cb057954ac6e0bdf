package io.onewindow.gateway.security;

import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * Matches a request's path (and method) against a few path patterns in one step, as Spring
 * Security's {@code pathMatchers(...)} does — same patterns, same parser, the path within the
 * application — but without its per-pattern reactive plumbing: {@code pathMatchers} builds one
 * matcher per pattern under an {@code OrServerWebExchangeMatcher}, each answering with a new
 * {@link Mono}, and every rule of the access table is tried on every request. None of the gateway's
 * rules reads path variables, so a match carries none.
 */
final class FastPathMatcher implements ServerWebExchangeMatcher {

    private static final Mono<MatchResult> MATCH = MatchResult.match();
    private static final Mono<MatchResult> NO_MATCH = MatchResult.notMatch();

    private final HttpMethod method;
    private final PathPattern[] patterns;
    private final String description;

    private FastPathMatcher(HttpMethod method, String... patterns) {
        this.method = method;
        this.patterns = Arrays.stream(patterns)
                .map(PathPatternParser.defaultInstance::parse)
                .toArray(PathPattern[]::new);
        this.description = (method == null ? "" : method + " ") + Arrays.toString(patterns);
    }

    /** Any method, any of {@code patterns}. */
    static FastPathMatcher paths(String... patterns) {
        return new FastPathMatcher(null, patterns);
    }

    /** {@code method} only, any of {@code patterns}. */
    static FastPathMatcher paths(HttpMethod method, String... patterns) {
        return new FastPathMatcher(method, patterns);
    }

    /** {@code patterns} as one list. */
    static FastPathMatcher paths(List<String> patterns) {
        return new FastPathMatcher(null, patterns.toArray(String[]::new));
    }

    @Override
    public Mono<MatchResult> matches(ServerWebExchange exchange) {
        return test(exchange) ? MATCH : NO_MATCH;
    }

    /** The same answer, without a {@link Mono}. */
    boolean test(ServerWebExchange exchange) {
        if (method != null && !method.equals(exchange.getRequest().getMethod())) {
            return false;
        }
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        for (PathPattern pattern : patterns) {
            if (pattern.matches(path)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "FastPathMatcher " + description;
    }
}
