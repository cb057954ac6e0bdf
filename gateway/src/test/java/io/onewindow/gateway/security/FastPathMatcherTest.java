package io.onewindow.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.ServerWebExchange;

class FastPathMatcherTest {

    private static final String[] PATTERNS = {"/api/*/public/**", "/console", "/console/**", "/verify"};

    @Test
    void answersAsSpringSecuritysPathMatchersForTheSamePatterns() {
        ServerWebExchangeMatcher spring = ServerWebExchangeMatchers.pathMatchers(PATTERNS);
        FastPathMatcher fast = FastPathMatcher.paths(PATTERNS);
        for (String path : new String[] {
            "/api/appointments/public/service-points",
            "/api/appointments/public",
            "/api/appointments/mine",
            "/api/public/x",
            "/console",
            "/console/workbench",
            "/consoles",
            "/verify",
            "/verify/x",
            "/",
            "/api/appointments/public/../mine"
        }) {
            ServerWebExchange exchange = get(path);
            assertThat(fast.test(exchange))
                    .as(path)
                    .isEqualTo(spring.matches(exchange).block().isMatch());
            assertThat(fast.matches(exchange).block().isMatch()).as(path).isEqualTo(fast.test(exchange));
        }
    }

    @Test
    void aMethodRuleMatchesThatMethodOnly() {
        FastPathMatcher readOnly = FastPathMatcher.paths(HttpMethod.GET, "/api/supervision/discipline/**");

        assertThat(readOnly.test(get("/api/supervision/discipline/cases"))).isTrue();
        assertThat(readOnly.test(
                        MockServerWebExchange.from(MockServerHttpRequest.post("/api/supervision/discipline/cases"))))
                .isFalse();
        assertThat(readOnly.test(get("/api/supervision/ratings"))).isFalse();
    }

    private static ServerWebExchange get(String path) {
        return MockServerWebExchange.from(MockServerHttpRequest.get(path));
    }
}
