package io.onewindow.systemtests;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * A staff member logging in to the console as a person would: the console sends the browser to
 * Keycloak's login form (authorization code + PKCE), the test types the demo user's name and
 * password there, and Keycloak sends the browser back to the console.
 */
final class ConsoleLogin {

    private ConsoleLogin() {}

    /** Opens {@code path} of the console (e.g. {@code /console/workbench}) logged in as {@code username}. */
    static Page open(BrowserContext context, String consoleUrl, String username, String path) {
        Page page = context.newPage();
        // a failed request (refused, reset, blocked) is printed, as the page then only shows Chromium's error page
        page.onRequestFailed(request -> System.out.println(
                "Browser request failed: " + request.method() + " " + request.url() + " " + request.failure()));
        page.onResponse(response -> {
            if (response.status() >= 400) {
                System.out.println("Browser got " + response.status() + " for "
                        + response.request().method() + " " + response.url() + " " + response.headers());
            }
        });
        page.navigate(consoleUrl + path);
        page.locator("#username").fill(username);
        page.locator("#password").fill("demo");
        page.locator("#kc-login").click();
        page.waitForURL(url -> url.startsWith(consoleUrl + "/console"));
        return page;
    }
}
