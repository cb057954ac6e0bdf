package io.onewindow.gateway.cors;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.gateway.GatewaySliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

class CorsPreflightTest extends GatewaySliceTest {

    /** Absolute, as a browser sends it: CORS compares the origin with the request's own. */
    private static final String GATEWAY = "http://localhost:8080";

    @Test
    void answersAPreflightFromAPortalOriginWithoutAToken() {
        gateway.options()
                .uri(GATEWAY + "/api/appointments/bookings")
                .header(HttpHeaders.ORIGIN, "http://localhost:3000")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:3000")
                .expectHeader()
                .valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true")
                .expectHeader()
                .value(
                        HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS,
                        methods -> assertThat(methods).contains("POST"))
                .expectHeader()
                .value(
                        HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS,
                        headers -> assertThat(headers.toLowerCase()).contains("authorization"));
    }

    @Test
    void answersAPreflightFromTheGatewaysOwnSwaggerUi() {
        gateway.options()
                .uri(GATEWAY + "/api/approvals/cases")
                .header(HttpHeaders.ORIGIN, "http://127.0.0.1:8080")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://127.0.0.1:8080");
    }

    @Test
    void refusesAPreflightFromAnotherOrigin() {
        gateway.options()
                .uri(GATEWAY + "/api/appointments/bookings")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }

    @Test
    void marksAnAllowedOriginOnAnOrdinaryCallOnce() {
        gateway.method(HttpMethod.GET)
                .uri(GATEWAY + "/api/supervision/public/statistics")
                .header(HttpHeaders.ORIGIN, "http://127.0.0.1:3000")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valuesMatch(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://127.0.0.1:3000")
                .expectHeader()
                .value(
                        HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
                        exposed -> assertThat(exposed).contains("X-Correlation-Id", "ETag"));
    }
}
