package io.onewindow.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 20, the approver's inbox. enterprise1 files a complete food-license application and
 * officer1 accepts it through the API (as the portal and the window do); approver1 logs in to the
 * console, finds the case in the inbox with its clock, opens it, downloads a material, completes
 * the catalog's two review steps and approves it. approval-service then has the case approved by
 * approver1 after both steps.
 */
class AnApproverDecidesACaseInTheConsoleIT {

    private static RunningPlatform platform;
    private static Gateway gateway;

    @BeforeAll
    static void platform() {
        platform = RunningPlatform.shared();
        gateway = new Gateway(platform);
    }

    @Test
    void theApproverFindsTheAcceptedCaseInTheInboxCompletesTheStepsAndApprovesIt() {
        String company = gateway.tokenOf("enterprise1");
        String officer = gateway.tokenOf("officer1");
        String caseId = Filings.completeFoodLicense(gateway, company, "番禺区市桥街光明北路20号");
        JsonNode accepted = gateway.post("/api/approvals/cases/" + caseId + "/acceptance", officer, null)
                .expect(200)
                .json();
        String caseNumber = accepted.path("caseNumber").asString();
        String promisedDue = accepted.path("clock").path("promisedDueDate").asString();

        try (BrowserContext browser = Browsers.desktop()) {
            Page page = ConsoleLogin.open(browser, platform.consoleUrl(), "approver1", "/console/inbox");
            try {
                // The inbox, nearest due date first: the new case may be on a later page.
                Locator row =
                        page.locator("table.inbox tbody tr").filter(new Locator.FilterOptions().setHasText(caseNumber));
                for (int i = 0; i < 50 && row.count() == 0; i++) {
                    Locator next = page.locator("nav.pager a", new Page.LocatorOptions().setHasText("下一页"));
                    if (next.count() == 0) {
                        break;
                    }
                    next.click();
                    page.waitForLoadState();
                }
                assertThat(row).hasCount(1);
                assertThat(row).containsText(promisedDue);
                assertThat(row).containsText("review");
                assertThat(row).not().containsText("已超期");

                row.locator("a").first().click();
                assertThat(page.locator("h1")).containsText(caseNumber);
                assertThat(page.locator("#case")).containsText("食品经营许可");
                assertThat(page.locator("#case")).containsText(Filings.COMPANY_NAME);

                // A material comes as a download (an attachment), not shown in the page.
                Download layout = page.waitForDownload(() -> page.locator("#case a[download]")
                        .filter(new Locator.FilterOptions().setHasText("layout.pdf"))
                        .click());
                org.assertj.core.api.Assertions.assertThat(layout.suggestedFilename())
                        .isEqualTo("layout.pdf");

                // The catalog's steps, in order, then the decision.
                page.locator("#step-opinion").fill("材料齐全，场所符合要求");
                page.locator("#case button", new Page.LocatorOptions().setHasText("完成本环节"))
                        .click();
                assertThat(page.locator("#case .ok")).containsText("审查环节已完成");
                assertThat(page.locator("#case form h3").first()).containsText("decide");
                page.locator("#step-opinion").fill("准予许可");
                page.locator("#case button", new Page.LocatorOptions().setHasText("完成本环节"))
                        .click();
                assertThat(page.locator("#case button", new Page.LocatorOptions().setHasText("准予许可")))
                        .isVisible();
                page.locator("#case button", new Page.LocatorOptions().setHasText("准予许可"))
                        .click();
                assertThat(page.locator("#case .ok")).containsText("已作出准予许可决定");
                assertThat(page.locator("#case .state")).hasText("准予许可");
            } catch (AssertionError | RuntimeException e) {
                Browsers.screenshot(page, "approver-decides");
                throw e;
            }
        }

        JsonNode approved = gateway.get("/api/approvals/cases/" + caseId, gateway.tokenOf("approver1"))
                .expect(200)
                .json();
        org.assertj.core.api.Assertions.assertThat(approved.path("state").asString())
                .isEqualTo("APPROVED");
        org.assertj.core.api.Assertions.assertThat(approved.path("steps")).hasSize(2);
        org.assertj.core.api.Assertions.assertThat(
                        approved.path("steps").get(0).path("opinion").asString())
                .isEqualTo("材料齐全，场所符合要求");
        org.assertj.core.api.Assertions.assertThat(
                        approved.path("decision").path("by").asString())
                .isEqualTo("approver1");
    }
}
