package io.onewindow.approval.counter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.onewindow.approval.catalog.domain.CaseType;
import io.onewindow.approval.catalog.domain.MaterialForm;
import io.onewindow.approval.catalog.domain.MaterialRequirement;
import io.onewindow.approval.catalog.domain.MatterDefinition;
import io.onewindow.approval.catalog.domain.ProcessStep;
import io.onewindow.approval.catalog.domain.Subject;
import io.onewindow.approval.support.Applications;
import io.onewindow.approval.support.ApprovalIntegrationTest;
import io.onewindow.approval.support.ApprovalTopic;
import io.onewindow.approval.support.CounterFeed;
import io.onewindow.approval.support.ServicePointFeed;
import io.onewindow.platform.identity.IdentityPseudonyms;
import io.onewindow.platform.security.Roles;
import io.onewindow.platform.test.Callers;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * The one window at the counter (前台综合受理、后台分类审批、统一窗口出件): a visit becomes a case at a
 * comprehensive window, the owning department decides in the back office, the result is handed out at
 * a delivery window to the checked collector; and every refusal on the way writes nothing.
 */
class CounterReceptionIT extends ApprovalIntegrationTest {

    static final String CITIZEN1 = "440113199003071235";
    static final String CITIZEN2 = "440113200002290028";

    /** officer5 (district-admin-service) holds comprehensive window 1; officer1 market regulation's window 2. */
    static final RequestPostProcessor FRONT = Callers.staff("officer5", Roles.WINDOW_OFFICER, "district-admin-service");

    /** Another officer at the same comprehensive window 1. */
    static final RequestPostProcessor COLLEAGUE =
            Callers.staff("front-colleague", Roles.WINDOW_OFFICER, "district-admin-service");

    @Autowired
    IdentityPseudonyms pseudonyms;

    String hall;
    String matter;
    CounterFeed counter;

    @BeforeEach
    void aHallWithAComprehensiveWindow() {
        matter = freshCode("CTR");
        published(promisedFiling(matter, "market-regulation"));
        hall = ServicePointFeed.freshPoint();
        ServicePointFeed.send(ServicePointFeed.point(hall, 1, "CREATED", true, matter));
        servicePoints().awaitVersion(hall, 1);
        counter = new CounterFeed(mongo);
        counter.posted("officer5", "district-admin-service", System.nanoTime(), hall, "1");
        counter.posted("officer1", "market-regulation", System.nanoTime(), hall, "2");
        counter.posted("front-colleague", "district-admin-service", System.nanoTime(), hall, "1");
    }

    @Test
    void aVisitBecomesACaseAtTheComprehensiveWindowTheDepartmentDecidesAndTheResultIsHandedOutOnce() throws Exception {
        String ticket = counter.ticket(hall, matter, "market-regulation", pseudonyms.ofIdNumber(CITIZEN1));

        String received = receive(FRONT, ticket, "1", CITIZEN1, matter)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.channel").value("WINDOW"))
                .andExpect(jsonPath("$.department").value("market-regulation"))
                .andExpect(jsonPath("$.filedBy").value("officer5"))
                .andExpect(jsonPath("$.visit.servicePointId").value(hall))
                .andExpect(jsonPath("$.visit.tier").value(4))
                .andExpect(jsonPath("$.visit.window").value("1"))
                .andExpect(jsonPath("$.visit.comprehensive").value(true))
                .andExpect(jsonPath("$.visit.ticketId").value(ticket))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String caseId = JsonPath.read(received, "$.id");
        JsonNode submitted = ApprovalTopic.eventsFor(caseId, 1).get(0).data();
        assertThat(submitted.path("servicePointId").asString()).isEqualTo(hall);
        assertThat(submitted.path("tier").asInt()).isEqualTo(4);
        assertThat(submitted.path("comprehensiveWindow").asBoolean()).isTrue();
        assertThat(submitted.path("ticketId").asString()).isEqualTo(ticket);

        // One visit, one case: the same ticket again is refused, even at the department's own window.
        receive(FRONT, ticket, "1", CITIZEN1, matter)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("counter.visit-already-filed"));
        receive(Callers.officer1(), ticket, "2", CITIZEN1, matter)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("counter.visit-already-filed"));

        // The front accepts for the department: an officer not at that counter may not, a colleague who holds
        // the same hall's comprehensive window takes the case over (a shift ends, the case goes on).
        action(Callers.staff("officer6", Roles.WINDOW_OFFICER, "district-admin-service"), caseId, "acceptance", "{}")
                .andExpect(status().isNotFound());
        action(COLLEAGUE, caseId, "acceptance", "{}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ACCEPTED"));
        // The back office decides: the front may not.
        action(FRONT, caseId, "steps", "{\"stepCode\":\"review\",\"opinion\":\"符合条件\"}")
                .andExpect(status().isForbidden());
        action(Callers.approver1(), caseId, "steps", "{\"stepCode\":\"review\",\"opinion\":\"符合条件\"}")
                .andExpect(status().isOk());
        action(Callers.approver1(), caseId, "approval", "{\"faceData\":{\"validYears\":\"5\"}}")
                .andExpect(status().isOk());

        // Handed out at one window, to the applicant only.
        action(Callers.officer1(), caseId, "completion", collection("2", CITIZEN1))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("counter.not-a-delivery-window"));
        action(FRONT, caseId, "completion", collection("2", CITIZEN1))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("counter.not-posted-here"));
        action(FRONT, caseId, "completion", collection("1", CITIZEN2))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("counter.collector-mismatch"));
        action(FRONT, caseId, "completion", collection("1", "440113199003071230"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/approvals/cases/" + caseId).with(Callers.approver1()))
                .andExpect(jsonPath("$.state").value("APPROVED"))
                .andExpect(jsonPath("$.delivery").doesNotExist());
        action(FRONT, caseId, "completion", collection("1", CITIZEN1))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("COMPLETED"))
                .andExpect(jsonPath("$.delivery.servicePointId").value(hall))
                .andExpect(jsonPath("$.delivery.window").value("1"))
                .andExpect(jsonPath("$.delivery.collectorMasked").value("440113********1235"));
        JsonNode completed = ApprovalTopic.eventsFor(caseId, 6).stream()
                .filter(e -> e.type().endsWith("ApplicationCompleted.v1"))
                .findFirst()
                .orElseThrow()
                .data();
        assertThat(completed.path("deliveryServicePointId").asString()).isEqualTo(hall);
        assertThat(completed.path("collectorMasked").asString()).isEqualTo("440113********1235");
        // The applicant sees where the visit was received and the result handed out.
        mvc.perform(get("/api/approvals/cases/" + caseId).with(Callers.citizen1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.visit.servicePointId").value(hall))
                .andExpect(jsonPath("$.delivery.window").value("1"));
    }

    @Test
    void aReceptionTheCounterMustNotTakeIsRefusedAndWritesNothing() throws Exception {
        String ticket = counter.ticket(hall, matter, "market-regulation", pseudonyms.ofIdNumber(CITIZEN1));
        String otherMatter = freshCode("CTX");
        published(promisedFiling(otherMatter, "market-regulation"));
        String notOffered = counter.ticket(hall, otherMatter, "market-regulation", pseudonyms.ofIdNumber(CITIZEN1));
        String taxMatter = freshCode("CTT");
        published(promisedFiling(taxMatter, "tax"));
        String taxTicket = counter.ticket(hall, taxMatter, "tax", pseudonyms.ofIdNumber(CITIZEN1));

        // Not posted at that window (officer1 holds window 2 only), or not at that point at all.
        receive(Callers.officer1(), ticket, "1", CITIZEN1, matter)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("counter.not-posted-here"));
        receive(Callers.staff("officer9", Roles.WINDOW_OFFICER, "market-regulation"), ticket, "2", CITIZEN1, matter)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("counter.not-posted-here"));
        // Only window officers receive visits.
        receive(Callers.citizen1(), ticket, "1", CITIZEN1, matter).andExpect(status().isForbidden());
        receive(Callers.agent1(), ticket, "1", CITIZEN1, matter).andExpect(status().isForbidden());
        // An unknown ticket, a matter the visitor did not come for, a matter the point does not offer.
        receive(FRONT, java.util.UUID.randomUUID().toString(), "1", CITIZEN1, matter)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("counter.unknown-ticket"));
        receive(FRONT, ticket, "1", CITIZEN1, otherMatter)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("counter.matter-not-booked"));
        receive(FRONT, notOffered, "1", CITIZEN1, otherMatter)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("counter.matter-not-offered"));
        // A department window receives its own department's matters only.
        receive(Callers.officer1(), taxTicket, "2", CITIZEN1, taxMatter)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("application.other-department"));
        // The applicant must be the visitor who checked in.
        receive(FRONT, ticket, "1", CITIZEN2, matter)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("counter.visitor-mismatch"));
        // Bad input: a smuggled operator, an oversize window.
        receive(FRONT, "{\"$gt\":\"\"}", "1", CITIZEN1, matter).andExpect(status().isBadRequest());
        receive(FRONT, ticket, "1".repeat(11), CITIZEN1, matter).andExpect(status().isBadRequest());

        for (String code : List.of(matter, otherMatter, taxMatter)) {
            assertThat(mongo.count(
                            Query.query(Criteria.where("data.matter.code").is(code)), "cases"))
                    .as(code)
                    .isZero();
        }
        for (String t : List.of(ticket, notOffered, taxTicket)) {
            assertThat(mongo.findById(t, Document.class, "hall_tickets").getString("caseId"))
                    .as(t)
                    .isNull();
        }
        // The ticket is still good for the right reception.
        receive(FRONT, ticket, "1", CITIZEN1, matter).andExpect(status().isCreated());
    }

    @Test
    void theVisitOfAnApplicantWhoFiledOnlineIsAttachedToHisCase() throws Exception {
        Applications applications = new Applications(mvc);
        String layout = applications.upload(Callers.citizen1(), "layout.pdf");
        String caseId = applications.submit(Callers.citizen1(), """
                {"matterCode":"%s","materials":[{"materialCode":"layout","fileId":"%s"}]}""".formatted(matter, layout));
        String othersTicket = counter.ticket(hall, matter, "market-regulation", pseudonyms.ofIdNumber(CITIZEN2));
        String ticket = counter.ticket(hall, matter, "market-regulation", pseudonyms.ofIdNumber(CITIZEN1));

        attach(Callers.officer1(), caseId, othersTicket, "2")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("counter.visitor-mismatch"));
        attach(Callers.citizen1(), caseId, ticket, "2").andExpect(status().isForbidden());
        attach(Callers.officer1(), caseId, ticket, "1")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("counter.not-posted-here"));
        mvc.perform(get("/api/approvals/cases/" + caseId).with(Callers.citizen1()))
                .andExpect(jsonPath("$.visit").doesNotExist());

        attach(Callers.officer1(), caseId, ticket, "2")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.channel").value("ONLINE"))
                .andExpect(jsonPath("$.visit.servicePointId").value(hall))
                .andExpect(jsonPath("$.visit.window").value("2"))
                .andExpect(jsonPath("$.visit.comprehensive").value(false))
                .andExpect(jsonPath("$.visit.receivedBy").value("officer1"));
        assertThat(ApprovalTopic.typesFor(caseId, 3)).contains("VisitAttached");

        // One visit per case, one case per visit.
        String another = counter.ticket(hall, matter, "market-regulation", pseudonyms.ofIdNumber(CITIZEN1));
        attach(Callers.officer1(), caseId, another, "2")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("counter.case-has-visit"));
        receive(FRONT, ticket, "1", CITIZEN1, matter)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("counter.visit-already-filed"));
        assertThat(mongo.findById(another, Document.class, "hall_tickets").getString("caseId"))
                .isNull();
        assertThat(mongo.findById(ticket, Document.class, "hall_tickets").getString("caseId"))
                .isEqualTo(caseId);
    }

    private ResultActions attach(RequestPostProcessor who, String caseId, String ticketId, String window)
            throws Exception {
        return mvc.perform(post("/api/approvals/cases/" + caseId + "/visit")
                .with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"ticketId\":\"%s\",\"window\":\"%s\"}".formatted(ticketId, window)));
    }

    private ResultActions receive(
            RequestPostProcessor who, String ticketId, String window, String idNumber, String code) throws Exception {
        String layout = new Applications(mvc).upload(FRONT, "layout.pdf");
        return mvc.perform(post("/api/approvals/cases")
                .with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"matterCode":"%s","principal":{"name":"陈志强","idNumber":"%s"},
                         "materials":[{"materialCode":"layout","fileId":"%s"}],
                         "visit":{"ticketId":%s,"window":"%s"}}""".formatted(code, idNumber, layout, jsonString(ticketId), window)));
    }

    private static String jsonString(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private ResultActions action(RequestPostProcessor who, String caseId, String action, String json) throws Exception {
        return mvc.perform(post("/api/approvals/cases/" + caseId + "/" + action)
                .with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private String collection(String window, String idNumber) {
        return """
                {"collection":{"servicePointId":"%s","window":"%s","collectorIdNumber":"%s"}}""".formatted(hall, window, idNumber);
    }

    /** A promised matter for people: one uploaded material, one approver step. */
    private static MatterDefinition promisedFiling(String code, String department) {
        return new MatterDefinition(
                code,
                "个体工商户变更登记",
                department,
                "01",
                Set.of(Subject.PERSON),
                "《促进个体工商户发展条例》",
                "",
                List.of(new MaterialRequirement("layout", "经营场所布局图", MaterialForm.COPY, true, null, null)),
                List.of(new ProcessStep("review", "审查", "approver", 2)),
                10,
                5,
                BigDecimal.ZERO,
                "",
                CaseType.PROMISED,
                false,
                false,
                null,
                List.of());
    }
}
