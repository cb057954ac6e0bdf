package io.onewindow.supervision.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.test.Callers;
import io.onewindow.platform.test.KeycloakTestServer;
import io.onewindow.platform.test.MutableClock;
import io.onewindow.supervision.CaseStory;
import io.onewindow.supervision.alerts.AlertBook;
import io.onewindow.supervision.casefile.domain.DossierIssue;
import io.onewindow.supervision.casefile.domain.Jcs;
import io.onewindow.supervision.rules.domain.MajorProjectRule;
import io.onewindow.supervision.support.EventFeed;
import io.onewindow.supervision.support.SupervisionIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Major projects and case dossiers on real parts: a case fed through the real approval topic,
 * flagged by an inspector (refused to every other role), its later steps alerted to inspectors and
 * never to its department, its signed dossier taken by an inspector and by the discipline
 * commission's client with a real client-credentials token from Keycloak, each taking recorded.
 */
@SupervisionIntegrationTest
class DossierIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventCodec codec;

    @Autowired
    AlertBook alerts;

    @Autowired
    Dossiers dossiers;

    @Autowired
    JsonMapper json;

    @AfterEach
    void clockBack() {
        clock.set(SupervisionIntegrationTest.START);
    }

    private String acceptedCase() {
        String caseId =
                "mp-" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        new EventFeed(kafka, codec)
                .sendAll(
                        Topics.APPROVAL,
                        CaseStory.of(caseId)
                                .submitted("2026-03-02T09:00")
                                .acceptedOnMarch2()
                                .events());
        await().atMost(PATIENCE)
                .untilAsserted(() -> mvc.perform(get("/api/supervision/inspections/cases/" + caseId)
                                .with(Callers.inspector1()))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.state").value("ACCEPTED")));
        return caseId;
    }

    /** The If-Match an inspector sends: the flag's ETag as read now, none before the first flag. */
    private HttpHeaders ifMatch(String caseId) throws Exception {
        MockHttpServletResponse read = mvc.perform(
                        get("/api/supervision/inspections/cases/" + caseId + "/major-project")
                                .with(Callers.inspector1()))
                .andReturn()
                .getResponse();
        HttpHeaders headers = new HttpHeaders();
        if (read.getStatus() == 200) {
            headers.setIfMatch(read.getHeader(HttpHeaders.ETAG));
        }
        return headers;
    }

    private ResultActions flag(String caseId, RequestPostProcessor who, String body) throws Exception {
        return mvc.perform(put("/api/supervision/inspections/cases/" + caseId + "/major-project")
                .headers(ifMatch(caseId))
                .with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private static String disciplineToken() {
        return KeycloakTestServer.shared()
                .clientCredentialsToken("partner-discipline", "partner-discipline-demo-secret");
    }

    @Test
    void theFlagIsChangedOnlyWithItsCurrentETagAndTheDepartmentNeverLearnsIt() throws Exception {
        clock.set(CaseStory.at("2026-03-02T09:30"));
        String caseId = acceptedCase();
        String path = "/api/supervision/inspections/cases/" + caseId + "/major-project";
        mvc.perform(get(path).with(Callers.inspector1())).andExpect(status().isNotFound());
        // The first flag needs no If-Match; "*" (it must exist) fails.
        mvc.perform(put(path)
                        .header("If-Match", "*")
                        .with(Callers.inspector1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"区重点项目\"}"))
                .andExpect(status().isPreconditionFailed());
        String flagged = mvc.perform(put(path)
                        .with(Callers.inspector1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"区重点项目\"}"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        assertThat(ifMatch(caseId).getIfMatch()).containsExactly(flagged);
        mvc.perform(get(path).with(Callers.deptadmin1())).andExpect(status().isForbidden());
        mvc.perform(delete(path)
                        .header("If-Match", flagged)
                        .with(Callers.deptadmin1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"done\"}"))
                .andExpect(status().isForbidden());

        mvc.perform(delete(path)
                        .with(Callers.inspector1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"项目已完成\"}"))
                .andExpect(status().is(428));
        mvc.perform(delete(path)
                        .header("If-Match", "\"stale\"")
                        .with(Callers.inspector1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"项目已完成\"}"))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(get(path).with(Callers.inspector1()))
                .andExpect(jsonPath("$.flagged").value(true))
                .andExpect(jsonPath("$.history.length()").value(1));

        String unflagged = mvc.perform(delete(path)
                        .header("If-Match", flagged)
                        .with(Callers.inspector1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"项目已完成\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.flagged").value(false))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        assertThat(unflagged).isNotEqualTo(flagged);
        // Flagged again by someone holding the tag from before the unflagging: 412, still off.
        mvc.perform(put(path)
                        .header("If-Match", flagged)
                        .with(Callers.inspector1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"重新关注\"}"))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(get(path).with(Callers.inspector1()))
                .andExpect(jsonPath("$.flagged").value(false));
    }

    @Test
    void anInspectorFlagsAMajorProjectWhoseStepsAreAlertedToInspectorsOnly() throws Exception {
        clock.set(CaseStory.at("2026-03-02T09:30"));
        String caseId = acceptedCase();
        String reason = "{\"reason\":\"区重点项目\"}";

        flag(caseId, Callers.deptadmin1(), reason).andExpect(status().isForbidden());
        flag(caseId, Callers.approver1(), reason).andExpect(status().isForbidden());
        flag(caseId, Callers.citizen1(), reason).andExpect(status().isForbidden());
        flag("no-such-case", Callers.inspector1(), reason).andExpect(status().isNotFound());
        flag("bad id!", Callers.inspector1(), reason).andExpect(status().isBadRequest());
        flag(caseId, Callers.inspector1(), "{}").andExpect(status().isBadRequest());
        flag(caseId, Callers.inspector1(), "{\"reason\":\"x\",\"extra\":1}").andExpect(status().isBadRequest());
        mvc.perform(get("/api/supervision/inspections/cases/" + caseId).with(Callers.inspector1()))
                .andExpect(jsonPath("$.majorProject").value(nullValue()));

        flag(caseId, Callers.inspector1(), reason)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.flagged").value(true))
                .andExpect(jsonPath("$.flaggedBy").value("inspector1"));
        flag(caseId, Callers.inspector1(), reason)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:major-project.flagged"));
        mvc.perform(get("/api/supervision/inspections/cases/" + caseId).with(Callers.inspector1()))
                .andExpect(jsonPath("$.majorProject.flaggedBy").value("inspector1"))
                .andExpect(jsonPath("$.majorProject.reason").value("区重点项目"));

        // A step after the flag: one INFO alert per step, for inspectors.
        new EventFeed(kafka, codec)
                .sendAll(
                        Topics.APPROVAL,
                        CaseStory.of(caseId)
                                .step("review", "2026-03-03T11:00", true, 3, 1)
                                .events());
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(alerts.aboutCase(caseId))
                        .filteredOn(a -> a.ruleCode().equals(MajorProjectRule.STEP))
                        .hasSize(2));
        mvc.perform(get("/api/supervision/inspections/alerts")
                        .param("size", "100")
                        .param("rule", "22")
                        .with(Callers.inspector1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].caseId", hasItem(caseId)))
                .andExpect(jsonPath("$[0].severity").value("INFO"));
        mvc.perform(get("/api/supervision/inspections/alerts")
                        .param("size", "100")
                        .param("rule", "23")
                        .with(Callers.inspector1()))
                .andExpect(status().isBadRequest());
        // The department never learns that its case is watched.
        mvc.perform(get("/api/supervision/department/alerts")
                        .param("size", "100")
                        .with(Callers.deptadmin1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].ruleNumber", not(hasItem(22))));

        // Taken off two days later: the steps alerted meanwhile stay, and a replay finds the same.
        clock.set(CaseStory.at("2026-03-04T09:00"));
        mvc.perform(delete("/api/supervision/inspections/cases/" + caseId + "/major-project")
                        .with(Callers.deptadmin1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"done\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/supervision/inspections/cases/" + caseId + "/major-project")
                        .headers(ifMatch(caseId))
                        .with(Callers.inspector1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"项目已完成\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.flagged").value(false));
        mvc.perform(get("/api/supervision/inspections/cases/" + caseId).with(Callers.inspector1()))
                .andExpect(jsonPath("$.majorProject").value(nullValue()));
    }

    @Test
    void inspectorsAndTheDisciplineCommissionTakeASignedDossierAndEveryTakingIsRecorded() throws Exception {
        clock.set(CaseStory.at("2026-03-02T09:30"));
        String caseId = acceptedCase();
        flag(caseId, Callers.inspector1(), "{\"reason\":\"区重点项目\"}").andExpect(status().isOk());
        String path = "/api/supervision/inspections/cases/" + caseId + "/dossier";

        for (RequestPostProcessor refused :
                new RequestPostProcessor[] {Callers.deptadmin1(), Callers.approver1(), Callers.citizen1()}) {
            mvc.perform(get(path).with(refused)).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/supervision/inspections/cases/no-such-case/dossier")
                        .with(Callers.inspector1()))
                .andExpect(status().isNotFound());

        String body = mvc.perform(get(path).with(Callers.inspector1()).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dossier.caseId").value(caseId))
                .andExpect(jsonPath("$.dossier.caseFile.timeline.length()").value(2))
                .andExpect(jsonPath("$.dossier.auditChain.verified").value(true))
                .andExpect(jsonPath("$.dossier.majorProject.flagged").value(true))
                .andExpect(jsonPath("$.dossier.generatedBy").value("inspector1"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Map<String, Object> response = json.readValue(body, Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> signature = (Map<String, Object>) response.get("signature");
        assertThat(jwsVerifies((String) signature.get("jws"), Jcs.of(response.get("dossier"))))
                .isTrue();
        @SuppressWarnings("unchecked")
        Map<String, Object> tampered = new java.util.LinkedHashMap<>((Map<String, Object>) response.get("dossier"));
        tampered.put("generatedBy", "someone-else");
        assertThat(jwsVerifies((String) signature.get("jws"), Jcs.of(tampered))).isFalse();

        byte[] pdf = mvc.perform(get(path).with(Callers.inspector1()).accept(MediaType.APPLICATION_PDF))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        // The discipline commission's client: its own endpoints, read-only, nothing of the inspectors'.
        String token = "Bearer " + disciplineToken();
        // The first real token makes the service fetch the realm's keys: on a loaded machine that
        // may time out once, so the first read is retried until the keys are in.
        await().atMost(Duration.ofSeconds(90))
                .ignoreExceptions()
                .untilAsserted(() -> mvc.perform(get("/api/supervision/discipline/major-projects")
                                .header("Authorization", token))
                        .andExpect(status().isOk()));
        String disciplinePath = "/api/supervision/discipline/cases/" + caseId + "/dossier";
        mvc.perform(get(disciplinePath).header("Authorization", token).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dossier.caseId").value(caseId))
                .andExpect(jsonPath("$.signature.jws").isString());
        mvc.perform(get(disciplinePath + ".pdf").header("Authorization", token))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF));
        mvc.perform(get("/api/supervision/discipline/major-projects").header("Authorization", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].caseId", hasItem(caseId)));
        mvc.perform(get("/api/supervision/discipline/cases/" + caseId + "/alerts")
                        .header("Authorization", token))
                .andExpect(status().isOk());
        mvc.perform(get("/api/supervision/discipline/cases/no-such-case/dossier")
                        .header("Authorization", token)
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound());
        mvc.perform(get(path).header("Authorization", token)).andExpect(status().isForbidden());
        mvc.perform(put("/api/supervision/inspections/cases/" + caseId + "/major-project")
                        .header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get(disciplinePath).with(Callers.inspector1())).andExpect(status().isForbidden());

        assertThat(dossiers.issuesOf(caseId))
                .extracting(DossierIssue::channel, DossierIssue::format)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(DossierIssue.Channel.INSPECTION, DossierIssue.Format.JSON),
                        org.assertj.core.groups.Tuple.tuple(DossierIssue.Channel.INSPECTION, DossierIssue.Format.PDF),
                        org.assertj.core.groups.Tuple.tuple(DossierIssue.Channel.DISCIPLINE, DossierIssue.Format.JSON),
                        org.assertj.core.groups.Tuple.tuple(DossierIssue.Channel.DISCIPLINE, DossierIssue.Format.PDF));
        assertThat(dossiers.issuesOf(caseId)).allSatisfy(issue -> {
            if (issue.channel() == DossierIssue.Channel.INSPECTION) {
                assertThat(issue.takenBy()).isEqualTo("inspector1");
            } else {
                assertThat(issue.takenBy()).contains("partner-discipline");
            }
            assertThat(issue.sha256()).hasSize(64);
        });
    }

    private static boolean jwsVerifies(String jws, byte[] payload) throws Exception {
        String[] parts = jws.split("\\.", -1);
        String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        String x5c = header.substring(header.indexOf("\"x5c\":[\"") + 8, header.indexOf("\"]"));
        X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(
                        new java.io.ByteArrayInputStream(Base64.getDecoder().decode(x5c)));
        Signature es256 = Signature.getInstance("SHA256withECDSAinP1363Format");
        es256.initVerify(certificate.getPublicKey());
        es256.update((parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload))
                .getBytes(StandardCharsets.US_ASCII));
        return es256.verify(Base64.getUrlDecoder().decode(parts[2]));
    }
}
