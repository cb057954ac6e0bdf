package io.onewindow.gateway.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.gateway.GatewaySliceTest;
import io.onewindow.gateway.StandInService.Received;
import org.junit.jupiter.api.Test;

class CorrelationTest extends GatewaySliceTest {

    @Test
    void passesTheClientsCorrelationIdAndTraceContextOnAndEchoesTheId() {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

        gateway.get()
                .uri("/api/appointments/public/slots/given")
                .header("X-Correlation-Id", "portal-req-42")
                .header("traceparent", traceparent)
                .header("tracestate", "vendor=1")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("X-Correlation-Id", "portal-req-42");

        Received received = services.lastTo("/api/appointments/public/slots/given");
        assertThat(received.header("X-Correlation-Id")).isEqualTo("portal-req-42");
        assertThat(received.header("traceparent")).isEqualTo(traceparent);
        assertThat(received.header("tracestate")).isEqualTo("vendor=1");
    }

    @Test
    void makesBothUpWhenTheClientSendsNone() {
        String echoed = gateway.get()
                .uri("/api/appointments/public/slots/new")
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(Void.class)
                .getResponseHeaders()
                .getFirst("X-Correlation-Id");

        Received received = services.lastTo("/api/appointments/public/slots/new");
        assertThat(echoed).isNotBlank().isEqualTo(received.header("X-Correlation-Id"));
        assertThat(TraceParent.isValid(received.header("traceparent"))).isTrue();
    }

    @Test
    void replacesUnsafeOrMalformedValues() {
        String echoed = gateway.get()
                .uri("/api/appointments/public/slots/unsafe")
                .header("X-Correlation-Id", "evil\u0000id-" + "x".repeat(80))
                .header("traceparent", "00-nothex-01")
                .header("tracestate", "vendor=1")
                .exchange()
                .returnResult(Void.class)
                .getResponseHeaders()
                .getFirst("X-Correlation-Id");

        Received received = services.lastTo("/api/appointments/public/slots/unsafe");
        assertThat(echoed).doesNotContain("evil").isEqualTo(received.header("X-Correlation-Id"));
        assertThat(TraceParent.isValid(received.header("traceparent"))).isTrue();
        assertThat(received.header("tracestate")).isNull();
    }

    @Test
    void putsTheCorrelationIdIntoRefusals() {
        gateway.get()
                .uri("/api/appointments/bookings")
                .header("X-Correlation-Id", "refused-1")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .valueEquals("X-Correlation-Id", "refused-1")
                .expectBody()
                .jsonPath("$.correlationId")
                .isEqualTo("refused-1");
    }
}
