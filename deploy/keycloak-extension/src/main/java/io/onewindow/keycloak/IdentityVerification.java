package io.onewindow.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The authoritative identity service's interface (docs/identity-service.md): {@code POST
 * <url>/verifications} with {@code {"name": …, "idNumber": …}}, answered {@code 200} with
 * {@code {"match": true}} when the name and the ID number belong together. Any other answer, or none
 * within the timeout, is "not confirmed": registration never waits on or fails because of the
 * service, the account simply stays self-declared.
 */
final class IdentityVerification {

    private static final Logger LOG = Logger.getLogger(IdentityVerification.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI verifications;
    private final String bearerToken;
    private final Duration timeout;
    private final HttpClient http;

    /**
     * @param baseUrl the service's base URL, e.g. {@code https://identity.example/api}
     * @param bearerToken sent as {@code Authorization: Bearer …} when not blank
     * @param timeout for connecting and for the whole answer
     */
    IdentityVerification(String baseUrl, String bearerToken, Duration timeout) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.verifications = URI.create(base + "/verifications");
        this.bearerToken = bearerToken == null || bearerToken.isBlank() ? null : bearerToken.strip();
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** Whether the service confirms that the person of this name holds this ID number. */
    boolean confirms(String name, String idNumber) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("idNumber", idNumber);
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(verifications)
                    .timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
            if (bearerToken != null) {
                request.header("Authorization", "Bearer " + bearerToken);
            }
            HttpResponse<String> answer =
                    http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (answer.statusCode() != 200) {
                LOG.warnf(
                        "Identity service %s answered HTTP %d: the account stays self-declared",
                        verifications, answer.statusCode());
                return false;
            }
            JsonNode match = JSON.readTree(answer.body()).path("match");
            return match.isBoolean() && match.booleanValue();
        } catch (IOException e) {
            LOG.warnf(
                    "Identity service %s not reached (%s): the account stays self-declared",
                    verifications, e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public String toString() {
        return "IdentityVerification[" + verifications + "]";
    }
}
