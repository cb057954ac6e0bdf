package io.onewindow.appointment.booking;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.appointment.servicepoint.ServicePointDirectory;
import io.onewindow.appointment.support.AppointmentClockConfiguration;
import io.onewindow.appointment.support.EventTap;
import io.onewindow.appointment.support.TestPoints;
import io.onewindow.platform.test.KeycloakInitializer;
import io.onewindow.platform.test.KeycloakTestServer;
import io.onewindow.platform.test.SharedInfrastructure;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The identity path with real Keycloak tokens: the booking is made in the name of the token's
 * verified {@code id_number}, the channel comes from {@code azp}, a forged token is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {SharedInfrastructure.class, KeycloakInitializer.class})
@Import(AppointmentClockConfiguration.class)
@TestPropertySource(
        properties = {
            "spring.mongodb.database=appointment_token_it",
            "onewindow.demo-data.enabled=false",
            "onewindow.scheduling.enabled=false",
            "onewindow.appointment.consume-approvals=false",
            // The catalog listener runs in the shared context only (its consumer group is one per service).
            "onewindow.appointment.consume-catalog=false",
            "onewindow.appointment.consume-visit-cases=false"
        })
class RealTokenBookingIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    ServicePointDirectory points;

    HttpResponse<String> book(String token) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/appointments"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(
                                HttpRequest.BodyPublishers.ofString(
                                        "{\"servicePointId\":\"token-hall\",\"matterCode\":\"MR-ENT-REG\",\"start\":\"2026-12-02T09:00:00\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void booksInTheNameOfTheVerifiedIdNumberOfARealToken() throws Exception {
        points.upsert(TestPoints.hallWithPlacesPerSlot("token-hall", 5));
        KeycloakTestServer keycloak = KeycloakTestServer.shared();

        String partner = keycloak.clientCredentialsToken("partner-tax", "partner-tax-demo-secret");
        assertThat(book(partner).statusCode()).isEqualTo(403);

        String citizen = keycloak.passwordToken("citizen1", "demo");
        String[] parts = citizen.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("440113199003071235", "440113200002290028");
        String forged = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        assertThat(book(forged).statusCode()).isEqualTo(401);

        try (EventTap events = new EventTap()) {
            HttpResponse<String> booked = book(citizen);
            assertThat(booked.statusCode()).isEqualTo(201);
            assertThat(booked.body()).contains("\"principalIdMasked\":\"440113********1235\"");
            String id = booked.body()
                    .substring(
                            booked.body().indexOf("\"id\":\"") + 6,
                            booked.body().indexOf("\"id\":\"") + 42);
            assertThat(events.await(r -> id.equals(r.key())).value())
                    .contains("\"channel\":\"OTHER\"")
                    .doesNotContain("440113199003071235");
        }
    }
}
