package io.onewindow.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.appointment.staff.StaffPosts;
import io.onewindow.appointment.support.EventTap;
import io.onewindow.platform.test.OneWindowIntegrationTest;
import io.onewindow.platform.test.ServiceConventions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The service keeps the platform conventions on the real infrastructure and seeds its demo data
 * once, announcing each demo point once (a restart announces nothing) and posting the demo officers.
 * It leaves approval-service's topic to {@code OfficialCalendarIT} and the shared context.
 */
@OneWindowIntegrationTest
@TestPropertySource(
        properties = {
            "onewindow.appointment.consume-approvals=false",
            "onewindow.appointment.consume-catalog=false",
            "onewindow.appointment.consume-visit-cases=false"
        })
class AppointmentServiceIT implements ServiceConventions {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("demoServicePoints")
    ApplicationRunner demoData;

    @Autowired
    @Qualifier("demoStaffPosts")
    ApplicationRunner demoStaff;

    @Autowired
    StaffPosts staff;

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
                get("/api/appointments/public/service-points?tier=4&size=100").body());
        int towns = count(
                get("/api/appointments/public/service-points?tier=5&size=100").body());
        int villages = count(
                get("/api/appointments/public/service-points?tier=6&size=100").body());
        assertThat(towns).isEqualTo(16);
        assertThat(villages).isEqualTo(48);
        assertThat(districtAndHalls).isEqualTo(16);
        assertThat(get("/api/appointments/public/service-points?matter=TAX-HOUSING-DEED&text="
                                + java.net.URLEncoder.encode("不动产", java.nio.charset.StandardCharsets.UTF_8))
                        .body())
                .contains("HOUSING-TRANSFER");
    }

    @Test
    void announcesEachDemoPointOnceAndPostsTheDemoOfficers() throws Exception {
        try (EventTap events = new EventTap()) {
            demoData.run(null);
            demoStaff.run(null);
            List<ConsumerRecord<String, String>> center =
                    events.keyed("panyu-district-center", Duration.ofSeconds(3)).stream()
                            .filter(r -> r.value().contains("onewindow.appointment.ServicePointRecorded.v1"))
                            .toList();
            assertThat(center).hasSize(1);
            assertThat(center.get(0).value())
                    .contains("\"change\":\"CREATED\"")
                    .contains("\"recordedBySubject\":\"system\"")
                    .contains("\"comprehensive\":true")
                    .contains("\"matterCode\":\"MR-SP-001\"");
            assertThat(events.keyed("officer5", Duration.ofMillis(200)).stream()
                            .filter(r -> r.value().contains("onewindow.appointment.StaffAssignmentsRecorded.v1"))
                            .count())
                    .isEqualTo(1);
        }
        assertThat(staff.postsOf("officer1").holds("hall-business-registration", "B3"))
                .isTrue();
        assertThat(staff.postsOf("officer5").holds("panyu-district-center", "1"))
                .isTrue();
        assertThat(staff.postsOf("officer5").holds("hall-real-estate-trading", "3"))
                .isTrue();
        assertThat(staff.postsOf("officer2").holds("hall-real-estate-trading", "R1"))
                .isTrue();
        assertThat(staff.postsOf("officer3").postedAt("hall-real-estate")).isTrue();
        assertThat(staff.postsOf("officer4").holds("hall-tax", "T1")).isTrue();
        assertThat(get("/api/appointments/public/service-points/panyu-district-center")
                        .body())
                .contains("\"windowCount\":")
                .contains("统一出件窗口")
                .contains("防雷装置设计审核");
    }

    private static int count(String jsonArray) {
        return jsonArray.split("\\{\"id\":", -1).length - 1;
    }
}
