package io.onewindow.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 20, the inspector's desk. A food-license case is filed, accepted, reviewed and denied
 * through the API with a reason but no legal basis, so supervision raises rule 4's serious alert
 * (refusal.without-basis). inspector1 logs in to the console, finds the alert in the list by its
 * rule, opens it and works it through acknowledged and investigating to resolved, each with a note;
 * supervision-service then answers it resolved with the notes in its history.
 */
class AnInspectorResolvesAnAlertInTheConsoleIT {

    private static RunningPlatform platform;
    private static Gateway gateway;

    @BeforeAll
    static void platform() {
        platform = RunningPlatform.shared();
        gateway = new Gateway(platform);
    }

    @Test
    void theInspectorFindsTheAlertByRuleAndMovesItToResolvedWithANote() {
        String inspector = gateway.tokenOf("inspector1");
        String caseId = deniedWithoutLegalBasis();
        String alertId = awaitAlert(caseId, inspector).path("id").asString();

        try (BrowserContext browser = Browsers.desktop()) {
            Page page = ConsoleLogin.open(browser, platform.consoleUrl(), "inspector1", "/console/inspection");
            try {
                page.locator("#filter-rule").selectOption("4");
                page.locator("#filter-department").fill("market-regulation");
                page.locator("form.filters button").click();
                page.waitForURL(url -> url.contains("rule=4"));
                Locator row = page.locator("table.alerts tbody tr[data-alert-id='" + alertId + "']");
                assertThat(row).hasCount(1);
                assertThat(row).containsText("规则 4");
                assertThat(row).containsText("严重");
                assertThat(row).containsText("待处理");

                row.locator("a").first().click();
                assertThat(page.locator("#alert")).containsText(alertId);
                assertThat(page.locator("#alert .alert-status")).hasText("待处理");

                for (String[] move : List.of(
                        new String[] {"ACKNOWLEDGED", "已确认", "已收到，调取决定书"},
                        new String[] {"INVESTIGATING", "核查中", "核查不予许可决定的法律依据"},
                        new String[] {"RESOLVED", "已解决", "已责令补正法律依据并重新送达"})) {
                    page.locator("#move-status").selectOption(move[0]);
                    page.locator("#move-note").fill(move[2]);
                    page.locator("#alert button", new Page.LocatorOptions().setHasText("提交处理"))
                            .click();
                    assertThat(page.locator("#alert .ok")).containsText(move[1]);
                    assertThat(page.locator("#alert .alert-status")).hasText(move[1]);
                }
                assertThat(page.locator("#alert")).containsText("已责令补正法律依据并重新送达");
                assertThat(page.locator("#alert button", new Page.LocatorOptions().setHasText("提交处理")))
                        .hasCount(0);
            } catch (AssertionError | RuntimeException e) {
                Browsers.screenshot(page, "inspector-resolves");
                throw e;
            }
        }

        JsonNode resolved = gateway.get(
                        "/api/supervision/inspections/alerts/"
                                + java.net.URLEncoder.encode(alertId, java.nio.charset.StandardCharsets.UTF_8),
                        inspector)
                .expect(200)
                .json();
        org.assertj.core.api.Assertions.assertThat(resolved.path("status").asString())
                .isEqualTo("RESOLVED");
        org.assertj.core.api.Assertions.assertThat(resolved.path("history").toString())
                .contains("inspector1")
                .contains("已责令补正法律依据并重新送达");
    }

    /** enterprise1 files, officer1 accepts, approver1 completes the steps and denies with no legal basis. */
    private static String deniedWithoutLegalBasis() {
        String company = gateway.tokenOf("enterprise1");
        String officer = gateway.tokenOf("officer1");
        String approver = gateway.tokenOf("approver1");
        String caseId = Filings.completeFoodLicense(gateway, company, "番禺区市桥街光明北路21号");
        gateway.post("/api/approvals/cases/" + caseId + "/acceptance", officer, null)
                .expect(200);
        for (String step : List.of("review", "decide")) {
            gateway.post(
                            "/api/approvals/cases/" + caseId + "/steps",
                            approver,
                            Map.of("stepCode", step, "opinion", "审查"))
                    .expect(200);
        }
        gateway.post("/api/approvals/cases/" + caseId + "/denial", approver, Map.of("reason", "经营场所与申请不符"))
                .expect(200);
        return caseId;
    }

    private static JsonNode awaitAlert(String caseId, String inspector) {
        AtomicReference<JsonNode> seen = new AtomicReference<>();
        await("rule 4 alert on case " + caseId)
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    for (JsonNode alert : gateway.get(
                                    "/api/supervision/inspections/alerts?rule=4&department=market-regulation&size=100",
                                    inspector)
                            .expect(200)
                            .json()) {
                        if (caseId.equals(alert.path("caseId").asString())
                                && "refusal.without-basis"
                                        .equals(alert.path("ruleCode").asString())) {
                            seen.set(alert);
                            return true;
                        }
                    }
                    return false;
                });
        return seen.get();
    }
}
