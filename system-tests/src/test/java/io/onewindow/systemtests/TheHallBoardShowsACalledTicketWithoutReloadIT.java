package io.onewindow.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * The display above a hall's waiting area (the console's {@code /board/{servicePointId}}, through
 * the gateway, no login) shows a ticket the moment an officer calls it: the number and the window
 * appear without the page being loaded again (server-sent events), and the next numbers with them.
 */
class TheHallBoardShowsACalledTicketWithoutReloadIT {

    private static final String HALL = "hall-business-registration";
    private static final String MATTER = "MR-ENT-REG";
    private static final String WINDOW = "B3";

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private static Gateway gateway;
    private static RunningPlatform platform;

    @BeforeAll
    static void platform() {
        gateway = Gateway.toSharedPlatform();
        platform = RunningPlatform.shared();
    }

    @Test
    void aCalledTicketAppearsOnTheOpenBoardWithItsWindowWithoutAReload() {
        Page board = browsers.openDesktop().newPage();
        board.navigate(platform.consoleUrl() + "/board/" + HALL);
        assertThat(board.locator("html")).hasAttribute("lang", "zh-CN");
        assertThat(board.locator("#connection")).containsText("实时更新中");
        // a mark only this page load has: a reload would lose it
        board.evaluate("() => { window.onewindowMark = 'first-load'; }");

        String officer = gateway.tokenOf("officer1");
        JsonNode issued = gateway.post(
                        "/api/appointments/tickets",
                        officer,
                        Map.of("servicePointId", HALL, "matterCode", MATTER, "idNumber", "440113200002290028"))
                .expect(201)
                .json();
        // the ticket's line is the letter its number starts with (A012: line A)
        String line = issued.path("number").asString().replaceAll("[0-9]", "");
        // the new ticket is among the next numbers while it waits (or others are still ahead of it)
        JsonNode called = gateway.post(
                        "/api/appointments/service-points/" + HALL + "/lines/" + line + "/call",
                        officer,
                        Map.of("window", WINDOW))
                .expect(200)
                .json();
        String number = called.path("number").asString();

        var section = board.locator("section.line")
                .filter(new com.microsoft.playwright.Locator.FilterOptions()
                        .setHas(board.locator("h2", new Page.LocatorOptions().setHasText(line + " 队列"))));
        assertThat(section.locator(".now .number"))
                .hasText(number, new LocatorAssertions.HasTextOptions().setTimeout(10_000));
        assertThat(section.locator(".now .window strong")).hasText(WINDOW);
        assertThat(board.evaluate("() => window.onewindowMark")).isEqualTo("first-load");

        // served: the call stays announced until later calls push it off, nothing personal shows
        gateway.post(
                        "/api/appointments/tickets/" + called.path("id").asString() + "/finish",
                        officer,
                        Map.of("absent", false))
                .expect(200);
        assertThat(board.content()).doesNotContain("440113200002290028");
    }

    @Test
    void anUnknownHallsBoardIsNotFound() {
        Page board = browsers.openDesktop().newPage();
        var answer = board.navigate(platform.consoleUrl() + "/board/hall-that-does-not-exist");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(board.locator("h1")).isVisible();
    }
}
