package io.onewindow.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * Staff log in to the console through the real Keycloak's login form (authorization code + PKCE)
 * and see the desks their roles open, no other; logging out ends the Keycloak session too.
 */
class StaffLogInToTheConsoleIT {

    private final RunningPlatform platform = RunningPlatform.shared();

    @Test
    void anOfficerLogsInAndSeesTheWorkbenchOnly() {
        try (BrowserContext browser = Browsers.desktop()) {
            Page page = ConsoleLogin.open(browser, platform.consoleUrl(), "officer1", "/console/");
            try {
                assertThat(page.locator("h1")).containsText("梁文杰");
                assertThat(page.locator("main a[href='/console/workbench']")).isVisible();
                assertThat(page.locator("main a[href='/console/inbox']")).hasCount(0);
                assertThat(page.locator("main a[href='/console/admin']")).hasCount(0);
            } catch (AssertionError e) {
                Browsers.screenshot(page, "officer-login");
                throw e;
            }
        }
    }

    @Test
    void loggingOutEndsTheSessionAtKeycloakToo() {
        try (BrowserContext browser = Browsers.desktop()) {
            Page page = ConsoleLogin.open(browser, platform.consoleUrl(), "inspector1", "/console/");
            try {
                assertThat(page.locator("main a[href='/console/inspection']")).isVisible();
                page.locator("header form button").click();
                page.navigate(platform.consoleUrl() + "/console/");
                // no Keycloak session left: the login form again, not the console
                assertThat(page.locator("#kc-login")).isVisible();
            } catch (AssertionError e) {
                Browsers.screenshot(page, "logout");
                throw e;
            }
        }
    }
}
