package io.onewindow.approval.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.onewindow.approval.support.ApprovalIntegrationTest;
import io.onewindow.approval.support.Matters;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.security.Roles;
import io.onewindow.platform.test.Callers;
import io.onewindow.platform.test.KeycloakTestServer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A partner system lists its own department's mirrored cases, paged, with real client-credentials tokens. */
class PartnerCaseListIT extends ApprovalIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    // Each test starts ten minutes after the one before (in run order), so a test's "updatedSince"
    // window holds its own cases only, whatever the tests before it reported.
    private static final AtomicInteger TESTS = new AtomicInteger();

    @LocalServerPort
    int port;

    private String taxToken;
    private String housingToken;
    private String taxMatter;
    private String run;
    private Instant start;

    @BeforeEach
    void partnerTaxWithAMatter() {
        // A working day after the other partner tests' day, so "updatedSince" picks this test's cases only.
        clock.setTo("2026-12-10").advance(Duration.ofMinutes(10L * TESTS.getAndIncrement()));
        start = clock.instant();
        taxToken = KeycloakTestServer.shared().clientCredentialsToken("partner-tax", "partner-tax-demo-secret");
        housingToken =
                KeycloakTestServer.shared().clientCredentialsToken("partner-housing", "partner-housing-demo-secret");
        taxMatter = published(Matters.taxMatter(freshCode("IT-TL"))).code();
        run = UUID.randomUUID().toString().substring(0, 8);
    }

    private HttpResponse<String> send(String token, HttpRequest.Builder request) throws Exception {
        return HTTP.send(
                request.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void report(String caseNumber, String milestone, String dueDate) throws Exception {
        String json = """
                {"partnerCaseNumber":"%s","matterCode":"%s","milestone":"%s","occurredAt":"%s"%s}""".formatted(
                        caseNumber,
                        taxMatter,
                        milestone,
                        clock.instant().minusSeconds(60),
                        dueDate == null ? "" : ",\"dueDate\":\"" + dueDate + "\"");
        HttpResponse<String> answer = send(
                taxToken,
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/approvals/partner/milestones"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    }

    private HttpResponse<String> list(String token, String query) throws Exception {
        return send(
                token,
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/approvals/partner/cases?" + query))
                        .GET());
    }

    private static List<String> partnerCaseNumbers(HttpResponse<String> answer) {
        List<String> numbers = new ArrayList<>();
        for (JsonNode item : JSON.readTree(answer.body())) {
            numbers.add(item.get("partnerCaseNumber").asString());
        }
        return numbers;
    }

    private String since() {
        return "updatedSince="
                + URLEncoder.encode(
                        start.atZone(clock.getZone()).toOffsetDateTime().toString(), StandardCharsets.UTF_8);
    }

    /** Three tax cases reported a minute apart (the last one accepted), oldest first. */
    private List<String> threeTaxCases() throws Exception {
        List<String> cases = List.of("TL-" + run + "-1", "TL-" + run + "-2", "TL-" + run + "-3");
        for (String c : cases) {
            clock.advance(Duration.ofMinutes(1));
            report(c, "RECEIVED", null);
        }
        clock.advance(Duration.ofMinutes(1));
        report(cases.get(2), "ACCEPTED", "2026-12-24");
        return cases;
    }

    @Test
    void thePartnerListsItsDepartmentsCasesLatestReportFirstInPagesWithTheirClock() throws Exception {
        List<String> cases = threeTaxCases();

        HttpResponse<String> first = list(taxToken, since() + "&size=2");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(first.headers().firstValue("X-Total-Count")).hasValue("3");
        assertThat(first.headers().firstValue("Link").orElseThrow())
                .contains("rel=\"next\"")
                .contains("rel=\"last\"")
                .doesNotContain("rel=\"prev\"");
        assertThat(partnerCaseNumbers(first)).containsExactly(cases.get(2), cases.get(1));
        JsonNode accepted = JSON.readTree(first.body()).get(0);
        assertThat(accepted.get("department").asString()).isEqualTo("tax");
        assertThat(accepted.get("clock").get("dueDate").asString()).isEqualTo("2026-12-24");
        assertThat(accepted.get("milestones").size()).isEqualTo(2);

        HttpResponse<String> second = list(taxToken, since() + "&size=2&page=1");

        assertThat(second.headers().firstValue("X-Total-Count")).hasValue("3");
        assertThat(second.headers().firstValue("Link").orElseThrow())
                .contains("rel=\"prev\"")
                .doesNotContain("rel=\"next\"");
        assertThat(partnerCaseNumbers(second)).containsExactly(cases.get(0));
    }

    @Test
    void theStatusFilterKeepsOnlyCasesAtThatStageAndUpdatedSinceOnlyLaterReports() throws Exception {
        List<String> cases = threeTaxCases();

        HttpResponse<String> accepted = list(taxToken, since() + "&status=ACCEPTED");
        HttpResponse<String> received = list(taxToken, since() + "&status=RECEIVED");
        HttpResponse<String> decided = list(taxToken, since() + "&status=DECIDED");
        Instant afterTheSecond = start.plus(Duration.ofMinutes(2));
        HttpResponse<String> later = list(taxToken, "updatedSince=" + afterTheSecond);

        assertThat(partnerCaseNumbers(accepted)).containsExactly(cases.get(2));
        assertThat(accepted.headers().firstValue("X-Total-Count")).hasValue("1");
        assertThat(partnerCaseNumbers(received)).containsExactly(cases.get(1), cases.get(0));
        assertThat(partnerCaseNumbers(decided)).isEmpty();
        assertThat(partnerCaseNumbers(later)).containsExactly(cases.get(2), cases.get(1));
    }

    @Test
    void anotherDepartmentsPartnerNeverSeesTheCases() throws Exception {
        List<String> cases = threeTaxCases();

        HttpResponse<String> housing = list(housingToken, "size=100");
        HttpResponse<String> housingSince = list(housingToken, since());

        assertThat(housing.statusCode()).as(housing.body()).isEqualTo(200);
        assertThat(partnerCaseNumbers(housing)).doesNotContainAnyElementsOf(cases);
        assertThat(JSON.readTree(housing.body()).findValuesAsString("department"))
                .doesNotContain("tax");
        assertThat(partnerCaseNumbers(housingSince)).isEmpty();
        assertThat(housingSince.headers().firstValue("X-Total-Count")).hasValue("0");
        assertThat(partnerCaseNumbers(list(taxToken, since()))).containsExactlyInAnyOrderElementsOf(cases);
    }

    @Test
    void peopleAndOtherSystemsAreRefused() throws Exception {
        threeTaxCases();
        String citizen = KeycloakTestServer.shared().passwordToken("citizen1", "demo");
        String officer = KeycloakTestServer.shared().passwordToken("officer1", "demo");

        assertThat(list(citizen, since()).statusCode()).isEqualTo(403);
        assertThat(list(officer, since()).statusCode()).isEqualTo(403);
        assertThat(list("not-a-token", since()).statusCode()).isEqualTo(401);
        mvc.perform(get("/api/approvals/partner/cases").with(partnerSystem("tax", "partner-housing")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("partner.client-not-registered"));
        mvc.perform(get("/api/approvals/partner/cases").with(partnerSystem("customs", "partner-customs")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("partner.unknown-department"));
    }

    @Test
    void badPagingOrFilterValuesAreProblemsNamingTheParameter() throws Exception {
        for (String[] bad : new String[][] {
            {"page=-1", "page"},
            {"size=1000", "size"},
            {"status=bogus", "status"},
            {"updatedSince=2026-12-10", "updatedSince"}
        }) {
            HttpResponse<String> answer = list(taxToken, bad[0]);

            assertThat(answer.statusCode()).as(bad[0]).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/problem+json");
            assertThat(JSON.readTree(answer.body()).get("errors").findValuesAsString("field"))
                    .as(bad[0])
                    .containsExactly(bad[1]);
        }
    }

    @Test
    void aRetiredDepartmentsSystemStillListsItsCases() throws Exception {
        String department = "it-dept-" + run;
        String client = "partner-" + department;
        mvc.perform(post("/api/approvals/departments")
                        .with(Callers.admin1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"%s\",\"name\":\"番禺区测试局\",\"partnerClientId\":\"%s\"}"
                                .formatted(department, client)))
                .andExpect(status().isCreated());
        String matter = published(Matters.inDepartment(freshCode("IT-TL"), Matters.taxMatter("XX"), department))
                .code();
        mvc.perform(post("/api/approvals/partner/milestones")
                        .with(partnerSystem(department, client))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"partnerCaseNumber":"R-%s","matterCode":"%s","milestone":"RECEIVED","occurredAt":"%s"}""".formatted(run, matter, clock.instant().minusSeconds(60))))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/approvals/departments/" + department + "/retirement")
                        .with(Callers.admin1()))
                .andExpect(status().isOk());

        mvc.perform(get("/api/approvals/partner/cases").with(partnerSystem(department, client)))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "1"))
                .andExpect(jsonPath("$[0].partnerCaseNumber").value("R-" + run));
        mvc.perform(get("/api/approvals/partner/cases").with(partnerSystem(department, "partner-tax")))
                .andExpect(status().isForbidden());
    }

    @Test
    void mirrorsStoredBeforeTheListAreFilledInAndListedAgain(@Autowired PartnerCaseStore store) throws Exception {
        List<String> cases = threeTaxCases();
        mongo.getCollection("partner_cases")
                .updateOne(
                        Filters.eq("_id", "tax/" + cases.get(2)),
                        Updates.combine(Updates.unset("stage"), Updates.unset("lastReportedAt")));
        assertThat(partnerCaseNumbers(list(taxToken, since()))).doesNotContain(cases.get(2));

        assertThat(store.fillListFields()).isEqualTo(1);

        assertThat(partnerCaseNumbers(list(taxToken, since() + "&status=ACCEPTED")))
                .containsExactly(cases.get(2));
        assertThat(partnerCaseNumbers(list(taxToken, since()))).first().isEqualTo(cases.get(2));
        assertThat(store.fillListFields()).as("nothing left to fill").isZero();
    }

    private static RequestPostProcessor partnerSystem(String department, String clientId) {
        return Callers.as(new Caller(
                "u-" + clientId,
                "service-account-" + clientId,
                Set.of(Roles.PARTNER_SYSTEM),
                department,
                null,
                null,
                clientId));
    }
}
