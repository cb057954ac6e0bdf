package io.onewindow.appointment.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.onewindow.appointment.catalog.PublishedMatters;
import io.onewindow.appointment.servicepoint.ServicePointDirectory;
import io.onewindow.appointment.servicepoint.domain.ServicePoint;
import io.onewindow.appointment.support.AppointmentIntegrationTest;
import io.onewindow.appointment.support.Catalog;
import io.onewindow.appointment.support.RegistryTags;
import io.onewindow.appointment.support.TestPoints;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.security.Roles;
import io.onewindow.platform.test.Callers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The write convention on service points: the registry's GET gives the point's ETag, and every
 * update of the point (particulars, offerings, opening hours) takes it as If-Match: the current one
 * writes and answers a new one, an old one is 412, none is 428, both with nothing written; of two
 * writers holding the same tag exactly one wins; the role and department checks come first.
 */
@AppointmentIntegrationTest
class ServicePointETagIT {

    static final String BASE = RegistryTags.BASE;

    @Autowired
    MockMvc mvc;

    @Autowired
    ServicePointDirectory points;

    @Autowired
    PublishedMatters catalog;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventCodec codec;

    static String particulars(String name) {
        return """
                {"name":"%s","tier":5,"parentId":null,
                 "address":"广州市番禺区测试路8号","latitude":22.95,"longitude":113.36,
                 "windows":[{"number":"1","name":"综合受理窗口","comprehensive":true,"delivery":true}]}""".formatted(name);
    }

    MvcResult change(String id, String ifMatch, String name) throws Exception {
        var request = put(BASE + id)
                .with(Callers.admin1())
                .contentType(MediaType.APPLICATION_JSON)
                .content(particulars(name));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return mvc.perform(request).andReturn();
    }

    @Test
    void theCurrentTagWritesAnOldOneIs412AndNoneIs428WithNothingWritten() throws Exception {
        points.upsert(TestPoints.hallWithPlacesPerSlot("etag-hall", 3));
        String first = RegistryTags.current(mvc, "etag-hall");
        assertThat(first).startsWith("\"").doesNotStartWith("W/");
        mvc.perform(get(BASE + "etag-hall").with(Callers.admin1()).header("If-None-Match", first))
                .andExpect(status().isNotModified());

        MvcResult written = change("etag-hall", first, "改名后的大厅");
        assertThat(written.getResponse().getStatus()).isEqualTo(200);
        String second = written.getResponse().getHeader("ETag");
        assertThat(second).isNotBlank().isNotEqualTo(first);
        assertThat(RegistryTags.current(mvc, "etag-hall")).isEqualTo(second);
        long version = points.require("etag-hall").registryVersion();

        MvcResult stale = change("etag-hall", first, "过时的名称");
        assertThat(stale.getResponse().getStatus()).isEqualTo(412);
        assertThat(stale.getResponse().getContentAsString()).contains("urn:onewindow:problem:precondition-failed");
        MvcResult missing = change("etag-hall", null, "没有条件的名称");
        assertThat(missing.getResponse().getStatus()).isEqualTo(428);
        assertThat(missing.getResponse().getContentAsString()).contains("urn:onewindow:problem:precondition-required");

        ServicePoint stored = points.require("etag-hall");
        assertThat(stored.name()).isEqualTo("改名后的大厅");
        assertThat(stored.registryVersion()).isEqualTo(version);
        assertThat(RegistryTags.current(mvc, "etag-hall")).isEqualTo(second);

        // "*": only that the point exists
        assertThat(change("etag-hall", "*", "任意版本").getResponse().getStatus()).isEqualTo(200);
        assertThat(change("no-such-hall", "*", "任意版本").getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void ofTwoWritersHoldingTheSameTagExactlyOneWins() throws Exception {
        points.upsert(TestPoints.hallWithPlacesPerSlot("etag-race-hall", 3));
        String tag = RegistryTags.current(mvc, "etag-race-hall");
        long before = points.require("etag-race-hall").registryVersion();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (String name : List.of("甲写的名称", "乙写的名称")) {
                Callable<Integer> writer = () -> {
                    start.await();
                    return change("etag-race-hall", tag, name).getResponse().getStatus();
                };
                answers.add(pool.submit(writer));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 412);
        } finally {
            pool.shutdownNow();
        }
        assertThat(points.require("etag-race-hall").registryVersion()).isEqualTo(before + 1);
    }

    @Test
    void offeringsAndOpeningHoursAreGuardedByThePointsTag() throws Exception {
        points.upsert(TestPoints.hallWithPlacesPerSlot("etag-offer-hall", 3));
        String tag = RegistryTags.current(mvc, "etag-offer-hall");
        String offer = """
                {"line":"K","minutesPerVisit":20,"placesPerSlot":2}""";
        String matter = "IT-MR-101";
        if (catalog.find(matter).isEmpty()) {
            Catalog.publish(kafka, codec, Catalog.version(matter, 1, "个体工商户变更登记（测试）", "market-regulation"));
            Catalog.await(matter + " known", () -> catalog.find(matter).isPresent());
        }

        mvc.perform(put(BASE + "etag-offer-hall/offers/" + matter)
                        .with(Callers.admin1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(offer))
                .andExpect(status().is(428));
        String afterOffer = mvc.perform(put(BASE + "etag-offer-hall/offers/" + matter)
                        .with(Callers.admin1())
                        .header("If-Match", tag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(offer))
                .andExpect(status().isOk())
                .andExpect(header().exists("ETag"))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        assertThat(afterOffer).isNotEqualTo(tag);
        mvc.perform(put(BASE + "etag-offer-hall/offers/" + matter)
                        .with(Callers.admin1())
                        .header("If-Match", tag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(offer.replace("20", "30")))
                .andExpect(status().isPreconditionFailed());
        assertThat(points.require("etag-offer-hall").offer(matter).orElseThrow().minutesPerVisit())
                .isEqualTo(20);

        // Another department's administrator is refused before the precondition: 403 with or
        // without the current tag, never 412/428, and nothing withdrawn.
        for (String ifMatch : new String[] {afterOffer, "\"guess\""}) {
            mvc.perform(delete(BASE + "etag-offer-hall/offers/" + matter)
                            .param("reason", "暂停办理")
                            .header("If-Match", ifMatch)
                            .with(Callers.staff("deptadmin2", Roles.DEPT_ADMIN, "real-estate-registration")))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(delete(BASE + "etag-offer-hall/offers/" + matter)
                        .param("reason", "暂停办理")
                        .with(Callers.staff("deptadmin2", Roles.DEPT_ADMIN, "real-estate-registration")))
                .andExpect(status().isForbidden());
        // A citizen cannot read the registry's tag at all.
        mvc.perform(get(BASE + "etag-offer-hall").with(Callers.citizen1())).andExpect(status().isForbidden());
        assertThat(points.require("etag-offer-hall").offer(matter)).isPresent();

        String hours = """
                {"hours":{"MONDAY":["09:00-12:00"]},"reason":"调整营业时间"}""";
        String hoursPath = "/api/appointments/service-points/etag-offer-hall/opening-hours";
        mvc.perform(put(hoursPath)
                        .with(Callers.admin1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(hours))
                .andExpect(status().is(428));
        mvc.perform(put(hoursPath)
                        .with(Callers.admin1())
                        .header("If-Match", tag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(hours))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.code").value("precondition-failed"));
        String afterHours = mvc.perform(put(hoursPath)
                        .with(Callers.admin1())
                        .header("If-Match", afterOffer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(hours))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        assertThat(afterHours).isNotEqualTo(afterOffer).isEqualTo(RegistryTags.current(mvc, "etag-offer-hall"));

        // Withdrawal by the matter's own department administrator with the current tag.
        mvc.perform(delete(BASE + "etag-offer-hall/offers/" + matter)
                        .param("reason", "暂停办理")
                        .header("If-Match", afterOffer)
                        .with(Callers.deptadmin1()))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(delete(BASE + "etag-offer-hall/offers/" + matter)
                        .param("reason", "暂停办理")
                        .header("If-Match", afterHours)
                        .with(Callers.deptadmin1()))
                .andExpect(status().isOk());
        assertThat(points.require("etag-offer-hall").offer(matter)).isEmpty();
    }

    @Test
    void theApiDocumentShowsIfMatchTheETagAnd412And428OnTheUpdates() throws Exception {
        String document =
                mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        for (String[] operation : new String[][] {
            {"/api/appointments/admin/service-points/{id}", "put"},
            {"/api/appointments/admin/service-points/{id}/offers/{matterCode}", "put"},
            {"/api/appointments/admin/service-points/{id}/offers/{matterCode}", "delete"},
            {"/api/appointments/service-points/{id}/opening-hours", "put"},
            {"/api/appointments/admin/staff/{username}", "put"}
        }) {
            String at = "$.paths['" + operation[0] + "']." + operation[1];
            assertThat(JsonPath.<List<String>>read(document, at + ".parameters[?(@.in == 'header')].name"))
                    .as(operation[1] + " " + operation[0])
                    .contains("If-Match");
            assertThat(JsonPath.<java.util.Map<String, Object>>read(document, at + ".responses"))
                    .containsKeys("412", "428");
            assertThat(JsonPath.<java.util.Map<String, Object>>read(document, at + ".responses.200.headers"))
                    .containsKey("ETag");
        }
        String get = "$.paths['/api/appointments/admin/service-points/{id}'].get";
        assertThat(JsonPath.<java.util.Map<String, Object>>read(document, get + ".responses"))
                .containsKeys("200", "304");
        assertThat(JsonPath.<java.util.Map<String, Object>>read(document, get + ".responses.200.headers"))
                .containsKey("ETag");
    }
}
