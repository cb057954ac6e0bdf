package io.onewindow.gateway.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.gateway.problem.ProblemResponses;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** The route filter of {@link ServiceConcurrencyLimits}: a place is given back however a call ends. */
class PlacesGivenBackTest {

    private final ServiceConcurrencyLimits limits = new ServiceConcurrencyLimits(
            new ResilienceProperties(
                    Duration.ofSeconds(10),
                    50,
                    10,
                    5,
                    Duration.ofSeconds(10),
                    3,
                    2,
                    Duration.ofMillis(50),
                    Duration.ofMillis(200),
                    1,
                    Duration.ofSeconds(5)),
            new ProblemResponses(JsonMapper.builder().build()));

    private final GatewayFilter filter = limits.filterFor("svc", 1);

    private static MockServerWebExchange call() {
        return MockServerWebExchange.from(MockServerHttpRequest.get("/api/svc/x"));
    }

    @Test
    void aCallWhoseClientWentAwayWhileTheServiceWorkedGivesItsPlaceBack() {
        Disposable inFlight = filter.filter(call(), exchange -> Mono.never()).subscribe();
        assertThat(limits.inFlight("svc")).isEqualTo(1);

        inFlight.dispose(); // the client went away

        assertThat(limits.inFlight("svc")).isZero();
    }

    @Test
    void aCallThatFailedGivesItsPlaceBack() {
        filter.filter(call(), exchange -> Mono.error(new IllegalStateException("broken")))
                .onErrorResume(IllegalStateException.class, e -> Mono.empty())
                .block(Duration.ofSeconds(5));

        assertThat(limits.inFlight("svc")).isZero();
    }

    @Test
    void aCallThatEndedGivesItsPlaceBackAndMarksItsAnswerForTheBodyTimeLimit() {
        MockServerWebExchange exchange = call();
        filter.filter(exchange, ignored -> Mono.empty()).block(Duration.ofSeconds(5));

        assertThat(limits.inFlight("svc")).isZero();
        assertThat((String) exchange.getAttribute(AnswerBodyTimeLimit.SERVICE_ATTRIBUTE))
                .isEqualTo("svc");
    }

    @Test
    void aCallTurnedAwayIsNotMarkedForTheBodyTimeLimit() {
        Disposable holder = filter.filter(call(), exchange -> Mono.never()).subscribe();
        MockServerWebExchange waiting = call();
        Disposable waiter = filter.filter(waiting, exchange -> Mono.empty()).subscribe();
        assertThat((String) waiting.getAttribute(AnswerBodyTimeLimit.SERVICE_ATTRIBUTE))
                .isNull();

        waiter.dispose();
        holder.dispose();
        assertThat(limits.inFlight("svc")).isZero();
    }
}
