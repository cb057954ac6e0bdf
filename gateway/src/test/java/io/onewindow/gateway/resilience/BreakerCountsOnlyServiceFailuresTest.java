package io.onewindow.gateway.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.onewindow.gateway.GatewaySliceTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * A route's breaker judges the service, not its callers: the service's own 4xx answers, refused
 * upgrades and the gateway's own concurrency refusals never count against it.
 */
class BreakerCountsOnlyServiceFailuresTest extends GatewaySliceTest {

    @Autowired
    private ReactiveResilience4JCircuitBreakerFactory circuitBreakers;

    @Autowired
    private ServiceConcurrencyLimits concurrencyLimits;

    @Test
    void aBurstOf409sFromTheServiceReachesEveryCallerAndLeavesTheBreakerClosed() throws Exception {
        int callers = 60; // more than Spring Cloud's hidden bulkhead of 25 let through
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<EntityExchangeResult<byte[]>>> answers = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                answers.add(pool.submit(() -> gateway.mutateWith(mockJwt())
                        .post()
                        .uri("/api/booked/conflict/slot-7")
                        .exchange()
                        .expectBody()
                        .returnResult()));
            }
            for (Future<EntityExchangeResult<byte[]>> answer : answers) {
                EntityExchangeResult<byte[]> result = answer.get();
                assertThat(result.getStatus().value()).isEqualTo(409);
                assertThat(new String(result.getResponseBodyContent())).contains("\"code\":\"slot-full\"");
            }
        } finally {
            pool.shutdownNow();
        }

        CircuitBreaker breaker = breaker("booked");
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
        assertThat(services.countTo("/api/booked/conflict/slot-7")).isEqualTo(callers);
    }

    @Test
    void upgradeRequestsAreRefusedWithAProblemNeverForwardedAndNeverCounted() {
        for (int i = 0; i < 20; i++) {
            var request = gateway.get()
                    .uri("/api/upgraded/public/live")
                    .header(HttpHeaders.UPGRADE, "websocket")
                    .header(HttpHeaders.CONNECTION, "Upgrade")
                    .header("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==")
                    .header("Sec-WebSocket-Version", "13");
            if (i % 2 == 1) {
                request = gateway.mutateWith(mockJwt())
                        .get()
                        .uri("/api/upgraded/cases")
                        .header(HttpHeaders.UPGRADE, "websocket")
                        .header(HttpHeaders.CONNECTION, "Upgrade");
            }
            request.exchange()
                    .expectStatus()
                    .isBadRequest()
                    .expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.type")
                    .isEqualTo("urn:onewindow:problem:upgrade-not-supported")
                    .jsonPath("$.status")
                    .isEqualTo(400);
        }

        assertThat(services.sawPath("/api/upgraded/public/live")).isFalse();
        assertThat(services.sawPath("/api/upgraded/cases")).isFalse();
        CircuitBreaker breaker = breaker("upgraded");
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
        gateway.mutateWith(mockJwt())
                .get()
                .uri("/api/upgraded/cases")
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void anH2cUpgradeOfferAsJavasHttpClientSendsItIsAnsweredAsPlainHttp() {
        gateway.mutateWith(mockJwt())
                .get()
                .uri("/api/upgraded/plain-http")
                .header(HttpHeaders.UPGRADE, "h2c")
                .header(HttpHeaders.CONNECTION, "Upgrade, HTTP2-Settings")
                .header("HTTP2-Settings", "AAEAAEAAAAIAAAABAAMAAABkAAQBAAAAAAUAAEAA")
                .exchange()
                .expectStatus()
                .isOk();
        assertThat(services.sawPath("/api/upgraded/plain-http")).isTrue();
    }

    @Test
    void callsBeyondTheConcurrencyLimitWaitThenGet503WithRetryAfterAndTheBreakerStaysClosed() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<EntityExchangeResult<byte[]>>> holders = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                holders.add(pool.submit(() -> gateway.mutateWith(mockJwt())
                        .get()
                        .uri("/api/narrow/hold/a")
                        .exchange()
                        .expectBody()
                        .returnResult()));
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (concurrencyLimits.inFlight("narrow") < 2 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(concurrencyLimits.inFlight("narrow")).isEqualTo(2);

            // four more at once, while both places are taken (the holders answer after 1 s)
            long started = System.nanoTime();
            List<Future<EntityExchangeResult<byte[]>>> beyond = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                beyond.add(pool.submit(() -> gateway.mutateWith(mockJwt())
                        .get()
                        .uri("/api/narrow/beyond")
                        .exchange()
                        .expectBody()
                        .returnResult()));
            }
            for (Future<EntityExchangeResult<byte[]>> answer : beyond) {
                EntityExchangeResult<byte[]> result = answer.get();
                assertThat(result.getStatus().value()).isEqualTo(503);
                assertThat(result.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER))
                        .isEqualTo("1");
                assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
                assertThat(new String(result.getResponseBodyContent()))
                        .contains("\"type\":\"urn:onewindow:problem:service-unavailable\"")
                        .contains("\"service\":\"narrow\"")
                        .contains("\"reason\":\"busy\"");
            }
            assertThat(Duration.ofNanos(System.nanoTime() - started))
                    .as("waited for a place first")
                    .isGreaterThanOrEqualTo(Duration.ofMillis(250));
            for (Future<EntityExchangeResult<byte[]>> holder : holders) {
                assertThat(holder.get().getStatus().value()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(services.sawPath("/api/narrow/beyond")).isFalse();
        CircuitBreaker breaker = breaker("narrow");
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
        assertThat(concurrencyLimits.inFlight("narrow")).isZero();
        gateway.mutateWith(mockJwt())
                .get()
                .uri("/api/narrow/after")
                .exchange()
                .expectStatus()
                .isOk();
    }

    private CircuitBreaker breaker(String service) {
        return circuitBreakers.getCircuitBreakerRegistry().circuitBreaker(service);
    }
}
