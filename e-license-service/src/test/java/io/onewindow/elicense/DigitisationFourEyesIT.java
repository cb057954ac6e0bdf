package io.onewindow.elicense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.onewindow.elicense.support.RealTokens;
import io.onewindow.elicense.support.ServiceIT;
import io.onewindow.platform.events.EventEnvelope;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.test.Callers;
import io.onewindow.platform.test.KeycloakInitializer;
import io.onewindow.platform.test.MutableClock;
import io.onewindow.platform.test.SharedInfrastructure;
import io.onewindow.platform.test.SharedKafkaBroker;
import io.onewindow.platform.test.TopicReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * Four eyes on digitising paper licenses, with real Keycloak tokens: officer1 (window officer,
 * market-regulation) requests, deptadmin1 (the same department) confirms; the requester, officer2
 * (a window officer of housing) and a citizen cannot; the type caps the validity; back-dating needs
 * a reason; a refusal writes nothing.
 */
@ServiceIT
@ContextConfiguration(initializers = {SharedInfrastructure.class, KeycloakInitializer.class})
class DigitisationFourEyesIT {

    static final String FOOD = "11100000000013338W002";
    static final String BUSINESS = "11100000000013338W001";

    @Autowired
    MockMvc mvc;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MutableClock clock;

    @Autowired
    EventCodec codec;

    @AfterEach
    void backToNow() {
        clock.set(Instant.now());
    }

    static String paper(String type, String holderCode, String validFrom, String validTo, String reason) {
        String faceData = type.equals(FOOD) ? "{\"经营场所\":\"番禺区\"}" : "{\"名称\":\"番禺示例\"}";
        return """
                {"typeCode":"%s","holderName":"番禺示例餐饮店","holderCode":"%s","holderCodeType":"111",
                 "issuedOn":"%s","validFrom":"%s"%s%s,"faceData":%s}""".formatted(
                        type,
                        holderCode,
                        validFrom,
                        validFrom,
                        validTo == null ? "" : ",\"validTo\":\"" + validTo + "\"",
                        reason == null ? "" : ",\"backdatingReason\":\"" + reason + "\"",
                        faceData);
    }

    private ResultActions request(RequestPostProcessor caller, String body) throws Exception {
        return mvc.perform(post("/api/licenses/digitisations")
                .with(caller)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private String requested(String body) throws Exception {
        return JsonPath.read(
                request(RealTokens.of("officer1"), body)
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
    }

    private ResultActions confirm(RequestPostProcessor caller, String id) throws Exception {
        return mvc.perform(
                post("/api/licenses/digitisations/" + id + "/confirmation").with(caller));
    }

    private Map<String, Long> counts() {
        return Map.of(
                "licenses", mongo.count(new Query(), "licenses"),
                "digitisation_requests", mongo.count(new Query(), "digitisation_requests"));
    }

    private Document stored(String id) {
        Document document = mongo.findById(id, Document.class, "digitisation_requests");
        document.remove("version");
        return document;
    }

    private List<EventEnvelope<JsonNode>> eventsOf(String licenseId) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> mongo.find(
                                Query.query(Criteria.where("_id")
                                        .is(licenseId)
                                        .and("outbox.0")
                                        .exists(true)),
                                Document.class,
                                "licenses")
                        .isEmpty());
        return TopicReader.readAll(SharedKafkaBroker.bootstrapServers(), Topics.LICENSE).stream()
                .filter(r -> licenseId.equals(r.key()))
                .map(r -> codec.read(r.value()))
                .toList();
    }

    @Test
    void anOfficerRequestsAndASecondPersonOfTheDepartmentConfirms() throws Exception {
        String id = requested(paper(FOOD, "440113199003071235", "2024-01-02", null, null));
        Map<String, Long> before = counts();
        Document pending = stored(id);

        mvc.perform(get("/api/licenses/digitisations").with(RealTokens.of("deptadmin1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].holderName").value("番禺示例餐饮店"))
                .andExpect(
                        jsonPath("$[?(@.id == '" + id + "')].maskedHolderCode").value("440113********1235"))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].validFrom").value("2024-01-02"))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].validTo").value("2029-01-01"))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].requestedBy").value("officer1"))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].status").value("PENDING"));
        mvc.perform(get("/api/licenses/digitisations").with(RealTokens.of("officer2")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + id + "')]").isEmpty());
        mvc.perform(get("/api/licenses/digitisations/" + id).with(RealTokens.of("officer2")))
                .andExpect(status().isForbidden());

        confirm(RealTokens.of("officer1"), id)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("digitisation.confirmer-is-requester"));
        confirm(RealTokens.of("officer2"), id)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("digitisation.other-department"));
        confirm(RealTokens.of("citizen1"), id).andExpect(status().isForbidden());
        confirm(RealTokens.of("catalogadmin1"), id).andExpect(status().isForbidden());
        confirm(RealTokens.of("approver1"), id).andExpect(status().isForbidden());
        assertThat(counts()).as("refusals write nothing").isEqualTo(before);
        assertThat(stored(id)).isEqualTo(pending);

        String license = confirm(RealTokens.of("deptadmin1"), id)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.origin").value("DIGITISED"))
                .andExpect(jsonPath("$.status").value("VALID"))
                .andExpect(jsonPath("$.validFrom").value("2024-01-02"))
                .andExpect(jsonPath("$.validTo").value("2029-01-01"))
                .andExpect(jsonPath("$.holderCode").value("440113199003071235"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String licenseId = JsonPath.read(license, "$.id");
        confirm(RealTokens.of("deptadmin1"), id)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(licenseId));
        assertThat(counts().get("licenses"))
                .as("one license, however often confirmed")
                .isEqualTo(before.get("licenses") + 1);
        mvc.perform(get("/api/licenses/digitisations/" + id).with(RealTokens.of("officer1")))
                .andExpect(jsonPath("$.status").value("CONFIRMED"))
                .andExpect(jsonPath("$.decidedBy").value("deptadmin1"))
                .andExpect(jsonPath("$.licenseId").value(licenseId));

        List<EventEnvelope<JsonNode>> events = eventsOf(licenseId);
        assertThat(events)
                .extracting(EventEnvelope::type)
                .containsExactly("onewindow.license.LicenseIssued.v1", "onewindow.license.PaperLicenseDigitised.v1");
        assertThat(events.get(0).data().get("origin").asString()).isEqualTo("DIGITISED");
        JsonNode digitised = events.get(1).data();
        assertThat(digitised.get("requestedBy").asString()).isEqualTo("officer1");
        assertThat(digitised.get("confirmedBy").asString()).isEqualTo("deptadmin1");
        assertThat(digitised.get("maskedHolderCode").asString()).isEqualTo("440113********1235");
        assertThat(digitised.get("backdatedDays").asLong()).isPositive();
        assertThat(digitised.get("backdatingReason").isNull()).isTrue();
    }

    @Test
    void theTypeCapsTheValidityAndBackDatingNeedsAReason() throws Exception {
        Map<String, Long> before = counts();
        request(RealTokens.of("officer1"), paper(FOOD, "440113199003071235", "2024-01-02", "2099-12-31", null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("digitisation.validity-exceeds-type"));
        request(RealTokens.of("officer1"), paper(BUSINESS, "440113199003071235", "2024-01-02", "2030-01-01", null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("digitisation.validity-exceeds-type"));
        request(RealTokens.of("officer1"), paper(FOOD, "440113199003071235", "2000-01-01", null, null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("digitisation.backdating-reason-required"));
        String tomorrow = LocalDate.now().plusDays(2).toString();
        request(RealTokens.of("officer1"), paper(FOOD, "440113199003071235", tomorrow, null, null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("license.paper-in-future"));
        request(RealTokens.of("officer2"), paper(FOOD, "440113199003071235", "2024-01-02", null, null))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("license.other-department"));
        request(RealTokens.of("citizen1"), paper(FOOD, "440113199003071235", "2024-01-02", null, null))
                .andExpect(status().isForbidden());
        assertThat(counts()).as("refusals write nothing").isEqualTo(before);

        request(
                        RealTokens.of("officer1"),
                        paper(BUSINESS, "440113199003071235", "2000-01-01", null, "2000年纸质营业执照换发电子证照"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.validTo").doesNotExist())
                .andExpect(jsonPath("$.backdatingReason").value("2000年纸质营业执照换发电子证照"));
        request(RealTokens.of("officer1"), paper(FOOD, "440113199003071235", "2000-01-01", null, "原纸质许可证"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.validTo").value("2004-12-31"));
    }

    @Test
    void aRejectedOrExpiredRequestIssuesNothing() throws Exception {
        String rejected = requested(paper(FOOD, "440113199003071235", "2024-01-02", null, null));
        mvc.perform(post("/api/licenses/digitisations/" + rejected + "/rejection")
                        .with(RealTokens.of("deptadmin1"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"纸质证照与档案不符\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"));
        long licenses = counts().get("licenses");
        confirm(RealTokens.of("deptadmin1"), rejected)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("digitisation.not-pending"));

        String expiring = requested(paper(FOOD, "440113199003071235", "2024-01-02", null, null));
        clock.set(Instant.now().plus(Duration.ofDays(7)).plusSeconds(60));
        mvc.perform(get("/api/licenses/digitisations").with(RealTokens.of("deptadmin1")))
                .andExpect(jsonPath("$[?(@.id == '" + expiring + "')]").isEmpty());
        confirm(RealTokens.of("deptadmin1"), expiring)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("digitisation.expired"));
        mvc.perform(get("/api/licenses/digitisations/" + expiring).with(RealTokens.of("deptadmin1")))
                .andExpect(jsonPath("$.status").value("EXPIRED"));
        assertThat(counts().get("licenses")).isEqualTo(licenses);
    }

    @Test
    void refusesBadInputOnTheNewEndpointsAndWritesNothing() throws Exception {
        String id = requested(paper(FOOD, "440113199003071235", "2024-01-02", null, null));
        Map<String, Long> before = counts();
        RequestPostProcessor officer = RealTokens.of("officer1");
        request(officer, "{\"typeCode\": ").andExpect(status().isBadRequest());
        request(officer, paper(FOOD, "440113199003071230", "2024-01-02", null, null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("resident-id.check-character"))
                .andExpect(jsonPath("$.detail").value("身份证号码的校验码与前 17 位不符"))
                .andExpect(jsonPath("$.errors[0].field").value("holderCode"))
                .andExpect(jsonPath("$.errors[0].code").value("resident-id.check-character"));
        request(
                        officer,
                        paper(FOOD, "440113199003071235", "2024-01-02", null, null)
                                .replace("\"2024-01-02\",\"faceData\"", "20240102,\"faceData\""))
                .andExpect(status().isBadRequest());
        request(
                        officer,
                        paper(FOOD, "440113199003071235", "2024-01-02", null, null)
                                .replace("番禺示例餐饮店", "$gt"))
                .andExpect(status().isBadRequest());
        request(
                        officer,
                        paper(FOOD, "440113199003071235", "2024-01-02", null, null)
                                .replace("\"番禺示例餐饮店\"", "{\"$gt\":\"\"}"))
                .andExpect(status().isBadRequest());
        request(
                        officer,
                        paper(FOOD, "440113199003071235", "2024-01-02", null, null)
                                .replace("}}", "},\"status\":\"CONFIRMED\"}"))
                .andExpect(status().isBadRequest());
        request(officer, paper(FOOD, "440113199003071235", "2024-01-02", null, "x".repeat(501)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/licenses/digitisations/" + id + "/rejection")
                        .with(RealTokens.of("deptadmin1"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":{\"$ne\":null}}"))
                .andExpect(status().isBadRequest());
        confirm(RealTokens.of("deptadmin1"), "dig-nope").andExpect(status().isNotFound());
        confirm(Callers.staff("officer9", "window-officer", "housing"), id).andExpect(status().isForbidden());
        assertThat(counts()).isEqualTo(before);
        assertThat(stored(id).getString("status")).isEqualTo("PENDING");
        // The old one-person path is gone.
        mvc.perform(post("/api/licenses")
                        .with(RealTokens.of("deptadmin1"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(paper(FOOD, "440113199003071235", "2024-01-02", null, null)))
                .andExpect(
                        result -> assertThat(result.getResponse().getStatus()).isIn(404, 405));
        assertThat(counts()).isEqualTo(before);
    }
}
