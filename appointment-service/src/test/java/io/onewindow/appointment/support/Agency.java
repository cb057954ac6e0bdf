package io.onewindow.appointment.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Gives the realm's agent1 what an agent needs to book for someone, through the API as an
 * administrator and a principal would: a registered intermediary, the enrolment, a mandate.
 */
public final class Agency {

    /** agent1's resident ID number in the realm. */
    public static final String AGENT1_ID = "440113198809212469";

    /** The intermediary agent1 is enrolled under in the tests. */
    public static final String INTERMEDIARY = TestCodes.intermediary(1).value();

    private Agency() {}

    /** Registers the test intermediary and enrols agent1 under it, unless done already. */
    public static void enrolAgent1(MockMvc mvc, RequestPostProcessor admin) throws Exception {
        int registered = mvc.perform(post("/api/appointments/agency/intermediaries")
                        .with(admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"creditCode":"%s","name":"番禺代办服务有限公司"}""".formatted(INTERMEDIARY)))
                .andReturn()
                .getResponse()
                .getStatus();
        requireCreatedOrExisting(registered, "register");
        int enrolled = mvc.perform(post("/api/appointments/agency/intermediaries/" + INTERMEDIARY + "/agents")
                        .with(admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"agentUsername":"agent1","agentIdNumber":"%s"}""".formatted(AGENT1_ID)))
                .andReturn()
                .getResponse()
                .getStatus();
        requireCreatedOrExisting(enrolled, "enrol");
    }

    /** The principal gives agent1 a mandate for the matters (none: all) until {@code until}; answers its id. */
    public static String grant(MockMvc mvc, RequestPostProcessor principal, LocalDate until, String... matters)
            throws Exception {
        MvcResult result = mvc.perform(post("/api/appointments/mandates")
                        .with(principal)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"agentIdNumber":"%s","matterCodes":%s,"validUntil":"%s"}""".formatted(AGENT1_ID, json(matters), until)))
                .andReturn();
        if (result.getResponse().getStatus() != 201) {
            throw new AssertionError(
                    "mandate not granted: " + result.getResponse().getContentAsString());
        }
        return idOf(result);
    }

    /** A window officer records a mandate of the person with this ID number for agent1; answers its id. */
    public static String grantAtWindow(
            MockMvc mvc, RequestPostProcessor officer, String principalIdNumber, LocalDate until, String... matters)
            throws Exception {
        MvcResult result = mvc.perform(post("/api/appointments/mandates/at-window")
                        .with(officer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"principalIdNumber":"%s","principalName":"张三","idCardChecked":true,
                                 "agentIdNumber":"%s","matterCodes":%s,"validUntil":"%s"}""".formatted(principalIdNumber, AGENT1_ID, json(matters), until)))
                .andReturn();
        if (result.getResponse().getStatus() != 201) {
            throw new AssertionError(
                    "mandate not recorded: " + result.getResponse().getContentAsString());
        }
        return idOf(result);
    }

    /** The {@code id} of a JSON answer. */
    public static String idOf(MvcResult result) throws Exception {
        String json = result.getResponse().getContentAsString();
        int at = json.indexOf("\"id\":\"") + 6;
        return json.substring(at, json.indexOf('"', at));
    }

    private static String json(String... values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            out.append(i == 0 ? "" : ",").append('"').append(values[i]).append('"');
        }
        return out.append(']').toString();
    }

    private static void requireCreatedOrExisting(int status, String step) {
        if (status != 201 && status != 409) {
            throw new AssertionError(step + " answered " + status);
        }
    }
}
