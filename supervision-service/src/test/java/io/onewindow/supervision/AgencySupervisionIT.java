package io.onewindow.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.events.appointment.AgencyReinstated;
import io.onewindow.platform.events.appointment.AgencySuspended;
import io.onewindow.platform.events.appointment.AgentBookingRefused;
import io.onewindow.platform.events.appointment.Booked;
import io.onewindow.platform.events.appointment.BookingChannel;
import io.onewindow.platform.events.appointment.IntermediaryRegistered;
import io.onewindow.platform.events.approval.AgentFilingRefused;
import io.onewindow.platform.events.license.LicenseReadRefused;
import io.onewindow.platform.events.license.PaperLicenseDigitised;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.security.Roles;
import io.onewindow.platform.test.Callers;
import io.onewindow.platform.test.MutableClock;
import io.onewindow.supervision.alerts.AlertBook;
import io.onewindow.supervision.support.EventFeed;
import io.onewindow.supervision.support.SupervisionIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 14 as supervision sees it: refused agent bookings and filings, refused license reads and
 * digitised paper licenses, written onto the real topics as the other services' outboxes would,
 * raise their alerts (read through the API by inspectors, by the department's admin, and refused to
 * others); bars on agents and intermediaries form a register inspectors read; scalping alerts name
 * their bookings.
 */
@SupervisionIntegrationTest
class AgencySupervisionIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Instant T0 = SupervisionIntegrationTest.START;
    private static final String DAY = "2026-03-02";

    @Autowired
    MockMvc mvc;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MutableClock clock;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventCodec codec;

    @Autowired
    AlertBook alerts;

    private EventFeed feed;
    private String run;

    @BeforeEach
    void feed() {
        clock.set(T0);
        feed = new EventFeed(kafka, codec);
        run = UUID.randomUUID().toString().substring(0, 6);
    }

    private void send(String topic, String source, DomainEvent event, Instant at) {
        feed.send(topic, EventFeed.envelope(source, event, at));
    }

    private void awaitAlert(String alertId) {
        await().atMost(PATIENCE)
                .until(() -> alerts.search(null, null, null).stream().anyMatch(a -> a.id().equals(alertId)));
    }

    private AgentBookingRefused bookingRefused(String agent, String department, Instant at) {
        return new AgentBookingRefused(
                UUID.randomUUID().toString(),
                agent,
                "agent-pseudonym",
                null,
                "principal-pseudonym",
                "sp-shiqiao",
                "MR-GT-001",
                department,
                "NO_MANDATE",
                at);
    }

    private AgentFilingRefused filingRefused(String agent, String department, Instant at) {
        return new AgentFilingRefused(
                UUID.randomUUID().toString(),
                agent,
                "agent-pseudonym",
                "principal-pseudonym",
                "MR-GT-001",
                department,
                "NO_MANDATE",
                at);
    }

    @Test
    void anAgentRefusedThreeTimesAcrossBookingsAndFilingsRaisesAnAlertForInspectorsAndTheDepartment() throws Exception {
        String agent = "agent-" + run;
        String below = "agent-few-" + run;
        send(Topics.APPOINTMENT, "/onewindow/appointment-service", bookingRefused(agent, "market-regulation", T0), T0);
        send(
                Topics.APPOINTMENT,
                "/onewindow/appointment-service",
                bookingRefused(agent, "market-regulation", T0.plusSeconds(60)),
                T0.plusSeconds(60));
        // Two refusals of another agent: below the threshold.
        send(Topics.APPROVAL, "/onewindow/approval-service", filingRefused(below, "market-regulation", T0), T0);
        send(
                Topics.APPROVAL,
                "/onewindow/approval-service",
                filingRefused(below, "market-regulation", T0.plusSeconds(1)),
                T0.plusSeconds(1));
        send(
                Topics.APPROVAL,
                "/onewindow/approval-service",
                filingRefused(agent, "market-regulation", T0.plusSeconds(120)),
                T0.plusSeconds(120));

        String alertId = "agency.repeated-refusals:AGENT:" + agent + "~" + DAY;
        awaitAlert(alertId);
        mvc.perform(get("/api/supervision/inspections/alerts")
                        .param("size", "100")
                        .param("rule", "10")
                        .with(Callers.inspector1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(alertId)))
                .andExpect(jsonPath("$[*].id", not(hasItem("agency.repeated-refusals:AGENT:" + below + "~" + DAY))));
        mvc.perform(get("/api/supervision/inspections/alerts/" + alertId).with(Callers.inspector1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ruleNumber").value(10))
                .andExpect(jsonPath("$.department").value("market-regulation"))
                .andExpect(jsonPath("$.evidence.length()").value(3))
                .andExpect(jsonPath("$.details.refusalIds.length()").value(3));
        mvc.perform(get("/api/supervision/department/alerts")
                        .param("size", "100")
                        .with(Callers.deptadmin1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(alertId)));
        mvc.perform(get("/api/supervision/department/alerts")
                        .param("size", "100")
                        .with(Callers.staff("deptadmin9", Roles.DEPT_ADMIN, "health")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", not(hasItem(alertId))));
        mvc.perform(get("/api/supervision/inspections/alerts/" + alertId).with(Callers.citizen1()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/supervision/inspections/alerts/" + alertId).with(Callers.deptadmin1()))
                .andExpect(status().isForbidden());
    }

    @Test
    void repeatedRefusedLicenseReadsAlertTheReadersDepartmentButNeverTheReaderThemself() throws Exception {
        String reader = "officer-" + run;
        for (int i = 0; i < 3; i++) {
            Instant at = T0.plusSeconds(i * 30L);
            send(
                    Topics.LICENSE,
                    "/onewindow/e-license-service",
                    new LicenseReadRefused(
                            UUID.randomUUID().toString(),
                            "ID-" + run + "-" + i,
                            reader,
                            "market-regulation",
                            null,
                            null,
                            "NOT_CITED",
                            at),
                    at);
        }
        String alertId = "license.repeated-read-refusals:READER:" + reader + "~" + DAY;
        awaitAlert(alertId);
        mvc.perform(get("/api/supervision/inspections/alerts/" + alertId).with(Callers.inspector1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ruleNumber").value(11))
                .andExpect(jsonPath("$.department").value("market-regulation"))
                .andExpect(jsonPath("$.details.identifiers.length()").value(3));
        mvc.perform(get("/api/supervision/department/alerts")
                        .param("size", "100")
                        .with(Callers.deptadmin1()))
                .andExpect(jsonPath("$[*].id", hasItem(alertId)));
        mvc.perform(get("/api/supervision/department/alerts")
                        .param("size", "100")
                        .with(Callers.staff("deptadmin9", Roles.DEPT_ADMIN, "health")))
                .andExpect(jsonPath("$[*].id", not(hasItem(alertId))));

        // The reader is deptadmin1 themself: the alert is there, but not for them.
        for (int i = 0; i < 3; i++) {
            Instant at = T0.plus(Duration.ofDays(1)).plusSeconds(i);
            send(
                    Topics.LICENSE,
                    "/onewindow/e-license-service",
                    new LicenseReadRefused(
                            UUID.randomUUID().toString(),
                            "ID-" + run,
                            "deptadmin1",
                            "market-regulation",
                            null,
                            null,
                            "NO_SUCH_CASE",
                            at),
                    at);
        }
        String own = "license.repeated-read-refusals:READER:deptadmin1~2026-03-03";
        awaitAlert(own);
        mvc.perform(get("/api/supervision/department/alerts")
                        .param("size", "100")
                        .with(Callers.deptadmin1()))
                .andExpect(jsonPath("$[*].id", not(hasItem(own))));
    }

    private PaperLicenseDigitised digitised(String by, String confirmer, String reason, Instant at) {
        return new PaperLicenseDigitised(
                UUID.randomUUID().toString(),
                "ID-" + UUID.randomUUID(),
                "11100000000013338W001",
                "market-regulation",
                "91440113MA5D****66",
                LocalDate.parse("2019-05-01"),
                null,
                reason == null ? 0 : 2497,
                reason,
                by,
                confirmer,
                at);
    }

    @Test
    void digitisationsBackDatedOrTooManyInADayAreAlerted() throws Exception {
        String officer = "officer-" + run;
        PaperLicenseDigitised backdated = digitised(officer, "deptadmin1", "2019年纸质证照，原件已核", T0);
        send(Topics.LICENSE, "/onewindow/e-license-service", backdated, T0);
        // The default limit is 5 a day: the sixth by the same pair is flagged.
        for (int i = 1; i <= 5; i++) {
            Instant at = T0.plusSeconds(i * 60L);
            send(Topics.LICENSE, "/onewindow/e-license-service", digitised(officer, "deptadmin1", null, at), at);
        }
        String backdatedAlert = "digitisation.backdated:LICENSE:" + backdated.licenseId();
        String byOfficer = "digitisation.many-by-officer:OFFICER:" + officer + "~" + DAY;
        String byPair = "digitisation.many-by-pair:OFFICER_PAIR:" + officer + "~deptadmin1~" + DAY;
        awaitAlert(backdatedAlert);
        awaitAlert(byOfficer);
        awaitAlert(byPair);
        mvc.perform(get("/api/supervision/inspections/alerts/" + byOfficer).with(Callers.inspector1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ruleNumber").value(12))
                .andExpect(jsonPath("$.evidence.length()").value(6))
                .andExpect(jsonPath("$.details.licenseIds.length()").value(6));
        mvc.perform(get("/api/supervision/inspections/alerts")
                        .param("size", "100")
                        .param("rule", "12")
                        .with(Callers.inspector1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(backdatedAlert)));
        // The confirmer is involved: deptadmin1 sees neither the back-dating nor the pair alert.
        mvc.perform(get("/api/supervision/department/alerts")
                        .param("size", "100")
                        .with(Callers.deptadmin1()))
                .andExpect(jsonPath("$[*].id", not(hasItem(backdatedAlert))))
                .andExpect(jsonPath("$[*].id", not(hasItem(byPair))))
                .andExpect(jsonPath("$[*].id", hasItem(byOfficer)));
        mvc.perform(get("/api/supervision/inspections/alerts")
                        .param("size", "100")
                        .param("rule", "23")
                        .with(Callers.inspector1()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void barsOnAgentsAndIntermediariesFormARegisterForInspectors() throws Exception {
        String firm = "91440113MA5" + run.toUpperCase().replaceAll("[^0-9A-HJ-NPQRTUWXY]", "0") + "0";
        String source = "/onewindow/appointment-service";
        send(Topics.APPOINTMENT, source, new IntermediaryRegistered(firm, "诚信代办有限公司", "admin1", T0), T0);
        Instant barred = T0.plusSeconds(60);
        send(Topics.APPOINTMENT, source, new AgencySuspended(firm, "agent1", "无授权代办三次", "inspector1", barred), barred);
        Instant lifted = T0.plusSeconds(3600);
        send(Topics.APPOINTMENT, source, new AgencyReinstated(firm, "agent1", "已整改", "inspector2", lifted), lifted);
        Instant whole = T0.plusSeconds(7200);
        send(Topics.APPOINTMENT, source, new AgencySuspended(firm, null, "机构资质过期", "inspector1", whole), whole);

        await().atMost(PATIENCE)
                .until(() -> mongo.count(
                                        Query.query(Criteria.where("intermediaryCode")
                                                .is(firm)),
                                        "agency_bars")
                                == 2
                        && mongo.count(
                                        Query.query(Criteria.where("intermediaryCode")
                                                .is(firm)
                                                .and("liftedAt")
                                                .exists(true)),
                                        "agency_bars")
                                == 1);

        mvc.perform(get("/api/supervision/inspections/agency-bars")
                        .param("size", "100")
                        .param("intermediary", firm)
                        .with(Callers.inspector1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].scope").value("INTERMEDIARY"))
                .andExpect(jsonPath("$[0].current").value(true))
                .andExpect(jsonPath("$[0].reason").value("机构资质过期"))
                .andExpect(jsonPath("$[0].intermediaryName").value("诚信代办有限公司"))
                .andExpect(jsonPath("$[1].scope").value("AGENT"))
                .andExpect(jsonPath("$[1].agentUsername").value("agent1"))
                .andExpect(jsonPath("$[1].suspendedBy").value("inspector1"))
                .andExpect(jsonPath("$[1].suspendedAt").value("2026-03-02T09:01:00+08:00"))
                .andExpect(jsonPath("$[1].current").value(false))
                .andExpect(jsonPath("$[1].liftedBy").value("inspector2"))
                .andExpect(jsonPath("$[1].liftReason").value("已整改"))
                .andExpect(jsonPath("$[1].liftedAt").value("2026-03-02T10:00:00+08:00"));
        mvc.perform(get("/api/supervision/inspections/agency-bars")
                        .param("size", "100")
                        .param("intermediary", firm)
                        .param("current", "true")
                        .with(Callers.inspector1()))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].scope").value("INTERMEDIARY"));
        mvc.perform(get("/api/supervision/inspections/agency-bars")
                        .param("size", "100")
                        .param("intermediary", firm)
                        .param("current", "false")
                        .with(Callers.inspector1()))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].agentUsername").value("agent1"));

        for (var who : new org.springframework.test.web.servlet.request.RequestPostProcessor[] {
            Callers.citizen1(), Callers.agent1(), Callers.deptadmin1(), Callers.admin1()
        }) {
            mvc.perform(get("/api/supervision/inspections/agency-bars")
                            .param("size", "100")
                            .with(who))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/supervision/inspections/agency-bars").param("size", "100"))
                .andExpect(status().isUnauthorized());
        // Bad input: a wrong type, an operator smuggled in a value or a parameter name.
        mvc.perform(get("/api/supervision/inspections/agency-bars")
                        .param("size", "100")
                        .param("current", "maybe")
                        .with(Callers.inspector1()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/supervision/inspections/agency-bars")
                        .param("size", "100")
                        .param("intermediary", "{\"$gt\":\"\"}")
                        .with(Callers.inspector1()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/supervision/inspections/agency-bars")
                        .param("size", "100")
                        .param("intermediary[$ne]", "x")
                        .with(Callers.inspector1()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void scalpingAlertsNameTheBookingsTheyRestOnAndOldAlertsStayReadable() throws Exception {
        String agent = "scalper-" + run;
        for (int i = 0; i < 4; i++) {
            Instant at = T0.plusSeconds(i * 60L);
            String bookingId = "bk-" + run + "-" + i;
            send(
                    Topics.APPOINTMENT,
                    "/onewindow/appointment-service",
                    new Booked(
                            bookingId,
                            "CODE-" + bookingId,
                            null,
                            "sp-shiqiao",
                            "MR-001",
                            T0.plus(Duration.ofDays(2)),
                            "person-" + run + "-" + i,
                            "440113********0000",
                            "u-" + agent,
                            agent,
                            BookingChannel.PORTAL,
                            null,
                            "market-regulation"),
                    at);
        }
        String alertId = "booking.many-principals-agent:AGENT:" + agent;
        awaitAlert(alertId);
        mvc.perform(get("/api/supervision/inspections/alerts/" + alertId).with(Callers.inspector1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.details.bookingIds[0]").value("bk-" + run + "-0"))
                .andExpect(jsonPath("$.details.bookingIds[3]").value("bk-" + run + "-3"));

        // An alert stored before alerts had details reads with none.
        String oldId = "booking.many-principals-device:DEVICE:old-" + run;
        Document old = Document.parse("""
                {"_id":"%s","version":1,"outbox":[],"alert":{"id":"%s","ruleNumber":8,
                 "ruleCode":"booking.many-principals-device","subjectType":"DEVICE","subjectId":"old-%s",
                 "department":null,"severity":"SERIOUS","caseId":null,"evidence":["e1"],"involved":[],
                 "summary":"4 different people booked within 24 h","raisedAt":{"$date":"2026-01-05T01:00:00Z"},
                 "status":"OPEN","statusAt":{"$date":"2026-01-05T01:00:00Z"},"history":[]}}""".formatted(oldId, oldId, run));
        mongo.insert(old, "alerts");
        try {
            mvc.perform(get("/api/supervision/inspections/alerts/" + oldId).with(Callers.inspector1()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.evidence[0]").value("e1"))
                    .andExpect(jsonPath("$.details").isEmpty());
        } finally {
            // Rules never derive it: the rebuild comparison of SupervisionFlowIT must not meet it.
            mongo.remove(Query.query(Criteria.where("_id").is(oldId)), "alerts");
        }
        assertThat(alerts.find(alertId).details()).containsKey("bookingIds");
    }
}
