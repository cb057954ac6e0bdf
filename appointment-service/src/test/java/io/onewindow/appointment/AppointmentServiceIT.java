package io.onewindow.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.platform.test.OneWindowIntegrationTest;
import io.onewindow.platform.test.ServiceConventions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The service keeps the platform conventions on the real infrastructure and seeds its demo data
 * once. It leaves approval-service's topic to {@code OfficialCalendarIT}.
 */
@OneWindowIntegrationTest
@TestPropertySource(
        properties = {"onewindow.appointment.consume-approvals=false", "onewindow.appointment.consume-catalog=false"})
class AppointmentServiceIT implements ServiceConventions {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("demoServicePoints")
    ApplicationRunner demoData;

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void seedsTheDemoServicePointsOnceInThreeTiers() throws Exception {
        assertThat(get("/api/appointments/public/service-points?tier=5").body())
                .contains("town-shiqiao")
                .contains("石碁镇政务服务中心");
        demoData.run(null);
        int districtAndHalls = count(
                get("/api/appointments/public/service-points?tier=4&limit=500").body());
        int towns = count(
                get("/api/appointments/public/service-points?tier=5&limit=500").body());
        int villages = count(
                get("/api/appointments/public/service-points?tier=6&limit=500").body());
        assertThat(towns).isEqualTo(16);
        assertThat(villages).isEqualTo(48);
        assertThat(districtAndHalls).isEqualTo(16);
        assertThat(get("/api/appointments/public/service-points?matter=TAX-HOUSING-DEED&text="
                                + java.net.URLEncoder.encode("不动产", java.nio.charset.StandardCharsets.UTF_8))
                        .body())
                .contains("HOUSING-TRANSFER");
    }

    private static int count(String jsonArray) {
        return jsonArray.split("\\{\"id\":", -1).length - 1;
    }
}
