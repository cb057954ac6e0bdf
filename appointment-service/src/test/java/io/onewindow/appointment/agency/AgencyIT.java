package io.onewindow.appointment.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.appointment.servicepoint.ServicePointDirectory;
import io.onewindow.appointment.slot.SlotInventory;
import io.onewindow.appointment.slot.domain.PlannedSlot;
import io.onewindow.appointment.support.Agency;
import io.onewindow.appointment.support.AgencyIntegrationTest;
import io.onewindow.appointment.support.AppointmentClockConfiguration;
import io.onewindow.appointment.support.EventTap;
import io.onewindow.appointment.support.TestCodes;
import io.onewindow.appointment.support.TestIds;
import io.onewindow.appointment.support.TestPoints;
import io.onewindow.appointment.support.Tokens;
import io.onewindow.platform.identity.IdentityPseudonyms;
import io.onewindow.platform.test.MutableClock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Agents act for others only with proof, with the realm's real tokens: the register, mandates,
 * the refusals (each published as {@code AgentBookingRefused}, nothing held, nothing booked), the
 * inspector's suspensions and the bookings behind an alert. Ordered: agent1 is first not enrolled.
 */
@AgencyIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AgencyIT {

    static final String HALL = "agency-hall";
    static final String MATTER = TestPoints.BUSINESS_REGISTRATION;
    static final String CODE = Agency.INTERMEDIARY;
    static final LocalDate END_OF_MONTH = LocalDate.of(2026, 12, 31);
    static final List<String> NOT_ADMINS = List.of(
            "citizen1", "enterprise1", "agent1", "officer1", "approver1", "deptadmin1", "catalogadmin1", "inspector1");
    static final List<String> NOT_INSPECTORS = List.of(
            "citizen1", "enterprise1", "agent1", "officer1", "approver1", "deptadmin1", "catalogadmin1", "admin1");
    static EventTap events;

    @Autowired
    MockMvc mvc;

    @Autowired
    ServicePointDirectory points;

    @Autowired
    SlotInventory inventory;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MutableClock clock;

    @Autowired
    IdentityPseudonyms pseudonyms;

    @BeforeAll
    static void tap() {
        events = new EventTap();
    }

    @AfterAll
    static void closeTap() {
        events.close();
    }

    @BeforeEach
    void hall() {
        clock.set(AppointmentClockConfiguration.TUESDAY_MORNING);
        points.upsert(TestPoints.hallWithPlacesPerSlot(HALL, 4));
    }

    static RequestPostProcessor as(String username) {
        return Tokens.of(username);
    }

    ResultActions book(String principalId, String start) throws Exception {
        return mvc.perform(post("/api/appointments")
                .with(as("agent1"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"servicePointId":"%s","matterCode":"%s","start":"%s","principalIdNumber":"%s"}""".formatted(HALL, MATTER, start, principalId)));
    }

    ResultActions postJson(String path, RequestPostProcessor who, String body) throws Exception {
        return mvc.perform(
                post(path).with(who).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    long count(String collection) {
        return mongo.getCollection(collection).countDocuments();
    }

    int taken(String start) {
        return inventory.taken(PlannedSlot.idOf(HALL, MATTER, LocalDateTime.parse(start)));
    }

    String pseudonym(String idNumber) {
        return pseudonyms.ofIdNumber(idNumber);
    }

    /** Waits for the refusal of agent1 for this principal with this reason. */
    void awaitRefusal(String principalId, String reason) {
        events.await(r -> r.value().contains("onewindow.appointment.AgentBookingRefused.v1")
                && r.value().contains("\"principalPseudonym\":\"" + pseudonym(principalId) + "\"")
                && r.value().contains("\"reason\":\"" + reason + "\""));
    }

    /** Asserts that an agent request was refused with a 403 problem and left nothing behind. */
    void refusedWithNothingWritten(String principalId, String start, String code, String reason) throws Exception {
        long bookings = count("bookings");
        long guards = count("booking_guards");
        long refusals = count("agent_booking_refusals");
        int taken = taken(start);
        book(principalId, start)
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:" + code));
        assertThat(count("bookings")).isEqualTo(bookings);
        assertThat(count("booking_guards")).isEqualTo(guards);
        assertThat(taken(start)).isEqualTo(taken);
        assertThat(count("agent_booking_refusals")).isEqualTo(refusals + 1);
        awaitRefusal(principalId, reason);
    }

    @Test
    @Order(1)
    void anAgentNotEnrolledIsRefusedAndAFreeTextAuthorizationIsNoLongerAccepted() throws Exception {
        String principal = TestIds.person(1).value();
        long bookings = count("bookings");
        mvc.perform(post("/api/appointments")
                        .with(as("agent1"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"servicePointId":"%s","matterCode":"%s","start":"2026-12-02T09:00:00",
                                 "principalIdNumber":"%s","authorizationRef":"x"}""".formatted(HALL, MATTER, principal)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("unknown-field"));
        assertThat(count("bookings")).isEqualTo(bookings);
        refusedWithNothingWritten(principal, "2026-12-02T09:00:00", "agency.not-enrolled", "NOT_ENROLLED");
        // Invented, checksum-valid ID numbers get nothing either.
        refusedWithNothingWritten(
                TestIds.person(2).value(), "2026-12-02T09:00:00", "agency.not-enrolled", "NOT_ENROLLED");
    }

    @Test
    @Order(2)
    void onlyAPlatformAdministratorKeepsTheRegisterAndAnAgentBelongsToOneIntermediary() throws Exception {
        String register = "/api/appointments/agency/intermediaries";
        String body = """
                {"creditCode":"%s","name":"番禺代办服务有限公司"}""".formatted(CODE);
        for (String user : NOT_ADMINS) {
            postJson(register, as(user), body).andExpect(status().isForbidden());
        }
        assertThat(count("intermediaries")).isZero();
        postJson(register, as("admin1"), body)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.creditCode").value(CODE))
                .andExpect(jsonPath("$.registeredBy").value("admin1"));
        events.await(r ->
                r.value().contains("IntermediaryRegistered.v1") && r.value().contains(CODE));
        postJson(register, as("admin2"), body)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("agency.intermediary-registered"));

        String enrol = register + "/" + CODE + "/agents";
        String agent = """
                {"agentUsername":"agent1","agentIdNumber":"%s"}""".formatted(Agency.AGENT1_ID);
        for (String user : NOT_ADMINS) {
            postJson(enrol, as(user), agent).andExpect(status().isForbidden());
        }
        postJson(enrol, as("admin1"), agent)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.agents[0].username").value("agent1"))
                .andExpect(jsonPath("$.agents[0].idMasked").value("440113********2469"))
                .andExpect(content().string(not(containsString(Agency.AGENT1_ID))));
        assertThat(mongo.getCollection("intermediaries").find().first().toJson())
                .doesNotContain(Agency.AGENT1_ID);
        events.await(r -> r.value().contains("AgentEnrolled.v1")
                && r.value().contains("\"agentPseudonym\":\"" + pseudonym(Agency.AGENT1_ID) + "\"")
                && !r.value().contains(Agency.AGENT1_ID));
        postJson(enrol, as("admin1"), agent).andExpect(status().isConflict());

        // The same agent under a second intermediary: refused, the second stays without agents.
        String second = TestCodes.intermediary(2).value();
        postJson(register, as("admin1"), """
                        {"creditCode":"%s","name":"另一家代办公司"}""".formatted(second)).andExpect(status().isCreated());
        postJson(register + "/" + second + "/agents", as("admin1"), agent)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("agency.agent-enrolled"));
        postJson(register + "/" + second + "/agents", as("admin1"), """
                        {"agentUsername":"agent1-alias","agentIdNumber":"%s"}""".formatted(Agency.AGENT1_ID))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("agency.agent-enrolled"));

        for (String reader : List.of("admin1", "inspector1")) {
            mvc.perform(get(register).with(as(reader)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$", hasSize(2)));
            mvc.perform(get(register + "/" + second).with(as(reader)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.agents", hasSize(0)));
        }
        for (String user :
                List.of("citizen1", "enterprise1", "agent1", "officer1", "approver1", "deptadmin1", "catalogadmin1")) {
            mvc.perform(get(register).with(as(user))).andExpect(status().isForbidden());
        }

        // Bad input: nothing registered.
        long before = count("intermediaries");
        postJson(register, as("admin1"), "{\"creditCode\":").andExpect(status().isBadRequest());
        postJson(register, as("admin1"), "{\"creditCode\":{\"$gt\":\"\"},\"name\":\"x\"}")
                .andExpect(status().isBadRequest());
        postJson(register, as("admin1"), "{\"creditCode\":\"91440113MA5D000167\",\"name\":\"x\"}")
                .andExpect(status().isBadRequest());
        postJson(register, as("admin1"), """
                        {"creditCode":"%s","name":"$where"}""".formatted(TestCodes.intermediary(3).value()))
                .andExpect(status().isBadRequest());
        postJson(register + "/" + second + "/agents", as("admin1"), """
                        {"agentUsername":"agent9","agentIdNumber":"440113198809212468"}""").andExpect(status().isBadRequest());
        postJson(register + "/" + TestCodes.intermediary(4).value() + "/agents", as("admin1"), """
                        {"agentUsername":"agent9","agentIdNumber":"%s"}""".formatted(
                                TestIds.person(9).value()))
                .andExpect(status().isNotFound());
        assertThat(count("intermediaries")).isEqualTo(before);
    }

    @Test
    @Order(3)
    void anEnrolledAgentWithoutAMandateIsRefused() throws Exception {
        Agency.enrolAgent1(mvc, as("admin1"));
        refusedWithNothingWritten(TestIds.person(3).value(), "2026-12-02T09:20:00", "mandate.missing", "NO_MANDATE");
    }

    @Test
    @Order(4)
    void aMandateOfThePrincipalLetsTheAgentBookAndCoversNoOneElse() throws Exception {
        Agency.enrolAgent1(mvc, as("admin1"));
        String citizen1 = "440113199003071235";
        String mandate = Agency.grant(mvc, as("citizen1"), END_OF_MONTH, MATTER);
        events.await(r -> r.value().contains("MandateGranted.v1")
                && r.value().contains(mandate)
                && r.value().contains("\"principalPseudonym\":\"" + pseudonym(citizen1) + "\"")
                && r.value().contains("\"grantedVia\":\"ONLINE\"")
                && r.value().contains("\"intermediaryCode\":\"" + CODE + "\"")
                && !r.value().contains(citizen1));

        book(citizen1, "2026-12-02T10:00:00")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.bookedByAgent").value("agent1"))
                .andExpect(jsonPath("$.principalIdMasked").value("440113********1235"));
        assertThat(mongo.getCollection("bookings")
                        .find(new org.bson.Document("mandateId", mandate))
                        .first())
                .isNotNull();

        // The mandate of citizen1 does not cover citizen2.
        refusedWithNothingWritten("440113200002290028", "2026-12-02T10:20:00", "mandate.missing", "NO_MANDATE");

        mvc.perform(get("/api/appointments/mandates/given").with(as("citizen1")))
                .andExpect(jsonPath("$[?(@.id=='" + mandate + "')].live").value(true));
        mvc.perform(get("/api/appointments/mandates/received").with(as("agent1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id=='" + mandate + "')].maskedPrincipal")
                        .value("440113********1235"))
                .andExpect(content().string(not(containsString(citizen1))));
        mvc.perform(get("/api/appointments/mandates/given").with(as("citizen2")))
                .andExpect(content().string(not(containsString(mandate))));

        // Another principal's mandate: 404, nothing revoked.
        mvc.perform(post("/api/appointments/mandates/" + mandate + "/revoke").with(as("citizen2")))
                .andExpect(status().isNotFound());
        postJson("/api/appointments/mandates/" + mandate + "/revoke-at-window", as("officer1"), """
                        {"principalIdNumber":"440113200002290028","principalName":"李四","idCardChecked":true}""")
                .andExpect(status().isNotFound());
        for (String user :
                List.of("agent1", "officer1", "approver1", "deptadmin1", "catalogadmin1", "inspector1", "admin1")) {
            mvc.perform(post("/api/appointments/mandates/" + mandate + "/revoke")
                            .with(as(user)))
                    .andExpect(status().isForbidden());
        }
        assertThat(mongo.getCollection("mandates")
                        .find(new org.bson.Document("_id", mandate))
                        .first()
                        .get("revokedAt"))
                .isNull();
        mvc.perform(get("/api/appointments/mandates/given").with(as("citizen1")))
                .andExpect(jsonPath("$[?(@.id=='" + mandate + "')].live").value(true));
    }

    @Test
    @Order(5)
    void aMandateForOtherMattersDoesNotCover() throws Exception {
        Agency.enrolAgent1(mvc, as("admin1"));
        String principal = TestIds.person(5).value();
        Agency.grantAtWindow(mvc, as("officer1"), principal, END_OF_MONTH, TestPoints.DEED_TAX);
        refusedWithNothingWritten(principal, "2026-12-02T11:00:00", "mandate.out-of-scope", "MANDATE_OUT_OF_SCOPE");
    }

    @Test
    @Order(6)
    void aRevokedMandateNoLongerCovers() throws Exception {
        Agency.enrolAgent1(mvc, as("admin1"));
        String citizen2 = "440113200002290028";
        String mandate = Agency.grant(mvc, as("citizen2"), END_OF_MONTH);
        mvc.perform(post("/api/appointments/mandates/" + mandate + "/revoke").with(as("citizen2")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.live").value(false))
                .andExpect(jsonPath("$.revokedAt").isString());
        events.await(r -> r.value().contains("MandateRevoked.v1") && r.value().contains(mandate));
        mvc.perform(post("/api/appointments/mandates/" + mandate + "/revoke").with(as("citizen2")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("mandate.already-revoked"));
        refusedWithNothingWritten(citizen2, "2026-12-02T11:20:00", "mandate.missing", "NO_MANDATE");

        // At a window, for the principal whose card was checked.
        String principal = TestIds.person(6).value();
        String atWindow = Agency.grantAtWindow(mvc, as("officer1"), principal, END_OF_MONTH);
        events.await(r -> r.value().contains("MandateGranted.v1")
                && r.value().contains(atWindow)
                && r.value().contains("\"grantedVia\":\"WINDOW\"")
                && r.value().contains("\"recordedBy\":\"officer1\""));
        postJson("/api/appointments/mandates/" + atWindow + "/revoke-at-window", as("officer1"), """
                        {"principalIdNumber":"%s","principalName":"张三","idCardChecked":false}""".formatted(
                                principal))
                .andExpect(status().isBadRequest());
        postJson("/api/appointments/mandates/" + atWindow + "/revoke-at-window", as("citizen1"), """
                        {"principalIdNumber":"%s","principalName":"张三","idCardChecked":true}""".formatted(
                                principal))
                .andExpect(status().isForbidden());
        postJson("/api/appointments/mandates/" + atWindow + "/revoke-at-window", as("officer1"), """
                        {"principalIdNumber":"%s","principalName":"张三","idCardChecked":true}""".formatted(
                                principal))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.live").value(false));
        refusedWithNothingWritten(principal, "2026-12-02T11:20:00", "mandate.missing", "NO_MANDATE");
    }

    @Test
    @Order(7)
    void anExpiredMandateNoLongerCovers() throws Exception {
        Agency.enrolAgent1(mvc, as("admin1"));
        String principal = TestIds.person(7).value();
        Agency.grantAtWindow(mvc, as("officer1"), principal, LocalDate.of(2026, 12, 1));
        clock.set(LocalDateTime.of(2026, 12, 2, 0, 0));
        refusedWithNothingWritten(principal, "2026-12-03T09:00:00", "mandate.missing", "NO_MANDATE");
        clock.set(LocalDateTime.of(2026, 12, 1, 23, 59, 59));
        book(principal, "2026-12-03T09:00:00").andExpect(status().isCreated());
    }

    @Test
    @Order(8)
    void suspendingTheAgentCancelsTheirFutureBookingsAndRefusesTheNextUntilReinstated() throws Exception {
        Agency.enrolAgent1(mvc, as("admin1"));
        String principal = TestIds.person(8).value();
        Agency.grantAtWindow(mvc, as("officer1"), principal, END_OF_MONTH);
        String booking = Agency.idOf(book(principal, "2026-12-04T09:00:00")
                .andExpect(status().isCreated())
                .andReturn());
        assertThat(taken("2026-12-04T09:00:00")).isEqualTo(1);

        String suspend = "/api/appointments/agency/intermediaries/" + CODE + "/agents/agent1/suspend";
        for (String user : NOT_INSPECTORS) {
            postJson(suspend, as(user), "{\"reason\":\"scalping alert 17\"}").andExpect(status().isForbidden());
        }
        postJson(suspend, as("inspector1"), "{\"reason\":\"$where\"}").andExpect(status().isBadRequest());
        postJson(suspend, as("inspector1"), "{\"reason\":\"\"}").andExpect(status().isBadRequest());
        assertThat(mongo.getCollection("bookings")
                        .find(new org.bson.Document("_id", booking))
                        .first()
                        .getString("status"))
                .isEqualTo("BOOKED");
        try {
            postJson(suspend, as("inspector1"), "{\"reason\":\"scalping alert 17\"}")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.bookingsCancelled").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
            events.await(r -> r.value().contains("AgencySuspended.v1")
                    && r.value().contains("\"agentUsername\":\"agent1\"")
                    && r.value().contains("\"suspendedBy\":\"inspector1\""));
            events.await(r -> booking.equals(r.key())
                    && r.value().contains("Cancelled.v1")
                    && r.value().contains("\"reason\":\"AGENT_SUSPENDED\""));
            assertThat(taken("2026-12-04T09:00:00")).isZero();
            refusedWithNothingWritten(principal, "2026-12-04T09:20:00", "agency.suspended", "SUSPENDED");
        } finally {
            postJson(
                            "/api/appointments/agency/intermediaries/" + CODE + "/agents/agent1/reinstate",
                            as("inspector1"),
                            "{\"reason\":\"cleared\"}")
                    .andExpect(status().isOk());
        }
        events.await(r -> r.value().contains("AgencyReinstated.v1") && r.value().contains("\"reason\":\"cleared\""));
        book(principal, "2026-12-04T09:20:00").andExpect(status().isCreated());
    }

    @Test
    @Order(9)
    void suspendingTheIntermediaryCancelsItsAgentsFutureBookings() throws Exception {
        Agency.enrolAgent1(mvc, as("admin1"));
        String principal = TestIds.person(9).value();
        Agency.grantAtWindow(mvc, as("officer1"), principal, END_OF_MONTH);
        String booking = Agency.idOf(book(principal, "2026-12-07T09:00:00")
                .andExpect(status().isCreated())
                .andReturn());
        String suspend = "/api/appointments/agency/intermediaries/" + CODE + "/suspend";
        for (String user : NOT_INSPECTORS) {
            postJson(suspend, as(user), "{\"reason\":\"office resells places\"}")
                    .andExpect(status().isForbidden());
        }
        try {
            postJson(suspend, as("inspector1"), "{\"reason\":\"office resells places\"}")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.intermediary.suspended").value(true));
            events.await(r -> r.value().contains("AgencySuspended.v1")
                    && r.value().contains("\"reason\":\"office resells places\"")
                    && !r.value().contains("\"agentUsername\":\"agent1\""));
            events.await(r -> booking.equals(r.key()) && r.value().contains("\"reason\":\"AGENT_SUSPENDED\""));
            postJson(suspend, as("inspector1"), "{\"reason\":\"again\"}")
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("agency.already-suspended"));
            refusedWithNothingWritten(principal, "2026-12-07T09:20:00", "agency.suspended", "SUSPENDED");
        } finally {
            postJson(
                            "/api/appointments/agency/intermediaries/" + CODE + "/reinstate",
                            as("inspector1"),
                            "{\"reason\":\"fined and cleared\"}")
                    .andExpect(status().isOk());
        }
        book(principal, "2026-12-07T09:20:00").andExpect(status().isCreated());
    }

    @Test
    @Order(10)
    void anInspectorReadsTheBookingsBehindAnAlertMaskedAndCancelsAScalpedOne() throws Exception {
        Agency.enrolAgent1(mvc, as("admin1"));
        String principal = TestIds.person(10).value();
        Agency.grantAtWindow(mvc, as("officer1"), principal, END_OF_MONTH);
        String booking = Agency.idOf(book(principal, "2026-12-08T09:00:00")
                .andExpect(status().isCreated())
                .andReturn());
        String read =
                "/api/appointments/agency/inspection/bookings?ids=" + booking + ",00000000-0000-0000-0000-000000000000";
        for (String user : NOT_INSPECTORS) {
            mvc.perform(get(read).with(as(user))).andExpect(status().isForbidden());
        }
        mvc.perform(get(read).with(as("inspector1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].principalIdMasked")
                        .value(TestIds.person(10).masked()))
                .andExpect(jsonPath("$[0].agentUsername").value("agent1"))
                .andExpect(jsonPath("$[0].intermediaryCode").value(CODE))
                .andExpect(jsonPath("$[0].servicePointId").value(HALL))
                .andExpect(jsonPath("$[0].matterCode").value(MATTER))
                .andExpect(jsonPath("$[0].channel").value("OTHER"))
                .andExpect(jsonPath("$[0].fingerprintHash").isString())
                .andExpect(content().string(not(containsString(principal))));
        String tooMany = IntStream.range(0, 51)
                .mapToObj(i -> "00000000-0000-0000-0000-%012d".formatted(i))
                .collect(Collectors.joining(","));
        mvc.perform(get("/api/appointments/agency/inspection/bookings?ids=" + tooMany)
                        .with(as("inspector1")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/appointments/agency/inspection/bookings?ids=$where")
                        .with(as("inspector1")))
                .andExpect(status().isBadRequest());

        String cancel = "/api/appointments/agency/inspection/bookings/" + booking + "/cancel";
        for (String user : NOT_INSPECTORS) {
            postJson(cancel, as(user), "{\"reason\":\"resold\"}").andExpect(status().isForbidden());
        }
        assertThat(taken("2026-12-08T09:00:00")).isEqualTo(1);
        postJson(cancel, as("inspector1"), "{\"reason\":\"resold on a forum\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].status").value("CANCELLED"))
                .andExpect(jsonPath("$[0].cancelReason").value("SCALPING"));
        events.await(r -> booking.equals(r.key())
                && r.value().contains("\"reason\":\"SCALPING\"")
                && r.value().contains("\"detail\":\"resold on a forum\""));
        assertThat(taken("2026-12-08T09:00:00")).isZero();
        postJson(
                        "/api/appointments/agency/inspection/bookings/00000000-0000-0000-0000-000000000000/cancel",
                        as("inspector1"),
                        "{\"reason\":\"x\"}")
                .andExpect(status().isNotFound());
    }

    @Test
    @Order(11)
    void mandatesAreGivenOnlyByPrincipalsOrAtAWindowWithSaneInput() throws Exception {
        Agency.enrolAgent1(mvc, as("admin1"));
        String grant = """
                {"agentIdNumber":"%s","validUntil":"2026-12-31"}""".formatted(Agency.AGENT1_ID);
        long before = count("mandates");
        for (String user :
                List.of("agent1", "officer1", "approver1", "deptadmin1", "catalogadmin1", "inspector1", "admin1")) {
            postJson("/api/appointments/mandates", as(user), grant).andExpect(status().isForbidden());
        }
        String window = """
                {"principalIdNumber":"%s","principalName":"张三","idCardChecked":true,
                 "agentIdNumber":"%s","validUntil":"2026-12-31"}""".formatted(TestIds.person(11).value(), Agency.AGENT1_ID);
        for (String user : List.of(
                "citizen1",
                "enterprise1",
                "agent1",
                "approver1",
                "deptadmin1",
                "catalogadmin1",
                "inspector1",
                "admin1")) {
            postJson("/api/appointments/mandates/at-window", as(user), window).andExpect(status().isForbidden());
        }
        for (String user : List.of("officer1", "approver1", "inspector1", "admin1", "agent1")) {
            mvc.perform(get("/api/appointments/mandates/given").with(as(user))).andExpect(status().isForbidden());
        }
        for (String user : List.of("citizen1", "enterprise1", "officer1", "inspector1", "admin1")) {
            mvc.perform(get("/api/appointments/mandates/received").with(as(user)))
                    .andExpect(status().isForbidden());
        }

        // Bad input, nothing written.
        postJson("/api/appointments/mandates", as("citizen1"), "{\"agentIdNumber\":")
                .andExpect(status().isBadRequest());
        postJson("/api/appointments/mandates", as("citizen1"), """
                        {"agentIdNumber":"440113198809212468","validUntil":"2026-12-31"}""").andExpect(status().isBadRequest());
        postJson("/api/appointments/mandates", as("citizen1"), """
                        {"agentIdNumber":{"$gt":""},"validUntil":"2026-12-31"}""").andExpect(status().isBadRequest());
        postJson("/api/appointments/mandates", as("citizen1"), """
                        {"agentIdNumber":"%s","validUntil":"2026-12-31","matterCodes":["$where"]}""".formatted(Agency.AGENT1_ID))
                .andExpect(status().isBadRequest());
        postJson("/api/appointments/mandates", as("citizen1"), """
                        {"agentIdNumber":"%s","validUntil":5}""".formatted(Agency.AGENT1_ID))
                .andExpect(status().isBadRequest());
        postJson("/api/appointments/mandates", as("citizen1"), """
                        {"agentIdNumber":"%s","validUntil":"2027-12-01"}""".formatted(Agency.AGENT1_ID))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("mandate.term-too-long"));
        postJson("/api/appointments/mandates", as("citizen1"), """
                        {"agentIdNumber":"%s","validFrom":"2026-11-30","validUntil":"2026-12-31"}""".formatted(Agency.AGENT1_ID))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("mandate.term-in-past"));
        postJson("/api/appointments/mandates", as("citizen1"), """
                        {"agentIdNumber":"%s","validFrom":"2026-12-10","validUntil":"2026-12-09"}""".formatted(Agency.AGENT1_ID))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("mandate.term-reversed"));
        postJson("/api/appointments/mandates", as("citizen1"), """
                        {"agentIdNumber":"%s","validUntil":"2026-12-31"}""".formatted(
                                TestIds.person(12).value()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("mandate.agent-not-enrolled"));
        postJson("/api/appointments/mandates/at-window", as("officer1"), window.replace("true", "false"))
                .andExpect(status().isBadRequest());
        postJson(
                        "/api/appointments/mandates/at-window",
                        as("officer1"),
                        window.replace(
                                "\"principalName\"",
                                "\"principalCreditCode\":\"91440113MA5D000166\",\"principalName\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("mandate.principal-ambiguous"));
        assertThat(count("mandates")).isEqualTo(before);

        // An enterprise gives a mandate from its account, under its credit code.
        postJson("/api/appointments/mandates", as("enterprise1"), grant)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.principalKind").value("ENTERPRISE"))
                .andExpect(jsonPath("$.maskedPrincipal").value("91440113******0166"));
        events.await(r -> r.value().contains("MandateGranted.v1")
                && r.value().contains("\"principalKind\":\"ENTERPRISE\"")
                && r.value()
                        .contains("\"principalPseudonym\":\"" + pseudonyms.ofCreditCode("91440113MA5D000166") + "\""));
    }

    @Test
    @Order(12)
    void concurrentRequestsOfOneIntermediaryForTheLastPlacesOfASlotGetItsShareOnly() throws Exception {
        Agency.enrolAgent1(mvc, as("admin1"));
        // A day on which agent1 holds no live booking (the suspension cancelled them), so the agent's
        // own day limit (5) lets all five through to the intermediary's share of the slot.
        String start = "2026-12-02T13:30:00";
        List<String> principals = IntStream.range(0, 5)
                .mapToObj(i -> TestIds.person(120 + i).value())
                .toList();
        for (String principal : principals) {
            Agency.grantAtWindow(mvc, as("officer1"), principal, END_OF_MONTH);
        }
        RequestPostProcessor agent = as("agent1");
        long refusals = count("agent_booking_refusals");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(5);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<org.springframework.test.web.servlet.MvcResult>> answers =
                    principals.stream()
                            .map(principal -> pool.submit(() -> {
                                go.await();
                                return mvc.perform(post("/api/appointments")
                                                .with(agent)
                                                .contentType(MediaType.APPLICATION_JSON)
                                                .content("""
                                                {"servicePointId":"%s","matterCode":"%s","start":"%s","principalIdNumber":"%s"}""".formatted(HALL, MATTER, start, principal)))
                                        .andReturn();
                            }))
                            .toList();
            go.countDown();
            int created = 0;
            for (var answer : answers) {
                org.springframework.test.web.servlet.MvcResult result = answer.get();
                if (result.getResponse().getStatus() == 201) {
                    created++;
                } else {
                    assertThat(result.getResponse().getContentAsString()).contains("agency.slot-limit");
                    assertThat(result.getResponse().getStatus()).isEqualTo(409);
                }
            }
            assertThat(created).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        // The slot had 4 places: the intermediary holds its one, three are left for others.
        assertThat(taken(start)).isEqualTo(1);
        assertThat(mongo.getCollection("bookings")
                        .countDocuments(new org.bson.Document(
                                "slotId", PlannedSlot.idOf(HALL, MATTER, LocalDateTime.parse(start)))))
                .isEqualTo(1);
        assertThat(count("agent_booking_refusals")).isEqualTo(refusals + 4);
        awaitRefusal(
                principals.stream()
                        .filter(p -> mongo.getCollection("bookings")
                                        .countDocuments(new org.bson.Document("principalIdHash", pseudonym(p)))
                                == 0)
                        .findFirst()
                        .orElseThrow(),
                "INTERMEDIARY_LIMIT");
        // A citizen booking for themself is not counted against the intermediary.
        mvc.perform(post("/api/appointments")
                        .with(as("citizen1"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"servicePointId":"%s","matterCode":"%s","start":"%s"}""".formatted(HALL, MATTER, start)))
                .andExpect(status().isCreated());
    }

    @Test
    @Order(13)
    void anAgentHoldsAtMostTheDaysLimitOfLiveBookings() throws Exception {
        Agency.enrolAgent1(mvc, as("admin1"));
        List<String> starts = List.of(
                "2026-12-08T10:00:00",
                "2026-12-08T10:20:00",
                "2026-12-08T10:40:00",
                "2026-12-08T11:00:00",
                "2026-12-08T11:20:00");
        for (int i = 0; i < starts.size(); i++) {
            String principal = TestIds.person(130 + i).value();
            Agency.grantAtWindow(mvc, as("officer1"), principal, END_OF_MONTH);
            book(principal, starts.get(i)).andExpect(status().isCreated());
        }
        String sixth = TestIds.person(135).value();
        Agency.grantAtWindow(mvc, as("officer1"), sixth, END_OF_MONTH);
        long bookings = count("bookings");
        long refusals = count("agent_booking_refusals");
        book(sixth, "2026-12-08T11:40:00")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("agency.agent-limit"));
        assertThat(count("bookings")).isEqualTo(bookings);
        assertThat(taken("2026-12-08T11:40:00")).isZero();
        assertThat(count("agent_booking_refusals")).isEqualTo(refusals + 1);
        awaitRefusal(sixth, "AGENT_LIMIT");
        // Another day is another count.
        book(sixth, "2026-12-04T11:40:00").andExpect(status().isCreated());
    }

    @Test
    @Order(14)
    void anAgentMovesAndCancelsOnlyWhileTheMandateHolds() throws Exception {
        Agency.enrolAgent1(mvc, as("admin1"));
        String principal = TestIds.person(140).value();
        String mandate = Agency.grantAtWindow(mvc, as("officer1"), principal, END_OF_MONTH);
        String booking = Agency.idOf(book(principal, "2026-12-03T13:50:00")
                .andExpect(status().isCreated())
                .andReturn());
        postJson("/api/appointments/" + booking + "/reschedule", as("agent1"), "{\"start\":\"2026-12-03T14:10:00\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.slotStart").value("2026-12-03T14:10:00+08:00"));
        postJson("/api/appointments/mandates/" + mandate + "/revoke-at-window", as("officer1"), """
                        {"principalIdNumber":"%s","principalName":"张三","idCardChecked":true}""".formatted(
                                principal))
                .andExpect(status().isOk());

        long refusals = count("agent_booking_refusals");
        postJson("/api/appointments/" + booking + "/reschedule", as("agent1"), "{\"start\":\"2026-12-03T14:30:00\"}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("mandate.missing"));
        mvc.perform(post("/api/appointments/" + booking + "/cancel").with(as("agent1")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("mandate.missing"));
        assertThat(count("agent_booking_refusals")).isEqualTo(refusals + 2);
        org.bson.Document stored = mongo.getCollection("bookings")
                .find(new org.bson.Document("_id", booking))
                .first();
        assertThat(stored.getString("status")).isEqualTo("BOOKED");
        assertThat(taken("2026-12-03T14:10:00")).isEqualTo(1);
        assertThat(taken("2026-12-03T14:30:00")).isZero();
    }
}
