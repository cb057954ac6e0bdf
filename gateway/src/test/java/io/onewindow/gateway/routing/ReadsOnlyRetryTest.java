package io.onewindow.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;

/** Only a GET goes through the retry; every other method goes straight on to the service. */
class ReadsOnlyRetryTest {

    private final List<String> passedThrough = new ArrayList<>();
    private final GatewayFilter retry = (exchange, chain) -> {
        passedThrough.add("retry");
        return chain.filter(exchange);
    };
    private final GatewayFilterChain service = exchange -> {
        passedThrough.add("service");
        return Mono.empty();
    };

    @Test
    void aGetGoesThroughTheRetry() {
        ServiceRoutes.readsOnly(retry).filter(exchange(HttpMethod.GET), service).block();

        assertThat(passedThrough).containsExactly("retry", "service");
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"})
    void anyOtherMethodSkipsTheRetry(String method) {
        ServiceRoutes.readsOnly(retry)
                .filter(exchange(HttpMethod.valueOf(method)), service)
                .block();

        assertThat(passedThrough).containsExactly("service");
    }

    private static MockServerWebExchange exchange(HttpMethod method) {
        return MockServerWebExchange.from(
                MockServerHttpRequest.method(method, "/api/appointments/x").build());
    }
}
