package io.onewindow.appointment.identity;

import io.onewindow.appointment.config.IdentityConfirmerSettings;
import io.onewindow.appointment.identity.domain.Accounts;
import io.onewindow.platform.identity.RealNameLevel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The realm's accounts through Keycloak's admin REST API, as the confidential client {@code
 * onewindow-identity-confirmer} (client credentials, its token kept until shortly before it expires).
 * The account is read whole and written back whole with the one attribute changed, because Keycloak
 * replaces a user's attributes by those a {@code PUT} sends. Anything but an answer (not reachable,
 * time-out, refused) is an {@link IllegalStateException}: nothing is concluded from it.
 */
@Component
class KeycloakAccounts implements Accounts {

    private static final Logger log = LoggerFactory.getLogger(KeycloakAccounts.class);
    static final String ATTRIBUTE = "real_name_level";

    private final IdentityConfirmerSettings settings;
    private final String tokenUri;
    private final String adminUri;
    private final HttpClient http;
    // Keycloak's tokens expire by the real clock, not the service's (which tests set)
    private final Clock clock = Clock.systemUTC();
    private String token;
    private Instant tokenExpires = Instant.MIN;

    KeycloakAccounts(
            IdentityConfirmerSettings settings,
            @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuerUri) {
        this.settings = settings;
        String issuer = issuerUri.endsWith("/") ? issuerUri.substring(0, issuerUri.length() - 1) : issuerUri;
        this.tokenUri = settings.tokenUri().isBlank() ? issuer + "/protocol/openid-connect/token" : settings.tokenUri();
        this.adminUri = settings.adminUri().isBlank() ? adminUriOf(issuer) : strip(settings.adminUri());
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
        log.info("window confirmations change accounts at {} as client {}", adminUri, settings.clientId());
    }

    /** {@code http://host/realms/onewindow} → {@code http://host/admin/realms/onewindow}. */
    static String adminUriOf(String issuer) {
        int realms = issuer.lastIndexOf("/realms/");
        if (realms < 0) {
            throw new IllegalArgumentException("not a Keycloak realm issuer: " + issuer);
        }
        return issuer.substring(0, realms) + "/admin" + issuer.substring(realms);
    }

    @Override
    public Optional<Account> findByIdNumber(String idNumber) {
        String query = URLEncoder.encode("id_number:" + idNumber, StandardCharsets.UTF_8);
        JsonNode users = call("GET", "/users?briefRepresentation=false&exact=true&max=5&q=" + query, null, 200);
        List<JsonNode> holders = new ArrayList<>();
        for (JsonNode user : users) {
            if (idNumber.equals(
                    user.path("attributes").path("id_number").path(0).asString(""))) {
                holders.add(user);
            }
        }
        if (holders.size() > 1) {
            // the registration lets one ID number belong to one account only
            throw new IllegalStateException("more than one account carries the ID number " + masked(idNumber));
        }
        return holders.stream()
                .findFirst()
                .map(user -> new Account(
                        user.path("id").asString(),
                        user.path("username").asString(),
                        RealNameLevel.ofClaim(
                                user.path("attributes").path(ATTRIBUTE).path(0).asString(null))));
    }

    @Override
    public void changeRealNameLevel(Account account, RealNameLevel level) {
        String path = "/users/" + URLEncoder.encode(account.id(), StandardCharsets.UTF_8);
        ObjectNode user = (ObjectNode) call("GET", path, null, 200);
        ObjectNode attributes = user.path("attributes").isObject()
                ? (ObjectNode) user.path("attributes")
                : user.putObject("attributes");
        ArrayNode value = attributes.putArray(ATTRIBUTE);
        value.add(level.code());
        call("PUT", path, user.toString(), 204);
        JsonNode written = call("GET", path, null, 200);
        if (!level.code()
                .equals(written.path("attributes").path(ATTRIBUTE).path(0).asString(""))) {
            // e.g. the realm's user profile does not let administrators edit the attribute
            throw new IllegalStateException("Keycloak kept " + ATTRIBUTE + " of " + account.username()
                    + " unchanged; the realm's user profile must declare it, editable by admins");
        }
        log.info("{} of {} set to {}", ATTRIBUTE, account.username(), level.code());
    }

    private JsonNode call(String method, String path, String body, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(adminUri + path))
                .timeout(settings.timeout())
                .header("Authorization", "Bearer " + token())
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        HttpResponse<String> answer = send(request.build());
        if (answer.statusCode() == 401) {
            forgetToken();
        }
        if (answer.statusCode() != expected) {
            throw new IllegalStateException("Keycloak's admin API answered " + answer.statusCode() + " to " + method
                    + " " + path.replaceAll("q=[^&]*", "q=…") + ": " + answer.body());
        }
        return answer.body().isBlank()
                ? JsonMapper.shared().createObjectNode()
                : JsonMapper.shared().readTree(answer.body());
    }

    private synchronized void forgetToken() {
        token = null;
        tokenExpires = Instant.MIN;
    }

    private synchronized String token() {
        Instant now = clock.instant();
        if (token != null && now.isBefore(tokenExpires)) {
            return token;
        }
        String form = "grant_type=client_credentials&client_id="
                + URLEncoder.encode(settings.clientId(), StandardCharsets.UTF_8) + "&client_secret="
                + URLEncoder.encode(settings.clientSecret(), StandardCharsets.UTF_8);
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(tokenUri))
                .timeout(settings.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused the token of client " + settings.clientId() + ": "
                    + answer.statusCode() + " " + answer.body());
        }
        JsonNode tokenAnswer = JsonMapper.shared().readTree(answer.body());
        token = tokenAnswer.path("access_token").asString();
        // renewed a little early, so a token never expires on the way
        tokenExpires =
                now.plusSeconds(Math.max(0, tokenAnswer.path("expires_in").asLong(60) - 30));
        return token;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak at " + request.uri().getHost() + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling Keycloak", e);
        }
    }

    private static String strip(String uri) {
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }

    private static String masked(String idNumber) {
        return idNumber.length() < 10 ? "…" : idNumber.substring(0, 6) + "********" + idNumber.substring(14);
    }
}
