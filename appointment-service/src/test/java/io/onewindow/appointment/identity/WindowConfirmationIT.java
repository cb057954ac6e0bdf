package io.onewindow.appointment.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.appointment.servicepoint.ServicePointDirectory;
import io.onewindow.appointment.staff.StaffPosts;
import io.onewindow.appointment.staff.domain.StaffAssignment;
import io.onewindow.appointment.support.AppointmentClockConfiguration;
import io.onewindow.appointment.support.EventTap;
import io.onewindow.appointment.support.TestPoints;
import io.onewindow.platform.test.Callers;
import io.onewindow.platform.test.KeycloakInitializer;
import io.onewindow.platform.test.KeycloakTestServer;
import io.onewindow.platform.test.SharedInfrastructure;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real-name level with real Keycloak tokens: citizen3's self-declared account books; a window
 * officer posted at the window confirms her after checking her ID card, Keycloak's account carries
 * {@code window-confirmed} and her next token says so; the confirmation is published once. Officers
 * not posted there, citizens, bad and unknown numbers and an officer's own number are refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {SharedInfrastructure.class, KeycloakInitializer.class})
@Import(AppointmentClockConfiguration.class)
@TestPropertySource(
        properties = {
            "spring.mongodb.database=appointment_identity_it",
            "onewindow.demo-data.enabled=false",
            "onewindow.scheduling.enabled=false",
            "onewindow.appointment.consume-approvals=false",
            "onewindow.appointment.consume-catalog=false",
            "onewindow.appointment.consume-visit-cases=false"
        })
class WindowConfirmationIT {

    static final String HALL = "identity-hall";
    static final String CONFIRMATIONS = "/api/appointments/identity-confirmations";
    /** A valid GB 11643 number no account of the realm carries. */
    static final String UNREGISTERED = "440113199107150018";

    private final HttpClient http = HttpClient.newHttpClient();
    private final KeycloakTestServer keycloak = KeycloakTestServer.shared();

    @LocalServerPort
    int port;

    @Autowired
    ServicePointDirectory points;

    @Autowired
    StaffPosts staff;

    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void hallAndPostsAndASelfDeclaredCitizen3() {
        points.upsert(TestPoints.hallWithPlacesPerSlot(HALL, 5));
        staff.seed("officer1", "market-regulation", List.of(new StaffAssignment.Post(HALL, "2")));
        keycloak.setRealNameLevel("citizen3", "self-declared");
        mongo.dropCollection("identity_confirmations");
    }

    private HttpResponse<String> post(String path, String token, String json) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .header("Accept-Language", "en")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> confirm(String officer, String idNumber, String window) throws Exception {
        return post(CONFIRMATIONS, keycloak.demoUserToken(officer), """
                {"idNumber":"%s","servicePointId":"%s","window":"%s"}""".formatted(idNumber, HALL, window));
    }

    private static JsonNode json(HttpResponse<String> answer) {
        return JsonMapper.shared().readTree(answer.body());
    }

    private static JsonNode claims(String token) {
        return JsonMapper.shared()
                .readTree(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    @Test
    void aSelfDeclaredCitizenBooksAndAfterTheWindowConfirmationHerNextTokenIsWindowConfirmed() throws Exception {
        String before = keycloak.demoUserToken("citizen3");
        assertThat(claims(before).path("real_name_level").asString()).isEqualTo("self-declared");
        HttpResponse<String> booked = post("/api/appointments", before, """
                {"servicePointId":"%s","matterCode":"MR-ENT-REG","start":"2026-12-02T09:00:00"}""".formatted(HALL));
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);

        try (EventTap events = new EventTap()) {
            HttpResponse<String> confirmed = confirm("officer1", Callers.CITIZEN3_ID_NUMBER, "2");
            assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(201);
            JsonNode view = json(confirmed);
            assertThat(view.path("idNumber").asString()).isEqualTo("440113********0028");
            assertThat(view.path("levelBefore").asString()).isEqualTo("self-declared");
            assertThat(view.path("realNameLevel").asString()).isEqualTo("window-confirmed");
            assertThat(view.path("confirmedBy").asString()).isEqualTo("officer1");
            assertThat(view.path("repeated").asBoolean()).isFalse();

            ConsumerRecord<String, String> event = events.await(r -> r.value().contains("IdentityConfirmedAtWindow"));
            assertThat(event.value())
                    .contains("\"levelBefore\":\"self-declared\"")
                    .contains("\"level\":\"window-confirmed\"")
                    .contains("\"officerUsername\":\"officer1\"")
                    .contains("\"servicePointId\":\"" + HALL + "\"")
                    .contains("\"window\":\"2\"")
                    .doesNotContain(Callers.CITIZEN3_ID_NUMBER);
            String personIdHash = event.key();

            // the person's next token carries the new level
            String after = keycloak.demoUserToken("citizen3");
            assertThat(claims(after).path("real_name_level").asString()).isEqualTo("window-confirmed");

            // a repeat answers the first confirmation and publishes nothing
            HttpResponse<String> again = confirm("officer1", Callers.CITIZEN3_ID_NUMBER, "2");
            assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
            assertThat(json(again).path("repeated").asBoolean()).isTrue();
            assertThat(json(again).path("confirmedAt").asString())
                    .isEqualTo(view.path("confirmedAt").asString());
            assertThat(events.keyed(personIdHash, Duration.ofSeconds(3))).hasSize(1);
        }
    }

    @Test
    void anAuthoritativeAccountIsNeverLoweredByAWindowConfirmation() throws Exception {
        keycloak.setRealNameLevel("citizen3", "authoritative");
        HttpResponse<String> confirmed = confirm("officer1", Callers.CITIZEN3_ID_NUMBER, "2");
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(201);
        assertThat(json(confirmed).path("realNameLevel").asString()).isEqualTo("authoritative");
        assertThat(claims(keycloak.demoUserToken("citizen3"))
                        .path("real_name_level")
                        .asString())
                .isEqualTo("authoritative");
    }

    @Test
    void anOfficerNotPostedAtThatWindowIsRefusedAndNothingChanges() throws Exception {
        // officer1 holds window 2, not 3; officer2 holds nothing here
        for (HttpResponse<String> refused : List.of(
                confirm("officer1", Callers.CITIZEN3_ID_NUMBER, "3"),
                confirm("officer2", Callers.CITIZEN3_ID_NUMBER, "2"))) {
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(json(refused).path("type").asString()).isEqualTo("urn:onewindow:problem:not-posted-here");
        }
        assertThat(claims(keycloak.demoUserToken("citizen3"))
                        .path("real_name_level")
                        .asString())
                .isEqualTo("self-declared");
        assertThat(mongo.getCollection("identity_confirmations").countDocuments())
                .isZero();
    }

    @Test
    void aCitizenOrAnApproverCannotConfirmAnyone() throws Exception {
        for (String user : List.of("citizen1", "approver1")) {
            HttpResponse<String> refused =
                    post(CONFIRMATIONS, keycloak.demoUserToken(user), """
                    {"idNumber":"%s","servicePointId":"%s","window":"2"}""".formatted(Callers.CITIZEN3_ID_NUMBER, HALL));
            assertThat(refused.statusCode()).as(user).isEqualTo(403);
            assertThat(json(refused).path("type").asString()).isEqualTo("urn:onewindow:problem:forbidden");
        }
        assertThat(claims(keycloak.demoUserToken("citizen3"))
                        .path("real_name_level")
                        .asString())
                .isEqualTo("self-declared");
    }

    @Test
    void aMalformedIdNumberIsRefusedWith400() throws Exception {
        HttpResponse<String> refused = confirm("officer1", "440113199206180023", "2");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("idNumber");
    }

    @Test
    void aNumberNoAccountCarriesIsAnswered404PersonNotRegistered() throws Exception {
        HttpResponse<String> unknown = confirm("officer1", UNREGISTERED, "2");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).path("type").asString()).isEqualTo("urn:onewindow:problem:person-not-registered");
        assertThat(unknown.body()).doesNotContain(UNREGISTERED).contains("440113********0018");
        assertThat(mongo.getCollection("identity_confirmations").countDocuments())
                .isZero();
    }

    @Test
    void anOfficerDoesNotConfirmHisOwnIdentity() throws Exception {
        HttpResponse<String> refused = confirm("officer1", "44011319921103317X", "2");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused).path("type").asString()).isEqualTo("urn:onewindow:problem:own-identity-confirmation");
    }
}
