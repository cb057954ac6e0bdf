package io.onewindow.elicense;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.elicense.support.ServiceIT;
import io.onewindow.platform.test.ServiceConventions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The service keeps the platform's conventions on the real infrastructure, and verifies in public. */
@ServiceIT
class ELicenseServiceIT implements ServiceConventions {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int servicePort;

    @Test
    void verifiesWithoutATokenOverRealHttp() throws Exception {
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + servicePort + "/api/licenses/public/verify"))
                        .header("Content-Type", "application/json")
                        .POST(
                                HttpRequest.BodyPublishers.ofString(
                                        "{\"identifier\":\"1.2.156.3005.2.11100000000013338W001.11440113MB2C000057.2026000001.001.A\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("\"result\":\"INVALID\"");
    }
}
