package io.onewindow.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A day at the counter through the console's workbench, on the demo data: citizen2 books a company
 * registration (MR-ENT-REG) at the business-registration hall through the API; officer1, posted at its
 * market-regulation windows B1–B3, logs in to the console, sits at window B3, checks her in with the
 * booking code and the ID number read from her card, calls her ticket (it shows as called to B3),
 * recalls it, marks it served, and receives the visit as a case: the page shows the case number, and
 * approval-service has that case, received at window B3 from that ticket. When no slot is left today
 * (check-in is only on the booking's day), the page shows the service's wrong-day refusal and the
 * visit comes as a walk-in ticket instead.
 */
class AnOfficerCallsServesAndReceivesACaseAtTheCounterIT {

    private static final String HALL = "hall-business-registration";
    private static final String MATTER = "MR-ENT-REG";
    private static final String WINDOW = "B3";
    private static final String CITIZEN2_ID = "440113200002290028";
    private static final Duration VISIT_LEAD = Duration.ofMinutes(10);
    private static final LocatorAssertions.ContainsTextOptions PATIENT =
            new LocatorAssertions.ContainsTextOptions().setTimeout(20_000);

    private static Gateway gateway;

    private final RunningPlatform platform = RunningPlatform.shared();

    @BeforeAll
    static void platform() {
        gateway = Gateway.toSharedPlatform();
    }

    @Test
    void checkedInCalledServedAndReceivedAsACase() {
        String citizen = gateway.tokenOf("citizen2");
        String officer = gateway.tokenOf("officer1");
        JsonNode booking = bookToday(citizen);
        if (booking == null) {
            booking = Appointments.bookEarliestOpen(
                    gateway,
                    "/api/appointments",
                    citizen,
                    HALL,
                    MATTER,
                    day -> true,
                    start -> Map.of("servicePointId", HALL, "matterCode", MATTER, "start", start.toString()),
                    Map.of());
        }
        LocalDate visitDay =
                LocalDate.ofInstant(Instant.parse(booking.path("slotStart").asString()), Gateway.SERVICE_ZONE);

        try (BrowserContext browser = Browsers.desktop()) {
            Page page = ConsoleLogin.open(browser, platform.consoleUrl(), "officer1", "/console/workbench");
            try {
                // the point, then one of his windows there
                page.locator("#point").selectOption(HALL);
                page.getByRole(
                                com.microsoft.playwright.options.AriaRole.BUTTON,
                                new Page.GetByRoleOptions().setName("进入网点"))
                        .click();
                page.locator("#window").selectOption(WINDOW);
                page.getByRole(
                                com.microsoft.playwright.options.AriaRole.BUTTON,
                                new Page.GetByRoleOptions().setName("打开今日队列"))
                        .click();
                assertThat(page.locator("h1")).containsText(WINDOW + " 号窗口");

                // check-in with the booking code and the card's number (or, on another day, a walk-in)
                page.locator("#bookingCode").fill(booking.path("code").asString());
                page.locator("#idNumber").fill(CITIZEN2_ID);
                page.locator("form:has(#bookingCode) button[type=submit]").click();
                if (!visitDay.equals(Gateway.serviceToday())) {
                    assertThat(page.locator("#problem")).not().isEmpty();
                    page.locator("#matterCode").selectOption(MATTER);
                    page.locator("#walkInIdNumber").fill(CITIZEN2_ID);
                    page.locator("form:has(#walkInIdNumber) button[type=submit]")
                            .click();
                }
                Locator issued = page.locator("#issued strong");
                assertThat(issued).containsText("B", PATIENT);
                String number = issued.textContent().replaceAll(".*：", "").strip();

                // the live list shows it waiting; 叫号 calls it to this window
                assertThat(page.locator("#live")).containsText(number, PATIENT);
                page.locator("#live button[aria-label='叫号：队列 B']").click();
                assertThat(page.locator("#live .ok")).containsText("已叫号 " + number, PATIENT);
                Locator row = page.locator("#live table.called tr:has(th:text-is('" + number + "'))");
                assertThat(row).hasCount(1);
                String ticketId = row.getAttribute("data-ticket");
                String ticketPage = row.locator("a.button").getAttribute("href");
                org.assertj.core.api.Assertions.assertThat(gateway.get("/api/appointments/tickets/" + ticketId, officer)
                                .expect(200)
                                .text("status"))
                        .isEqualTo("CALLED");

                // 重呼: announced again, counted on the ticket
                row.locator("button[aria-label='重呼 " + number + "']").click();
                assertThat(page.locator("#live .ok")).containsText("已重呼 " + number, PATIENT);
                org.assertj.core.api.Assertions.assertThat(gateway.get("/api/appointments/tickets/" + ticketId, officer)
                                .expect(200)
                                .json()
                                .path("recalls")
                                .asInt())
                        .isEqualTo(1);

                // 办结: served, gone from the window's list
                row.locator("button[aria-label='办结 " + number + "']").click();
                assertThat(page.locator("#live .ok")).containsText(number + " 已办结", PATIENT);
                org.assertj.core.api.Assertions.assertThat(gateway.get("/api/appointments/tickets/" + ticketId, officer)
                                .expect(200)
                                .text("status"))
                        .isEqualTo("SERVED");

                // 收件: the visit becomes a case (once approval has heard of the ticket)
                page.navigate(platform.consoleUrl() + ticketPage);
                assertThat(page.locator("main")).containsText("公司章程");
                long until = System.currentTimeMillis() + 30_000;
                while (true) {
                    page.locator("#principalName").fill("李晓雯");
                    page.locator("#principalIdNumber").fill(CITIZEN2_ID);
                    page.locator("form:has(#principalName) button[type=submit]").click();
                    try {
                        page.waitForURL(
                                url -> url.contains("/console/workbench/cases/"),
                                new Page.WaitForURLOptions().setTimeout(5_000));
                        break;
                    } catch (com.microsoft.playwright.TimeoutError notYet) {
                        if (System.currentTimeMillis() > until) {
                            throw new AssertionError(
                                    "not received: " + page.locator("#problem").textContent());
                        }
                        page.waitForTimeout(1_000);
                    }
                }
                Locator caseNumber = page.locator("h1 .case-number");
                assertThat(caseNumber).containsText("办件 ");
                String shown = caseNumber.textContent().replace("办件", "").strip();
                String caseId = page.url().replaceAll(".*/cases/([^?]+).*", "$1");

                // approval-service has the case, received at B3 from that ticket
                JsonNode received = gateway.get("/api/approvals/cases/" + caseId, officer)
                        .expect(200)
                        .json();
                org.assertj.core.api.Assertions.assertThat(
                                received.path("caseNumber").asString())
                        .isEqualTo(shown);
                org.assertj.core.api.Assertions.assertThat(
                                received.path("matterCode").asString())
                        .isEqualTo(MATTER);
                org.assertj.core.api.Assertions.assertThat(
                                received.path("visit").path("ticketId").asString())
                        .isEqualTo(ticketId);
                org.assertj.core.api.Assertions.assertThat(
                                received.path("visit").path("window").asString())
                        .isEqualTo(WINDOW);
                assertThat(page.locator("main")).containsText("一次性告知补正");
            } catch (AssertionError | RuntimeException e) {
                Browsers.screenshot(page, "workbench-counter");
                throw e;
            }
        }
    }

    /** The earliest OPEN visit today, or null when none is left today. */
    private static JsonNode bookToday(String citizen) {
        LocalDate today = Gateway.serviceToday();
        if (Appointments.openSlots(gateway, HALL, MATTER, VISIT_LEAD).stream()
                .noneMatch(start -> start.toLocalDate().equals(today))) {
            return null;
        }
        try {
            return Appointments.bookEarliestOpen(
                    gateway,
                    "/api/appointments",
                    citizen,
                    HALL,
                    MATTER,
                    VISIT_LEAD,
                    today::equals,
                    start -> Map.of("servicePointId", HALL, "matterCode", MATTER, "start", start.toString()),
                    Map.of());
        } catch (AssertionError lastSlotsOfTheDayJustPassed) {
            return null;
        }
    }
}
