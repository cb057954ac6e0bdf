package io.onewindow.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The catalog's four eyes in the console: the catalog admin drafts the next version of a demo
 * matter there, the department admin of the matter's department sees its content hash, approves
 * that content and publishes it there; the public guide then shows the new version.
 */
class AnAdministratorPublishesAMatterInTheConsoleIT {

    /** 仅销售预包装食品备案, a market-regulation matter (deptadmin1's department). */
    private static final String MATTER = "MR-BA-001";

    private final RunningPlatform platform = RunningPlatform.shared();
    private final Gateway gateway = Gateway.toSharedPlatform();

    @Test
    void theCatalogAdminDraftsAndTheDepartmentAdminApprovesAndPublishesTheReviewedContent() {
        publishADraftLeftByAnEarlierRun();
        int published = gateway.get("/api/approvals/public/matters/" + MATTER, null)
                .expect(200)
                .json()
                .path("version")
                .asInt();
        String marker = "控制台修订 " + UUID.randomUUID().toString().substring(0, 8);

        int drafted;
        try (BrowserContext browser = Browsers.desktop()) {
            Page page = ConsoleLogin.open(
                    browser,
                    platform.consoleUrl(),
                    "catalogadmin1",
                    "/console/admin/catalog/drafts/new?from=" + MATTER);
            try {
                assertThat(page.locator("h1")).containsText("起草事项的下一版本");
                assertThat(page.locator("#code")).hasValue(MATTER);
                page.locator("#conditions").fill(marker);
                page.getByText("保存为草稿").click();
                page.waitForURL(url -> url.contains("done=drafted"));
                assertThat(page.locator("main")).containsText("已起草第 " + (published + 1) + " 版");
                drafted = published + 1;
                assertThat(page.locator("#version-" + drafted + " h2")).containsText("草稿");
                // the catalog admin is not offered the review
                assertThat(page.locator("#version-" + drafted + " button")).hasCount(0);
            } catch (AssertionError | RuntimeException e) {
                Browsers.screenshot(page, "catalog-draft");
                throw e;
            }
        }

        String hash = gateway.get(
                        "/api/approvals/catalog/matters/" + MATTER + "/versions/" + drafted,
                        gateway.tokenOf("catalogadmin1"))
                .expect(200)
                .text("contentHash");

        try (BrowserContext browser = Browsers.desktop()) {
            Page page =
                    ConsoleLogin.open(browser, platform.consoleUrl(), "deptadmin1", "/console/admin/catalog/" + MATTER);
            try {
                Locator version = page.locator("#version-" + drafted);
                assertThat(version.locator(".facts")).containsText(hash);
                version.getByText("审核通过此内容（第 " + drafted + " 版）").click();
                page.waitForURL(url -> url.contains("done=approved"));
                Locator approval = page.locator("#version-" + drafted + " tr.approval");
                assertThat(approval).containsText("deptadmin1");
                assertThat(approval).containsText(hash);

                page.locator("#version-" + drafted)
                        .getByText("发布此内容（第 " + drafted + " 版）")
                        .click();
                page.waitForURL(url -> url.contains("done=published"));
                assertThat(page.locator("main")).containsText("第 " + drafted + " 版已发布");
                assertThat(page.locator("#version-" + drafted + " h2")).containsText("已发布");
            } catch (AssertionError | RuntimeException e) {
                Browsers.screenshot(page, "catalog-publish");
                throw e;
            }
        }

        // the public guide (the gateway may serve its cached copy for up to a minute)
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(3))
                .untilAsserted(() -> {
                    JsonNode guide = gateway.get("/api/approvals/public/matters/" + MATTER, null)
                            .expect(200)
                            .json();
                    assertThat(guide.path("version").asInt()).isEqualTo(drafted);
                    assertThat(guide.path("definition").path("conditions").asString())
                            .isEqualTo(marker);
                });
    }

    /** One draft per matter at a time: a draft an interrupted run left is published first, by API. */
    private void publishADraftLeftByAnEarlierRun() {
        String admin = gateway.tokenOf("deptadmin1");
        JsonNode newest = gateway.get("/api/approvals/catalog/matters/" + MATTER + "/versions?size=1", admin)
                .expect(200)
                .json()
                .path(0);
        if ("DRAFT".equals(newest.path("status").asString())) {
            String path = "/api/approvals/catalog/matters/" + MATTER + "/versions/"
                    + newest.path("version").asInt();
            Map<String, String> content =
                    Map.of("contentHash", newest.path("contentHash").asString());
            gateway.post(path + "/publication", admin, content).expect(200);
        }
    }
}
