package io.onewindow.platform.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import io.onewindow.platform.testapp.TestMongo;
import io.onewindow.platform.testapp.TestServiceApplication;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Correlation does not depend on sampling: with no request sampled at all
 * ({@code management.tracing.sampling.probability} 0; the platform's default is 1.0), every request
 * still has a trace id in its log lines (MDC) and hands it on in the {@code traceparent} that HTTP
 * clients and Kafka records (and the outbox) carry, and a trace id that comes in is continued with
 * the caller's sampling decision.
 */
@SpringBootTest(
        classes = {TestServiceApplication.class, TraceCorrelationTest.TraceController.class},
        properties = {
            "onewindow.service.name=test-service",
            "onewindow.service.api-prefix=/api/things",
            "spring.kafka.bootstrap-servers=127.0.0.1:1",
            "management.tracing.sampling.probability=0.0"
        })
@AutoConfigureMockMvc
class TraceCorrelationTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    private static final TestMongo MONGO = new TestMongo();

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        MONGO.register(registry, "trace_correlation_test");
    }

    @Autowired
    MockMvc mvc;

    @Test
    void anUnsampledRequestHasATraceIdInItsLogLinesAndHandsItOn() throws Exception {
        Map<String, String> seen = trace(get("/api/things/public/trace"));

        assertThat(seen.get("mdcTraceId")).matches("[0-9a-f]{32}");
        assertThat(seen.get("mdcSpanId")).matches("[0-9a-f]{16}");
        assertThat(seen.get("traceparent"))
                .isEqualTo("00-" + seen.get("mdcTraceId") + "-" + seen.get("mdcSpanId") + "-00");
        assertThat(seen.get("sampled")).isEqualTo("false");
    }

    @Test
    void continuesTheTraceThatComesInSampledOrNot() throws Exception {
        for (String flags : new String[] {"00", "01"}) {
            Map<String, String> seen = trace(get("/api/things/public/trace")
                    .header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-" + flags));

            assertThat(seen.get("mdcTraceId")).isEqualTo(TRACE_ID);
            assertThat(seen.get("traceparent"))
                    .startsWith("00-" + TRACE_ID + "-")
                    .endsWith("-" + flags);
            assertThat(seen.get("sampled")).isEqualTo(String.valueOf(flags.equals("01")));
        }
    }

    @Test
    void twoRequestsHaveTwoTraceIds() throws Exception {
        assertThat(trace(get("/api/things/public/trace")).get("mdcTraceId"))
                .isNotEqualTo(trace(get("/api/things/public/trace")).get("mdcTraceId"));
    }

    private Map<String, String> trace(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        String body = mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Map<String, String> seen = new LinkedHashMap<>();
        for (String pair : body.split(";")) {
            String[] parts = pair.split("=", 2);
            seen.put(parts[0], parts[1]);
        }
        return seen;
    }

    /** What a request's code sees of its trace: the log context and what it would send on. */
    @RestController
    static class TraceController {

        private final Tracer tracer;
        private final Propagator propagator;

        TraceController(Tracer tracer, Propagator propagator) {
            this.tracer = tracer;
            this.propagator = propagator;
        }

        @GetMapping("/api/things/public/trace")
        String trace() {
            Map<String, String> seen = new LinkedHashMap<>();
            seen.put("mdcTraceId", MDC.get("traceId"));
            seen.put("mdcSpanId", MDC.get("spanId"));
            Span span = tracer.currentSpan();
            if (span != null) {
                Map<String, String> headers = new LinkedHashMap<>();
                propagator.inject(span.context(), headers, Map::put);
                seen.put("traceparent", headers.get("traceparent"));
                seen.put(
                        "sampled",
                        String.valueOf(Boolean.TRUE.equals(span.context().sampled())));
            }
            return seen.entrySet().stream()
                    .map(entry -> entry.getKey() + "=" + entry.getValue())
                    .collect(java.util.stream.Collectors.joining(";"));
        }
    }
}
