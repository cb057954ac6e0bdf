package io.onewindow.gateway.cors;

import io.onewindow.gateway.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

class CorsIT extends GatewayIntegrationTest {

    @Test
    void answersAPortalsPreflightAndRefusesAnotherOrigins() {
        gateway.options()
                .uri("/api/appointments/bookings")
                .header(HttpHeaders.ORIGIN, "http://localhost:3000")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:3000")
                .expectHeader()
                .exists(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS);

        gateway.options()
                .uri("/api/appointments/bookings")
                .header(HttpHeaders.ORIGIN, "https://phishing.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }
}
