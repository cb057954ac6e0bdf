package io.onewindow.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;

class PrometheusScrapeTest {

    private static MockServerWebExchange on(int port, String path) {
        return MockServerWebExchange.from(MockServerHttpRequest.get(path)
                .localAddress(new InetSocketAddress("127.0.0.1", port))
                .build());
    }

    private static boolean matches(ServerWebExchangeMatcher matcher, MockServerWebExchange exchange) {
        return matcher.matches(exchange).block().isMatch();
    }

    @Test
    void opensTheScrapeOnlyOnTheSeparateManagementPort() {
        ServerWebExchangeMatcher matcher = SecurityConfiguration.scrapeOnManagementPort(9080, 8080);

        assertThat(matches(matcher, on(9080, "/actuator/prometheus"))).isTrue();
        assertThat(matches(matcher, on(8080, "/actuator/prometheus"))).isFalse();
        assertThat(matches(matcher, on(9080, "/actuator/env"))).isFalse();
    }

    @Test
    void keepsTheScrapeClosedWithoutASeparateManagementPort() {
        assertThat(matches(SecurityConfiguration.scrapeOnManagementPort(-1, 8080), on(8080, "/actuator/prometheus")))
                .isFalse();
        assertThat(matches(SecurityConfiguration.scrapeOnManagementPort(8080, 8080), on(8080, "/actuator/prometheus")))
                .isFalse();
    }
}
