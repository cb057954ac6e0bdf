package io.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Linked business to the counter (一号联办, issue 15), through the gateway on the demo data. citizen1 has
 * booked the second-hand housing transfer (real-estate transfer registration + deed tax, one code) at the
 * district centre. At comprehensive window 1 officer5 checks him in once and he gets one ticket for both
 * parts; officer5 receives both parts as one linked filing (联办件) with the ID card and the sale contract
 * given once; real-estate registration's approver (approver2) and tax's (approver3) each decide their own
 * part in the back office; citizen1 follows one progress and collects both results at once at window 3;
 * supervision shows one linked timeline and counts the hall visit once.
 *
 * <p>Check-in needs the booking's day. When no slot of the linked business is OPEN today (nights,
 * weekends, holidays: the tests run at any hour on the real clock), the booking's check-in is refused as
 * {@code check-in-wrong-day} and officer5 gives citizen1 a linked walk-in ticket instead: the same one
 * ticket for both parts, without the bookings.
 */
class ALinkedBusinessIsOneVisitOneFilingOneCollectionIT {

    private static final String CENTER = "panyu-district-center";
    private static final String BUSINESS = "HOUSING-TRANSFER";
    private static final String REGISTRATION = "RE-TRANSFER-REG";
    private static final String DEED_TAX = "TAX-HOUSING-DEED";
    private static final String CITIZEN1_ID = "440113199003071235";
    private static final String CITIZEN2_ID = "440113200002290028";

    /** A slot booked for today starts at least this long after the look-up, so it has not begun at check-in. */
    private static final Duration VISIT_LEAD = Duration.ofMinutes(10);

    private static Gateway gateway;

    @BeforeAll
    static void platform() {
        gateway = Gateway.toSharedPlatform();
    }

    @Test
    void oneCheckInOneTicketOneLinkedFilingEachDepartmentDecidesCollectedOnceCountedOnce() {
        String citizen = gateway.tokenOf("citizen1");
        String front = gateway.tokenOf("officer5");
        String registrar = gateway.tokenOf("approver2");
        String taxOfficer = gateway.tokenOf("approver3");
        String inspector = gateway.tokenOf("inspector1");
        JsonNode figuresBefore = centerFigures(inspector);

        // One check-in at the comprehensive window: one ticket serving both parts.
        JsonNode ticket = oneTicketForBothParts(citizen, front);
        assertThat(ticket.path("linkedBusiness").asString()).isEqualTo(BUSINESS);
        assertThat(ticket.path("linkedParts")).hasSize(2);
        assertThat(ticket.path("linkedParts").get(0).path("matterCode").asString())
                .isEqualTo(REGISTRATION);
        assertThat(ticket.path("linkedParts").get(1).path("matterCode").asString())
                .isEqualTo(DEED_TAX);
        String ticketId = ticket.path("id").asString();

        // One linked filing at window 1: the ID card and the contract given once, for both parts.
        String idCard = Filings.upload(gateway, front, "id-card.pdf");
        String contract = Filings.upload(gateway, front, "transfer-contract.pdf");
        Map<String, Object> filing = Map.of(
                "visit",
                Map.of("ticketId", ticketId, "window", "1"),
                "principal",
                Map.of("name", "陈志强", "idNumber", CITIZEN1_ID),
                "sharedMaterials",
                List.of(
                        Map.of("materialCode", "id-card", "fileId", idCard),
                        Map.of("materialCode", "transfer-contract", "fileId", contract)),
                "parts",
                List.of(
                        Map.of(
                                "matterCode",
                                REGISTRATION,
                                "formData",
                                Map.of("房屋坐落", "番禺区市桥街清河东路1号"),
                                "materials",
                                List.of(
                                        Map.of(
                                                "materialCode",
                                                "title-certificate",
                                                "fileId",
                                                Filings.upload(gateway, front, "title.pdf")),
                                        Map.of(
                                                "materialCode",
                                                "tax-certificate",
                                                "fileId",
                                                Filings.upload(gateway, front, "tax.pdf")))),
                        Map.of("matterCode", DEED_TAX, "formData", Map.of("房屋坐落", "番禺区市桥街清河东路1号"))));
        AtomicReference<Gateway.Answer> reception = new AtomicReference<>();
        await("approval knows ticket " + ticket.path("number").asString())
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    Gateway.Answer answer = gateway.post("/api/approvals/linked-filings", front, filing);
                    reception.set(answer);
                    return !"counter.unknown-ticket".equals(answer.text("code"));
                });
        JsonNode linked = reception.get().expect(201).json();
        String number = linked.path("linkedNumber").asString();
        assertThat(number).matches("LB-\\d{8}-\\d{6}");
        assertThat(linked.path("progress").asString()).isEqualTo("IN_PROGRESS");
        JsonNode registrationPart = linked.path("parts").get(0);
        JsonNode taxPart = linked.path("parts").get(1);
        assertThat(registrationPart.path("department").asString()).isEqualTo("real-estate-registration");
        assertThat(taxPart.path("department").asString()).isEqualTo("tax");
        assertThat(taxPart.path("materials").toString()).contains(contract).contains(idCard);
        assertThat(registrationPart.path("materials").toString()).contains(contract);
        String registrationCase = registrationPart.path("id").asString();
        String taxCase = taxPart.path("id").asString();
        gateway.post("/api/approvals/linked-filings", front, filing).expectProblem(409, "counter.visit-already-filed");

        // The front accepts both; each department decides its own part, and only its own.
        gateway.post("/api/approvals/cases/" + registrationCase + "/acceptance", front, null)
                .expect(200);
        gateway.post("/api/approvals/cases/" + taxCase + "/acceptance", front, null)
                .expect(200);
        gateway.post("/api/approvals/cases/" + taxCase + "/steps", registrar, Map.of("stepCode", "review"))
                .expectProblem(404);
        step(registrar, registrationCase, "review", "权属清楚");
        step(registrar, registrationCase, "register", "登簿");
        gateway.post("/api/approvals/cases/" + registrationCase + "/approval", registrar, Map.of())
                .expect(200);
        gateway.post("/api/approvals/linked-filings/" + number + "/completion", front, collection(CITIZEN1_ID))
                .expectProblem(409, "linked.part-not-decided");
        step(taxOfficer, taxCase, "review", "计税依据核定");
        gateway.post("/api/approvals/cases/" + taxCase + "/approval", taxOfficer, Map.of())
                .expect(200);

        // citizen1 follows one progress; citizen2 sees nothing of it.
        JsonNode progress = gateway.get("/api/approvals/linked-filings/" + number, citizen)
                .expect(200)
                .json();
        assertThat(progress.path("progress").asString()).isEqualTo("READY_FOR_COLLECTION");
        assertThat(progress.path("parts")).hasSize(2);
        gateway.get("/api/approvals/linked-filings/" + number, gateway.tokenOf("citizen2"))
                .expectProblem(404);

        // Collected once at window 3, by citizen1 only, both parts at once.
        gateway.post("/api/approvals/linked-filings/" + number + "/completion", front, collection(CITIZEN2_ID))
                .expectProblem(409, "counter.collector-mismatch");
        JsonNode collected = gateway.post(
                        "/api/approvals/linked-filings/" + number + "/completion", front, collection(CITIZEN1_ID))
                .expect(200)
                .json();
        assertThat(collected.path("progress").asString()).isEqualTo("COMPLETED");
        for (JsonNode part : collected.path("parts")) {
            assertThat(part.path("state").asString()).isEqualTo("COMPLETED");
            assertThat(part.path("delivery").path("window").asString()).isEqualTo("3");
        }

        // The ticket shows the linked filing and both cases.
        await("ticket " + ticketId + " shows linked filing " + number)
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    JsonNode shown = gateway.get("/api/appointments/tickets/" + ticketId, front)
                            .expect(200)
                            .json();
                    return number.equals(shown.path("linkedNumber").asString())
                            && shown.path("cases").size() == 2;
                });

        // Supervision: one linked timeline of both parts, and the hall visit counted once.
        AtomicReference<JsonNode> timeline = new AtomicReference<>();
        await("supervision's timeline of linked filing " + number)
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    Gateway.Answer answer =
                            gateway.get("/api/supervision/inspections/linked-filings/" + number, inspector);
                    if (answer.status() != 200) {
                        return false;
                    }
                    timeline.set(answer.json());
                    return answer.json().toString().contains("COMPLETED")
                            && answer.json().path("parts").size() == 2
                            && answer.json()
                                    .path("parts")
                                    .get(0)
                                    .path("state")
                                    .asString()
                                    .equals("COMPLETED")
                            && answer.json()
                                    .path("parts")
                                    .get(1)
                                    .path("state")
                                    .asString()
                                    .equals("COMPLETED");
                });
        assertThat(timeline.get().toString()).contains(registrationCase).contains(taxCase);
        gateway.get("/api/supervision/inspections/linked-filings/" + number, citizen)
                .expectProblem(403);
        await("supervision counts the linked visit once at " + CENTER)
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    JsonNode after = centerFigures(inspector);
                    long cases = after.path("cases").asLong()
                            - figuresBefore.path("cases").asLong();
                    long received = after.path("received").asLong()
                            - figuresBefore.path("received").asLong();
                    long linkedFilings = after.path("linkedFilings").asLong()
                            - figuresBefore.path("linkedFilings").asLong();
                    // every other visit counted meanwhile is one case for one reception; ours is two for one
                    return linkedFilings >= 1 && cases >= 2 && cases - received == linkedFilings;
                });
    }

    /**
     * citizen1's linked booking checked in at comprehensive window 1 when it is for today; else (the
     * check-in refused as the wrong day) a linked walk-in ticket.
     */
    private static JsonNode oneTicketForBothParts(String citizen, String front) {
        JsonNode booking = linkedBooking(citizen);
        if (booking != null) {
            Gateway.Answer checkIn = gateway.post(
                    "/api/appointments/check-ins",
                    front,
                    Map.of("bookingCode", booking.path("code").asString(), "idNumber", CITIZEN1_ID, "priority", false));
            LocalDate day =
                    LocalDate.ofInstant(Instant.parse(booking.path("slotStart").asString()), Gateway.SERVICE_ZONE);
            if (day.equals(Gateway.serviceToday())) {
                JsonNode ticket = checkIn.expect(201).json();
                // both bookings checked in with the one ticket
                for (JsonNode part : ticket.path("linkedParts")) {
                    assertThat(part.path("bookingId").asString()).isNotBlank();
                }
                assertThat(gateway.get("/api/appointments/mine", citizen)
                                .expect(200)
                                .json()
                                .toString())
                        .contains(ticket.path("number").asString());
                return ticket;
            }
            checkIn.expectProblem(409, "check-in-wrong-day");
        }
        JsonNode walkIn = gateway.post(
                        "/api/appointments/tickets",
                        front,
                        Map.of(
                                "servicePointId",
                                CENTER,
                                "businessCode",
                                BUSINESS,
                                "idNumber",
                                CITIZEN1_ID,
                                "priority",
                                false))
                .expect(201)
                .json();
        assertThat(walkIn.path("bookingId").isMissingNode()
                        || walkIn.path("bookingId").isNull())
                .isTrue();
        return walkIn;
    }

    /**
     * citizen1's booked housing transfer at the centre (the registration part): the one another journey
     * booked, or a new one, today if a slot is still OPEN; {@code null} when his limits leave none.
     */
    private static JsonNode linkedBooking(String citizen) {
        for (JsonNode b :
                gateway.get("/api/appointments/mine", citizen).expect(200).json()) {
            if ("BOOKED".equals(b.path("status").asString())
                    && CENTER.equals(b.path("servicePointId").asString())
                    && REGISTRATION.equals(b.path("matterCode").asString())
                    && !b.path("linkCode").isNull()
                    && !b.path("linkCode").asString().isBlank()) {
                return b;
            }
        }
        for (LocalDateTime start : Appointments.openSlots(gateway, CENTER, REGISTRATION, VISIT_LEAD)) {
            Gateway.Answer answer = gateway.post(
                    "/api/appointments/linked",
                    citizen,
                    Map.of("servicePointId", CENTER, "businessCode", BUSINESS, "start", start.toString()),
                    Map.of("X-Device-Id", "citizen1-phone"));
            if (answer.status() == 201) {
                for (JsonNode part : answer.json()) {
                    if (REGISTRATION.equals(part.path("matterCode").asString())) {
                        return part;
                    }
                }
            }
            if (answer.status() != 409 || !answer.text("code").startsWith("slot")) {
                return null;
            }
        }
        return null;
    }

    /** The centre's reception figures of this month (zeros before any). */
    private static JsonNode centerFigures(String inspector) {
        String month = Gateway.serviceToday().toString().substring(0, 7);
        JsonNode report = gateway.get("/api/supervision/inspections/statistics", inspector)
                .expect(200)
                .json();
        for (JsonNode row : report.path("receptions")) {
            if (CENTER.equals(row.path("servicePointId").asString())
                    && month.equals(row.path("month").asString())) {
                return row;
            }
        }
        return Gateway.JSON.createObjectNode();
    }

    private static void step(String approver, String caseId, String step, String opinion) {
        gateway.post(
                        "/api/approvals/cases/" + caseId + "/steps",
                        approver,
                        Map.of("stepCode", step, "opinion", opinion))
                .expect(200);
    }

    private static Map<String, Object> collection(String idNumber) {
        return Map.of("collection", Map.of("servicePointId", CENTER, "window", "3", "collectorIdNumber", idNumber));
    }
}
