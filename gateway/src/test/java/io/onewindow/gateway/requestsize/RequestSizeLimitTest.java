package io.onewindow.gateway.requestsize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

import io.onewindow.gateway.GatewaySliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import reactor.core.publisher.Flux;

/** The shared slice context limits bodies to 1 KB. */
class RequestSizeLimitTest extends GatewaySliceTest {

    @Test
    void refusesABodyWhoseLengthIsOverTheLimit() {
        gateway.mutateWith(mockJwt())
                .post()
                .uri("/api/approvals/applications/too-large")
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .bodyValue(new byte[1025])
                .exchange()
                .expectStatus()
                .isEqualTo(413)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:onewindow:problem:payload-too-large")
                .jsonPath("$.code")
                .isEqualTo("payload-too-large")
                .jsonPath("$.maxBytes")
                .isEqualTo(1024);
        assertThat(services.sawPath("/api/approvals/applications/too-large")).isFalse();
    }

    @Test
    void refusesAChunkedBodyThatGrowsOverTheLimit() {
        gateway.mutateWith(mockJwt())
                .post()
                .uri("/api/approvals/applications/chunked")
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(chunks(5, 300), DataBuffer.class)
                .exchange()
                .expectStatus()
                .isEqualTo(413)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:onewindow:problem:payload-too-large");
    }

    @Test
    void forwardsABodyWithinTheLimit() {
        gateway.mutateWith(mockJwt())
                .post()
                .uri("/api/approvals/applications/small")
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .bodyValue(new byte[1024])
                .exchange()
                .expectStatus()
                .isOk();
        assertThat(services.lastTo("/api/approvals/applications/small").bodyBytes())
                .isEqualTo(1024);
    }

    @Test
    void forwardsAChunkedBodyWithinTheLimit() {
        gateway.mutateWith(mockJwt())
                .post()
                .uri("/api/approvals/applications/small-chunked")
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(chunks(3, 300), DataBuffer.class)
                .exchange()
                .expectStatus()
                .isOk();
        assertThat(services.lastTo("/api/approvals/applications/small-chunked").bodyBytes())
                .isEqualTo(900);
    }

    private static Flux<DataBuffer> chunks(int count, int size) {
        return Flux.range(0, count).map(i -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[size]));
    }
}
