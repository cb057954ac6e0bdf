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
 * Linked business to the counter (一号联办): the parts checked in with one ticket become one linked filing
 * (联办件) at a comprehensive window — a case per department under one number, the shared material given
 * once, each department deciding its part, one progress, one collection — and every refusal writes nothing.
 */
class LinkedReceptionIT extends ApprovalIntegrationTest {

    static final String CITIZEN1 = "440113199003071235";
    static final String CITIZEN2 = "440113200002290028";
    static final String BUSINESS = "HOUSING-TRANSFER";

    /** officer5 (district-admin-service) holds comprehensive window 1; officer1 market regulation's window 2. */
    static final RequestPostProcessor FRONT = Callers.staff("officer5", Roles.WINDOW_OFFICER, "district-admin-service");

    static final RequestPostProcessor TAX_APPROVER = Callers.staff("approver3", Roles.APPROVER, "tax");

    @Autowired
    IdentityPseudonyms pseudonyms;

    String hall;
    String registration;
    String deedTax;
    CounterFeed counter;
    Applications applications;

    @BeforeEach
    void aHallOfferingBothPartsWithAComprehensiveWindow() {
        registration = freshCode("LKR");
        deedTax = freshCode("LKT");
        published(part(registration, "market-regulation", "title"));
        published(part(deedTax, "tax", "declaration"));
        hall = ServicePointFeed.freshPoint();
        ServicePointFeed.send(ServicePointFeed.point(hall, 1, "CREATED", true, registration, deedTax));
        servicePoints().awaitVersion(hall, 1);
        counter = new CounterFeed(mongo);
        counter.posted("officer5", "district-admin-service", System.nanoTime(), hall, "1");
        counter.posted("officer1", "market-regulation", System.nanoTime(), hall, "2");
        applications = new Applications(mvc);
    }

    @Test
    void aLinkedVisitBecomesOneLinkedFilingEachDepartmentDecidesItsPartAndBothAreCollectedAtOnce() throws Exception {
        String ticket = linkedTicket(CITIZEN1);
        String contract = applications.upload(FRONT, "contract.pdf");

        String received = receiveLinked(FRONT, ticket, "1", CITIZEN1, contract, registration, deedTax)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.business").value(BUSINESS))
                .andExpect(jsonPath("$.progress").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.visit.ticketId").value(ticket))
                .andExpect(jsonPath("$.visit.comprehensive").value(true))
                .andExpect(jsonPath("$.parts.length()").value(2))
                .andExpect(jsonPath("$.parts[0].matterCode").value(registration))
                .andExpect(jsonPath("$.parts[0].department").value("market-regulation"))
                .andExpect(jsonPath("$.parts[1].matterCode").value(deedTax))
                .andExpect(jsonPath("$.parts[1].department").value("tax"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String number = JsonPath.read(received, "$.linkedNumber");
        assertThat(number).matches("LB-\\d{8}-\\d{6}");
        String registrationCase = JsonPath.read(received, "$.parts[0].id");
        String taxCase = JsonPath.read(received, "$.parts[1].id");
        // The contract was given once: both parts refer to the same upload.
        assertThat(JsonPath.<List<String>>read(received, "$.parts[*].materials[?(@.materialCode=='contract')].fileId"))
                .containsExactly(contract, contract);
        assertThat(JsonPath.<List<String>>read(received, "$.parts[*].linked.number"))
                .containsExactly(number, number);
        for (String caseId : List.of(registrationCase, taxCase)) {
            JsonNode submitted = ApprovalTopic.eventsFor(caseId, 1).get(0).data();
            assertThat(submitted.path("linkedNumber").asString()).isEqualTo(number);
            assertThat(submitted.path("ticketId").asString()).isEqualTo(ticket);
            assertThat(submitted.path("comprehensiveWindow").asBoolean()).isTrue();
        }
        assertThat(mongo.findById(ticket, Document.class, "hall_tickets").getString("caseId"))
                .isEqualTo(registrationCase);

        // One progress: the applicant sees both parts, each department its own, a stranger nothing.
        read(Callers.citizen1(), number)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parts.length()").value(2));
        read(Callers.approver1(), number)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parts.length()").value(1))
                .andExpect(jsonPath("$.parts[0].department").value("market-regulation"));
        read(TAX_APPROVER, number)
                .andExpect(jsonPath("$.parts.length()").value(1))
                .andExpect(jsonPath("$.parts[0].department").value("tax"));
        read(Callers.citizen2(), number).andExpect(status().isNotFound());

        // Nothing is collected while a part waits for its department.
        action(FRONT, registrationCase, "acceptance", "{}").andExpect(status().isOk());
        action(FRONT, taxCase, "acceptance", "{}").andExpect(status().isOk());
        decide(Callers.approver1(), registrationCase);
        collect(FRONT, number, "1", CITIZEN1)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("linked.part-not-decided"));
        // Each department decides its own part only.
        action(Callers.approver1(), taxCase, "steps", "{\"stepCode\":\"review\",\"opinion\":\"符合条件\"}")
                .andExpect(status().isNotFound());
        decide(TAX_APPROVER, taxCase);
        read(Callers.citizen1(), number).andExpect(jsonPath("$.progress").value("READY_FOR_COLLECTION"));

        // Collected once, at one window, by the applicant only: all parts or none.
        collect(FRONT, number, "1", CITIZEN2)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("counter.collector-mismatch"));
        collect(Callers.officer1(), number, "2", CITIZEN1)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("counter.not-a-delivery-window"));
        read(Callers.citizen1(), number)
                .andExpect(jsonPath("$.parts[0].state").value("APPROVED"))
                .andExpect(jsonPath("$.parts[1].state").value("APPROVED"));
        collect(FRONT, number, "1", CITIZEN1)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.progress").value("COMPLETED"))
                .andExpect(jsonPath("$.parts[0].delivery.window").value("1"))
                .andExpect(jsonPath("$.parts[1].delivery.window").value("1"))
                .andExpect(jsonPath("$.parts[1].delivery.collectorMasked").value("440113********1235"));
        assertThat(ApprovalTopic.typesFor(taxCase, 6)).contains("ApplicationCompleted");
    }

    @Test
    void aLinkedReceptionTheCounterMustNotTakeIsRefusedAndWritesNothing() throws Exception {
        String ticket = linkedTicket(CITIZEN1);
        String single = counter.ticket(hall, registration, "market-regulation", pseudonyms.ofIdNumber(CITIZEN1));
        String contract = applications.upload(FRONT, "contract.pdf");

        // A linked ticket is not received part by part.
        String title = applications.upload(FRONT, "title.pdf");
        mvc.perform(post("/api/approvals/cases")
                        .with(FRONT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"matterCode":"%s","principal":{"name":"陈志强","idNumber":"%s"},
                                 "materials":[{"materialCode":"title","fileId":"%s"},{"materialCode":"contract","fileId":"%s"}],
                                 "visit":{"ticketId":"%s","window":"1"}}""".formatted(registration, CITIZEN1, title, contract, ticket)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("counter.visit-is-linked"));
        // A ticket of one matter is not a linked filing.
        receiveLinked(FRONT, single, "1", CITIZEN1, contract, registration)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("counter.ticket-not-linked"));
        // The parts are exactly the ticket's.
        receiveLinked(FRONT, ticket, "1", CITIZEN1, contract, registration)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("counter.linked-parts-differ"));
        receiveLinked(FRONT, ticket, "1", CITIZEN1, contract, registration, registration)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("counter.linked-parts-differ"));
        // A department window takes its own department's part only; the officer must hold the window.
        receiveLinked(Callers.officer1(), ticket, "2", CITIZEN1, contract, registration, deedTax)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("application.other-department"));
        receiveLinked(Callers.officer1(), ticket, "1", CITIZEN1, contract, registration, deedTax)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("counter.not-posted-here"));
        receiveLinked(Callers.citizen1(), ticket, "1", CITIZEN1, contract, registration, deedTax)
                .andExpect(status().isForbidden());
        // The applicant is the visitor.
        receiveLinked(FRONT, ticket, "1", CITIZEN2, contract, registration, deedTax)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("counter.visitor-mismatch"));
        // Shared materials: listed by a part, and given once.
        mvc.perform(linked(
                        FRONT, ticket, CITIZEN1, """
                        [{"materialCode":"unheard-of","fileId":"%s"}]""".formatted(contract), """
                        {"matterCode":"%s","materials":[{"materialCode":"title","fileId":"%s"}]},
                        {"matterCode":"%s","materials":[]}""".formatted(registration, title, deedTax)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("counter.shared-material-unused"));
        mvc.perform(linked(
                        FRONT, ticket, CITIZEN1, """
                        [{"materialCode":"contract","fileId":"%s"}]""".formatted(contract), """
                        {"matterCode":"%s","materials":[{"materialCode":"contract","fileId":"%s"}]},
                        {"matterCode":"%s","materials":[]}""".formatted(registration, title, deedTax)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("counter.material-given-twice"));
        // Bad input: a smuggled operator as a matter code, a missing principal, no parts.
        mvc.perform(linked(FRONT, ticket, CITIZEN1, "[]", """
                        {"matterCode":{"$ne":""}}""")).andExpect(status().isBadRequest());
        mvc.perform(post("/api/approvals/linked-filings")
                        .with(FRONT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"visit\":{\"ticketId\":\"%s\",\"window\":\"1\"},\"parts\":[]}".formatted(ticket)))
                .andExpect(status().isBadRequest());

        for (String code : List.of(registration, deedTax)) {
            assertThat(mongo.count(
                            Query.query(Criteria.where("data.matter.code").is(code)), "cases"))
                    .as(code)
                    .isZero();
        }
        assertThat(mongo.findById(ticket, Document.class, "hall_tickets").getString("caseId"))
                .isNull();
        // Reads: a malformed number, an unknown one.
        read(Callers.citizen1(), "LB-1").andExpect(status().isBadRequest());
        read(Callers.citizen1(), "LB-20261202-999999").andExpect(status().isNotFound());

        // The ticket is still good for the right reception, once.
        receiveLinked(FRONT, ticket, "1", CITIZEN1, contract, registration, deedTax)
                .andExpect(status().isCreated());
        receiveLinked(FRONT, ticket, "1", CITIZEN1, contract, deedTax, registration)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("counter.visit-already-filed"));
    }

    private String linkedTicket(String visitor) {
        return counter.linkedTicket(
                hall, BUSINESS, pseudonyms.ofIdNumber(visitor), registration, "market-regulation", deedTax, "tax");
    }

    /** Every part given: the registration with its title, the tax part with its declaration; the contract shared. */
    private ResultActions receiveLinked(
            RequestPostProcessor who, String ticketId, String window, String idNumber, String contract, String... parts)
            throws Exception {
        StringBuilder given = new StringBuilder();
        for (String code : parts) {
            String own = code.equals(registration) ? "title" : "declaration";
            String file = applications.upload(FRONT, own + ".pdf");
            given.append(given.isEmpty() ? "" : ",").append("""
                            {"matterCode":"%s","formData":{"房屋坐落":"番禺区市桥街1号"},
                             "materials":[{"materialCode":"%s","fileId":"%s"}]}""".formatted(code, own, file));
        }
        return mvc.perform(post("/api/approvals/linked-filings")
                .with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"visit":{"ticketId":"%s","window":"%s"},
                         "principal":{"name":"陈志强","idNumber":"%s"},
                         "sharedMaterials":[{"materialCode":"contract","fileId":"%s"}],
                         "parts":[%s]}""".formatted(ticketId, window, idNumber, contract, given)));
    }

    private static org.springframework.test.web.servlet.RequestBuilder linked(
            RequestPostProcessor who, String ticketId, String idNumber, String shared, String parts) {
        return post("/api/approvals/linked-filings")
                .with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"visit":{"ticketId":"%s","window":"1"},
                         "principal":{"name":"陈志强","idNumber":"%s"},
                         "sharedMaterials":%s,
                         "parts":[%s]}""".formatted(ticketId, idNumber, shared, parts));
    }

    private ResultActions read(RequestPostProcessor who, String number) throws Exception {
        return mvc.perform(get("/api/approvals/linked-filings/" + number).with(who));
    }

    private ResultActions collect(RequestPostProcessor who, String number, String window, String idNumber)
            throws Exception {
        return mvc.perform(post("/api/approvals/linked-filings/" + number + "/completion")
                .with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"collection":{"servicePointId":"%s","window":"%s","collectorIdNumber":"%s"}}""".formatted(hall, window, idNumber)));
    }

    private void decide(RequestPostProcessor approver, String caseId) throws Exception {
        action(approver, caseId, "steps", "{\"stepCode\":\"review\",\"opinion\":\"符合条件\"}")
                .andExpect(status().isOk());
        action(approver, caseId, "approval", "{\"faceData\":{\"validYears\":\"5\"}}")
                .andExpect(status().isOk());
    }

    private ResultActions action(RequestPostProcessor who, String caseId, String action, String json) throws Exception {
        return mvc.perform(post("/api/approvals/cases/" + caseId + "/" + action)
                .with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    /** One part of the transfer for people: its own material, the contract both parts list, one approver step. */
    private static MatterDefinition part(String code, String department, String own) {
        return new MatterDefinition(
                code,
                "二手房联办事项",
                department,
                "01",
                Set.of(Subject.PERSON),
                "《不动产登记暂行条例》",
                "",
                List.of(
                        new MaterialRequirement(own, "本部门材料", MaterialForm.COPY, true, null, null),
                        new MaterialRequirement("contract", "存量房买卖合同", MaterialForm.COPY, true, null, null)),
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
