package io.onewindow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.platform.testapp.TestMongo;
import io.onewindow.platform.testapp.TestServiceApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What is refused before a controller runs — by Tomcat itself, by multipart parsing, by the
 * request guard — is still an RFC 9457 problem with a 4xx status, on a real embedded server.
 */
@SpringBootTest(
        classes = TestServiceApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "onewindow.service.name=test-service",
            "onewindow.service.api-prefix=/api/things",
            "spring.kafka.bootstrap-servers=127.0.0.1:1"
        })
class RefusalsBeforeTheControllerTest {

    private static final TestMongo MONGO = new TestMongo();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        MONGO.register(registry, "refusals_before_the_controller_test");
    }

    @AfterAll
    static void stopMongo() {
        MONGO.shutdown();
    }

    @Test
    void anEncodedSlashInThePathIsAProblemNotTomcatsHtmlPage() throws Exception {
        HttpResponse<String> answer =
                send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/things/..%2F..%2Factuator"))
                        .header("Accept-Language", "en")
                        .GET());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body())
                .contains("\"type\":\"urn:onewindow:problem:bad-request\"")
                .contains("\"status\":400")
                .contains("\"title\":\"Bad request\"")
                .doesNotContain("Tomcat")
                .doesNotContain("<html");
    }

    @Test
    void aBrokenMultipartBodyIsA400Problem() throws Exception {
        HttpResponse<String> answer =
                send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/things/public/hello"))
                        .header("Content-Type", "multipart/form-data; boundary=broken")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "--broken\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nno end")));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("\"code\":\"malformed-body\"");
    }

    @Test
    void anOperatorObjectInAQueryValueIsRefused() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + port + "/api/things/public/hello?name=%7B%22%24gt%22%3A%22%22%7D"))
                .GET());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"code\":\"operator-in-input\"");
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
