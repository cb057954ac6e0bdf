package io.onewindow.approval.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.onewindow.approval.cases.CaseSweeps;
import io.onewindow.approval.support.Applications;
import io.onewindow.approval.support.ApprovalIntegrationTest;
import io.onewindow.approval.support.Matters;
import io.onewindow.platform.calendar.HolidayLaw;
import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.test.Callers;
import io.onewindow.platform.test.TopicReader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The working-day clock never stops a hall: late in a year whose successor has no official
 * arrangement yet, deadlines are counted provisionally from the holiday law and say so; past the
 * provisional horizon a step is refused with a clean 503 that changes nothing; a year's official
 * arrangement is entered by one platform-admin, confirmed by a second, and open cases are
 * recomputed with an event each. Publishes 2028 (not 2027, which other tests in this JVM count
 * provisionally) with made-up test data.
 */
class ProvisionalAndOfficialCalendarIT extends ApprovalIntegrationTest {

    @Autowired
    WorkingCalendar calendar;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    private String acceptedCase(String filedOn, String acceptedOn) throws Exception {
        clock.setTo(filedOn);
        String matter = published(Matters.foodLicense(freshCode("IT-CAL"))).code();
        String caseId = new Applications(mvc).completeFoodLicense(Callers.citizen1(), matter);
        clock.setTo(acceptedOn);
        mvc.perform(post("/api/approvals/cases/" + caseId + "/acceptance")
                        .with(Callers.officer1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isOk());
        return caseId;
    }

    @Test
    void aCaseAcceptedInLateDecemberIsDueProvisionallyInJanuaryAndSaysSo() throws Exception {
        String caseId = acceptedCase("2026-12-18", "2026-12-21");

        mvc.perform(get("/api/approvals/cases/" + caseId).with(Callers.citizen1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.clock.statutoryDueDate").value("2027-01-19"))
                .andExpect(jsonPath("$.clock.statutoryDueDateProvisional").value(true))
                .andExpect(jsonPath("$.clock.promisedDueDate").value("2027-01-05"))
                .andExpect(jsonPath("$.clock.promisedDueDateProvisional").value(true))
                .andExpect(jsonPath("$.clock.provisionalNote").value(org.hamcrest.Matchers.startsWith("临时推算")));
    }

    @Test
    void pastTheProvisionalHorizonAcceptanceIsRefusedAndChangesNothing() throws Exception {
        int horizon = calendar.provisionalHorizon().orElseThrow().getValue();
        clock.setTo(horizon + "-12-18");
        String matter = published(Matters.foodLicense(freshCode("IT-CAL"))).code();
        String caseId = new Applications(mvc).completeFoodLicense(Callers.citizen1(), matter);
        clock.setTo(horizon + "-12-21");

        mvc.perform(post("/api/approvals/cases/" + caseId + "/acceptance")
                        .with(Callers.officer1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:calendar-not-covered"))
                .andExpect(jsonPath("$.year").value(horizon + 1))
                .andExpect(jsonPath("$.horizon").value(horizon));
        mvc.perform(get("/api/approvals/cases/" + caseId).with(Callers.officer1()))
                .andExpect(jsonPath("$.state").value(not("ACCEPTED")));
    }

    @Test
    void theArt32SweepLeavesACaseItCannotCountYetInPreReviewWithoutFailing(@Autowired CaseSweeps sweeps)
            throws Exception {
        int horizon = calendar.provisionalHorizon().orElseThrow().getValue();
        clock.setTo(horizon + "-12-10");
        String matter = published(Matters.foodLicense(freshCode("IT-CAL"))).code();
        String caseId = new Applications(mvc).completeFoodLicense(Callers.citizen1(), matter);

        clock.setTo(horizon + "-12-21");
        sweeps.acceptOverdueApplications();

        mvc.perform(get("/api/approvals/cases/" + caseId).with(Callers.officer1()))
                .andExpect(jsonPath("$.state").value("PRE_REVIEW"));
    }

    @Test
    void anyoneReadsAYearAndCountsADueDateWithoutAToken() throws Exception {
        mvc.perform(get("/api/approvals/public/calendar/2026"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.provisional").value(false))
                .andExpect(jsonPath("$.label").value("官方安排"))
                .andExpect(jsonPath("$.workingDays").value(248))
                .andExpect(jsonPath("$.daysOff[*].date", hasItem("2026-10-01")))
                .andExpect(jsonPath("$.makeUpWorkingDays[*].date", hasItem("2026-02-14")));
        mvc.perform(get("/api/approvals/public/calendar/2027"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.provisional").value(true))
                .andExpect(jsonPath("$.label").value("临时推算"))
                .andExpect(jsonPath("$.noticeNumber").doesNotExist())
                .andExpect(jsonPath("$.makeUpWorkingDays").isEmpty())
                .andExpect(jsonPath("$.daysOff[*].date", hasItem("2027-02-08")));
        mvc.perform(get("/api/approvals/public/calendar/due")
                        .param("from", "2026-12-21")
                        .param("workingDays", "20"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dueDate").value("2027-01-19"))
                .andExpect(jsonPath("$.provisional").value(true));
        mvc.perform(get("/api/approvals/public/calendar/due")
                        .param("from", "2026-11-02")
                        .param("workingDays", "20"))
                .andExpect(jsonPath("$.dueDate").value("2026-11-30"))
                .andExpect(jsonPath("$.provisional").value(false));
        mvc.perform(get("/api/approvals/public/calendar/2090"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:calendar-not-covered"));
        mvc.perform(get("/api/approvals/public/calendar/2150")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/approvals/public/calendar/due")
                        .param("from", "2026-02-30")
                        .param("workingDays", "5"))
                .andExpect(status().isBadRequest());
    }

    private ResultActions enter(RequestPostProcessor who, String body) throws Exception {
        return mvc.perform(post("/api/approvals/admin/calendar/years")
                .with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private static String entry(int year, String daysOff, String makeUp) {
        return """
                {"year":%d,"notice":{"number":"TEST-NOTICE-%d","date":"%d-11-20"},
                 "daysOff":[%s],"makeUpWorkingDays":[%s]}""".formatted(year, year, year - 1, daysOff, makeUp);
    }

    private static String days(List<LocalDate> dates, String holiday) {
        return dates.stream()
                .map(d -> "{\"date\":\"" + d + "\",\"holiday\":\"" + holiday + "\"}")
                .collect(Collectors.joining(","));
    }

    // Test data for 2028, NOT an official notice: the law's days off, plus Tuesday 4 January off and
    // Saturday 12 February worked.
    private static String test2028() {
        List<LocalDate> off =
                new ArrayList<>(HolidayLaw.provisionalArrangement(Year.of(2028)).daysOff());
        off.add(LocalDate.of(2028, 1, 4));
        return entry(2028, days(off, "test"), days(List.of(LocalDate.of(2028, 2, 12)), "test"));
    }

    @Test
    void badEntriesAreProblemsListingEveryErrorAndWriteNothing() throws Exception {
        long before = mongo.getCollection(OfficialYearDocument.COLLECTION).countDocuments();
        List<LocalDate> lawDays =
                HolidayLaw.provisionalArrangement(Year.of(2030)).daysOff();

        enter(
                        Callers.admin1(),
                        entry(
                                2030,
                                days(lawDays.subList(1, lawDays.size()), "x")
                                        + ",{\"date\":\"2031-01-01\",\"holiday\":\"x\"},"
                                        + days(List.of(lawDays.get(3)), "x"),
                                days(List.of(LocalDate.of(2030, 3, 6)), "x")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:calendar.invalid-year"))
                .andExpect(jsonPath("$.errors[*].code", hasItem("calendar.outside-year")))
                .andExpect(jsonPath("$.errors[*].code", hasItem("calendar.duplicate-day")))
                .andExpect(jsonPath("$.errors[*].code", hasItem("calendar.make-up-on-weekday")))
                .andExpect(jsonPath("$.errors[*].code", hasItem("calendar.statutory-day-missing")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("makeUpWorkingDays[0].date")));
        enter(Callers.admin1(), "{\"year\":2030,").andExpect(status().isBadRequest());
        enter(Callers.admin1(), entry(2030, "{\"date\":\"2030-13-01\",\"holiday\":\"x\"}", ""))
                .andExpect(status().isBadRequest());
        enter(Callers.admin1(), entry(2030, "{\"date\":\"2030-01-01\",\"holiday\":{\"$ne\":null}}", ""))
                .andExpect(status().isBadRequest());
        enter(Callers.admin1(), entry(2030, days(lawDays, "$where"), "")).andExpect(status().isBadRequest());
        enter(Callers.catalogadmin1(), entry(2030, days(lawDays, "x"), "")).andExpect(status().isForbidden());
        enter(Callers.citizen1(), entry(2030, days(lawDays, "x"), "")).andExpect(status().isForbidden());

        assertThat(mongo.getCollection(OfficialYearDocument.COLLECTION).countDocuments())
                .isEqualTo(before);
        assertThat(calendar.isOfficial(Year.of(2030))).isFalse();
    }

    @Test
    void aSecondPlatformAdminPublishesAYearAndOpenCasesAreRecomputedWithAnEventEach() throws Exception {
        // Accepted on the last day of 2027, so every day counted lies in 2028.
        String caseId = acceptedCase("2027-12-30", "2027-12-31");
        mvc.perform(get("/api/approvals/cases/" + caseId).with(Callers.officer1()))
                .andExpect(jsonPath("$.clock.promisedDueDate").value("2028-01-17"))
                .andExpect(jsonPath("$.clock.promisedDueDateProvisional").value(true))
                .andExpect(jsonPath("$.clock.statutoryDueDate").value("2028-02-04"));

        String proposal = JsonPath.read(
                enter(Callers.admin1(), test2028())
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.status").value("PROPOSED"))
                        .andExpect(jsonPath("$.enteredBy").value("admin1"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        assertThat(calendar.isOfficial(Year.of(2028)))
                .as("nothing counts before the second admin")
                .isFalse();
        enter(Callers.admin2(), test2028())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:calendar.proposal-pending"));

        mvc.perform(post("/api/approvals/admin/calendar/proposals/" + proposal + "/confirmation")
                        .with(Callers.admin1()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:calendar.four-eyes"));
        mvc.perform(post("/api/approvals/admin/calendar/proposals/" + proposal + "/confirmation")
                        .with(Callers.catalogadmin1()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/approvals/admin/calendar/proposals/" + proposal + "/confirmation")
                        .with(Callers.admin2()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.decidedBy").value("admin2"));

        assertThat(calendar.isOfficial(Year.of(2028))).isTrue();
        mvc.perform(get("/api/approvals/public/calendar/2028"))
                .andExpect(jsonPath("$.provisional").value(false))
                .andExpect(jsonPath("$.noticeNumber").value("TEST-NOTICE-2028"))
                .andExpect(jsonPath("$.makeUpWorkingDays[0].date").value("2028-02-12"));
        mvc.perform(get("/api/approvals/cases/" + caseId).with(Callers.officer1()))
                .andExpect(jsonPath("$.clock.promisedDueDate").value("2028-01-18"))
                .andExpect(jsonPath("$.clock.promisedDueDateProvisional").value(false))
                .andExpect(jsonPath("$.clock.statutoryDueDate").value("2028-02-07"))
                .andExpect(jsonPath("$.clock.statutoryDueDateProvisional").value(false))
                .andExpect(jsonPath("$.clock.provisionalNote").doesNotExist());
        enter(Callers.admin1(), test2028())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:calendar.year-official"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var records = TopicReader.readAll(kafka, Topics.APPROVAL);
            assertThat(records)
                    .anySatisfy(r -> assertThat(r.value())
                            .contains("onewindow.approval.CalendarYearPublished.v1")
                            .contains("TEST-NOTICE-2028"));
            assertThat(records)
                    .filteredOn(r -> r.key().equals(caseId)
                            && r.value().contains("onewindow.approval.CaseDeadlinesRecomputed.v1"))
                    .singleElement()
                    .satisfies(r -> assertThat(r.value())
                            .contains("\"deadline\":\"promised\"")
                            .contains("\"previous\":\"2028-01-17\"")
                            .contains("\"current\":\"2028-01-18\"")
                            .contains("official calendar 2028 published (TEST-NOTICE-2028)"));
        });
    }
}
