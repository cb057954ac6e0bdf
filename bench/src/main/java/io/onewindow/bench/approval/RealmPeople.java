package io.onewindow.bench.approval;

import io.onewindow.bench.BenchTokens;
import io.onewindow.platform.test.KeycloakTestServer;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The people of a scenario as users of the real Keycloak realm, and their access tokens from its
 * token endpoint ({@code onewindow-cli}'s direct access grant), so that the services see exactly
 * the tokens production sees.
 *
 * <p>The demo users are too few for a scenario that files hundreds of cases: approval-service
 * limits one person's uploads (10 a minute, a number of pending files), so each filing citizen is a
 * user of its own, {@code bench-citizen-N} with the bench's ID number {@link BenchTokens#idNumber}
 * and the realm role {@code citizen}, created through Keycloak's admin API (partial import) in the
 * bench's own Keycloak process, which starts with the realm file and keeps its data in memory (or
 * the Keycloak named by {@code -Dbench.keycloak.url}, e.g. {@code deploy/local.sh}'s).
 * Staff are the demo users ({@code officer1}, {@code approver1}, password {@code demo}).
 *
 * <p>Tokens are kept until a minute before they expire (the realm gives 5 minutes), then asked
 * for again.
 */
final class RealmPeople {

    static final String CITIZEN_PREFIX = "bench-citizen-";
    private static final String PASSWORD = "bench-" + Long.toHexString(System.nanoTime());
    private static final long MARGIN_NANOS = 60_000_000_000L;

    private final String baseUrl;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /**
     * The people of the realm {@value KeycloakTestServer#REALM} of the Keycloak at {@code baseUrl}
     * ({@code http://127.0.0.1:PORT}), whose master realm's administrator is platform-test's
     * ({@code admin}/{@code admin}, as for {@code deploy/local.sh}'s Keycloak and
     * {@link KeycloakTestServer}).
     */
    RealmPeople(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The issuer of the realm's tokens, what the services are told to trust. */
    String issuerUri() {
        return baseUrl + "/realms/" + KeycloakTestServer.REALM;
    }

    /** Creates citizens {@code from} … {@code from + count - 1} (replacing any that exist). */
    void createCitizens(int from, int count) {
        ArrayNode users = JsonMapper.shared().createArrayNode();
        for (int n = from; n < from + count; n++) {
            ObjectNode user = users.addObject();
            user.put("username", CITIZEN_PREFIX + n);
            user.put("enabled", true);
            user.put("email", CITIZEN_PREFIX + n + "@bench.onewindow.example");
            user.put("emailVerified", true);
            user.put("firstName", "居民" + n);
            user.put("lastName", "测");
            ObjectNode attributes = user.putObject("attributes");
            attributes.putArray("id_number").add(BenchTokens.idNumber(n));
            // confirmed at a window, as the realm's demo citizens: the bench files as them
            attributes.putArray("real_name_level").add("window-confirmed");
            user.putArray("credentials")
                    .addObject()
                    .put("type", "password")
                    .put("value", PASSWORD)
                    .put("temporary", false);
            user.putArray("realmRoles").add("citizen");
            user.putArray("requiredActions");
        }
        List<ObjectNode> batches = new ArrayList<>();
        for (int i = 0; i < users.size(); i += 100) {
            ObjectNode batch = JsonMapper.shared().createObjectNode();
            // Users of an earlier run were made with another password: replaced.
            batch.put("ifResourceExists", "OVERWRITE");
            ArrayNode part = batch.putArray("users");
            for (int j = i; j < Math.min(users.size(), i + 100); j++) {
                part.add(users.get(j));
            }
            batches.add(batch);
        }
        for (ObjectNode batch : batches) {
            // A master-realm admin token lives a minute; an import of 100 users may take longer.
            String admin = field(
                    form(
                            baseUrl + "/realms/master/protocol/openid-connect/token",
                            Map.of(
                                    "grant_type",
                                    "password",
                                    "client_id",
                                    "admin-cli",
                                    "username",
                                    KeycloakTestServer.ADMIN_USERNAME,
                                    "password",
                                    KeycloakTestServer.ADMIN_PASSWORD)),
                    "access_token");
            HttpResponse<String> answer = send(HttpRequest.newBuilder(
                            URI.create(baseUrl + "/admin/realms/" + KeycloakTestServer.REALM + "/partialImport"))
                    .timeout(Duration.ofSeconds(120))
                    .header("Authorization", "Bearer " + admin)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(batch.toString(), StandardCharsets.UTF_8))
                    .build());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(
                        "Keycloak's partial import answered " + answer.statusCode() + ": " + answer.body());
            }
        }
    }

    /** An access token of bench citizen {@code n} (created by {@link #createCitizens}). */
    String citizen(int n) {
        return token(CITIZEN_PREFIX + n, PASSWORD);
    }

    /** An access token of a demo user of the realm (password {@code demo}). */
    String demoUser(String username) {
        return token(username, KeycloakTestServer.DEMO_PASSWORD);
    }

    private String token(String username, String password) {
        long now = System.nanoTime();
        Token cached = tokens.get(username);
        if (cached != null && now < cached.renewAtNanos()) {
            return cached.value();
        }
        Map<String, String> grant = new LinkedHashMap<>();
        grant.put("grant_type", "password");
        grant.put("client_id", KeycloakTestServer.CLI_CLIENT_ID);
        grant.put("username", username);
        grant.put("password", password);
        JsonNode answer = form(issuerUri() + "/protocol/openid-connect/token", grant);
        String value = field(answer, "access_token");
        long lifetime = answer.path("expires_in").asLong(300) * 1_000_000_000L;
        tokens.put(username, new Token(value, now + Math.max(lifetime / 2, lifetime - MARGIN_NANOS)));
        return value;
    }

    private JsonNode form(String endpoint, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(endpoint))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("Keycloak's token endpoint " + endpoint + " answered " + answer.statusCode()
                    + ": " + answer.body());
        }
        return JsonMapper.shared().readTree(answer.body());
    }

    private static String field(JsonNode answer, String name) {
        String value = answer.path(name).asString("");
        if (value.isEmpty()) {
            throw new IllegalStateException("no " + name + " in Keycloak's answer: " + answer);
        }
        return value;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak at " + baseUrl + " did not answer " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Token(String value, long renewAtNanos) {}
}
