package io.onewindow.console.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.console.gateway.ServiceProblem;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"local", "console-test"})
class BoardTest {

    private static final String HALL = "hall-business-registration";

    @Autowired
    MockMvc mvc;

    @Autowired
    BoardStreams streams;

    @Autowired
    QueueEvents events;

    @MockitoBean
    BoardCalls calls;

    @BeforeEach
    void aHallWithOneLine() {
        when(calls.servicePoint(HALL)).thenReturn(Map.of("id", HALL, "name", "区政务服务中心商事登记大厅"));
        when(calls.board(HALL)).thenReturn(board("A012", "3", List.of("A013", "A014"), 2));
    }

    private static Map<String, Object> board(String called, String window, List<String> next, int waiting) {
        return Map.of(
                "servicePointId",
                HALL,
                "lines",
                List.of(Map.of(
                        "line",
                        "A",
                        "nowCalling",
                        List.of(Map.of("number", called, "window", window, "at", "2026-12-03T09:00:00+08:00")),
                        "next",
                        next,
                        "waiting",
                        waiting,
                        "estimatedWaitMinutes",
                        12)));
    }

    @Test
    void theBoardIsOpenWithoutLoginAndShowsTheCalledTicketItsWindowAndTheNextNumbers() throws Exception {
        mvc.perform(get("/board/" + HALL))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("区政务服务中心商事登记大厅")))
                .andExpect(content().string(containsString("A012")))
                .andExpect(content().string(containsString("<strong>3</strong> 号窗口")))
                .andExpect(content().string(containsString("A013")))
                .andExpect(content().string(containsString("等候 <strong>2</strong> 人")))
                .andExpect(content().string(containsString("sse-connect=\"/board/" + HALL + "/stream\"")))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")));
    }

    @Test
    void aMalformedHallIsNotFoundAndTheServiceIsNotAsked() throws Exception {
        mvc.perform(get("/board/HALL$ne")).andExpect(status().isNotFound());
        mvc.perform(get("/board/" + "a".repeat(65))).andExpect(status().isNotFound());
    }

    @Test
    void anUnknownHallIsNotFound() throws Exception {
        when(calls.board("hall-nowhere"))
                .thenThrow(new ServiceProblem(404, "service-point-not-found", "服务网点不存在", "没有这个服务网点。", List.of()));
        mvc.perform(get("/board/hall-nowhere"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("服务网点不存在")));
    }

    @Test
    void whenTheServiceIsDownTheBoardSaysSoWith503() throws Exception {
        when(calls.board("hall-down")).thenThrow(new ServiceProblem(503, "", "服务暂时不可用", "稍后重试", List.of()));
        mvc.perform(get("/board/hall-down")).andExpect(status().isServiceUnavailable());
    }

    @Test
    void aStreamSendsTheCurrentBoardAtOnceAndARedrawOnlyWhenTheQueueMoved() throws Exception {
        var started = mvc.perform(get("/board/" + HALL + "/stream"))
                .andExpect(request().asyncStarted())
                .andReturn();
        MockHttpServletResponse response = started.getResponse();
        assertThat(response.getContentAsString()).contains("event:board").contains("A012");

        // an event of the hall with nothing changed: no second board
        events.on(cloudEvent(HALL));
        Thread.sleep(500);
        assertThat(occurrences(response.getContentAsString(), "event:board")).isEqualTo(1);

        // the next ticket is called: one redraw with it
        when(calls.board(HALL)).thenReturn(board("A013", "5", List.of("A014"), 1));
        events.on(cloudEvent(HALL));
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() ->
                        assertThat(response.getContentAsString()).contains("A013</span> <span class=\"window\">"));
        assertThat(occurrences(response.getContentAsString(), "event:board")).isEqualTo(2);
        // an SSE data field is one line: the HTML has no line breaks
        String lastData = response.getContentAsString()
                .substring(response.getContentAsString().lastIndexOf("data:"));
        assertThat(lastData.strip()).doesNotContain("\n");
    }

    @Test
    void aReadThatStillGetsTheCachedBoardIsFollowedByOneAfterTheCacheExpired() throws Exception {
        var started = mvc.perform(get("/board/" + HALL + "/stream")).andReturn();
        // the gateway's cache still answers the board from before the call, then the new one
        when(calls.board(HALL))
                .thenReturn(board("A012", "3", List.of("A013", "A014"), 2))
                .thenReturn(board("A013", "4", List.of("A014"), 1));
        events.on(cloudEvent(HALL));
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(started.getResponse().getContentAsString())
                        .contains("A013</span> <span class=\"window\">"));
    }

    @Test
    void anEventOfAnotherHallDoesNotRedrawThisOne() throws Exception {
        var started = mvc.perform(get("/board/" + HALL + "/stream")).andReturn();
        when(calls.board(HALL)).thenReturn(board("A099", "1", List.of(), 0));
        events.on(cloudEvent("hall-tax"));
        Thread.sleep(500);
        assertThat(started.getResponse().getContentAsString()).doesNotContain("A099");
    }

    @Test
    void theHallIsReadFromTheEventsData() {
        assertThat(events.servicePointOf(cloudEvent("hall-tax"))).isEqualTo("hall-tax");
        assertThat(events.servicePointOf("{\"type\":\"x\",\"data\":{\"bookingId\":\"b\"}}"))
                .isNull();
        assertThat(events.servicePointOf("not json")).isNull();
    }

    @Test
    void theBoardShowsNumbersAndWindowsOnlyNothingOfTheVisitor() throws Exception {
        mvc.perform(get("/board/" + HALL))
                .andExpect(content().string(not(containsString("idNumber"))))
                .andExpect(content().string(not(containsString("ticketId"))));
    }

    private static String cloudEvent(String hall) {
        return "{\"specversion\":\"1.0\",\"type\":\"onewindow.appointment.TicketCalled.v1\",\"source\":\"appointment-service\","
                + "\"id\":\"e1\",\"data\":{\"ticketId\":\"t1\",\"servicePointId\":\"" + hall
                + "\",\"ticketNumber\":\"A013\"}}";
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
