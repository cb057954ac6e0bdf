package io.onewindow.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * On the real servlet container: a page answered to a browser whose session cookie is not known yet
 * (its first request) carries no session id in its links ({@code ;ONEWINDOW_CONSOLE=…}), where it
 * would leak through the Referer, logs and shared links.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"local", "console-test"})
class SessionInCookieOnlyTest {

    @LocalServerPort
    int port;

    @Test
    void aFirstPageHasNoSessionIdInItsLinks() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/console/logout"))
                                .header("Accept", "text/html")
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("_csrf=forged"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("/console/assets/console.css").doesNotContain("ONEWINDOW_CONSOLE=");
        assertThat(page.headers().firstValue("Set-Cookie"))
                .hasValueSatisfying(cookie -> assertThat(cookie)
                        .startsWith("ONEWINDOW_CONSOLE=")
                        .contains("HttpOnly")
                        .contains("SameSite=Lax"));
    }
}
