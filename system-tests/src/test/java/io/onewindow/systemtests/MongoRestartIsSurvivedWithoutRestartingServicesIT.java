package io.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.onewindow.platform.test.processes.PlatformApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Fault of issue 8: MongoDB restarts under the platform, as it does when an operator restarts
 * the local run's database ({@code deploy/local.sh}: mongo-java-server on an H2 file). Every
 * service notices (health DOWN while it is gone) and recovers by itself: health UP again, what
 * was stored before is still there, new writes succeed, and the events of those writes still
 * flow through the outbox to supervision. No service is restarted.
 */
class MongoRestartIsSurvivedWithoutRestartingServicesIT {

    private static RunningPlatform platform;
    private static Gateway gateway;

    @BeforeAll
    static void platform() {
        platform = RunningPlatform.shared();
        gateway = new Gateway(platform);
    }

    @Test
    void servicesRecoverByThemselvesAfterMongoRestartsAndKeepTheirData() {
        String company = gateway.tokenOf("enterprise1");
        String inspector = gateway.tokenOf("inspector1");
        String before = uploadFile(company, "before-restart.pdf");
        JsonNode caseBefore = submitFoodLicense(company, before);

        platform.restartMongo(Duration.ofSeconds(3));

        for (PlatformApplication service : RunningPlatform.SERVICES) {
            await(service.module() + " healthy again")
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> health(platform.serviceUrl(service.module())) == 200);
        }

        // What was stored before is still there.
        JsonNode reread = gateway.get(
                        "/api/approvals/cases/" + caseBefore.path("id").asString(), company)
                .expect(200)
                .json();
        assertThat(reread.path("caseNumber").asString())
                .isEqualTo(caseBefore.path("caseNumber").asString());
        assertThat(reread.path("materials").toString()).contains(before);

        // New writes succeed, and their events still reach supervision through the outbox.
        JsonNode caseAfter = submitFoodLicense(company, uploadFile(company, "after-restart.pdf"));
        String caseId = caseAfter.path("id").asString();
        await("supervision's timeline of the case filed after the restart")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> gateway.get("/api/supervision/inspections/cases/" + caseId, inspector)
                                .status()
                        == 200);
        gateway.get("/api/licenses/mine", company).expect(200);
        gateway.get("/api/appointments/public/service-points", null).expect(200);
    }

    private static JsonNode submitFoodLicense(String company, String layoutFileId) {
        return gateway.post(
                        "/api/approvals/cases",
                        company,
                        Filings.foodLicense(
                                "番禺区市桥街光明北路4号", List.of(Map.of("materialCode", "layout", "fileId", layoutFileId))))
                .expect(201)
                .json();
    }

    private static String uploadFile(String token, String name) {
        return Filings.upload(gateway, token, name);
    }

    private static int health(String serviceUrl) {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(serviceUrl + "/actuator/health"))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (Exception notYet) {
            return -1;
        }
    }
}
