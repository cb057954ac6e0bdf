package io.onewindow.bench.approval;

import io.onewindow.bench.BenchTokens;
import io.onewindow.platform.test.KeycloakTestServer;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * bench's own Keycloak process, which starts with the realm file and keeps its data in memory.
 * Staff are the demo users ({@code officer1}, {@code approver1}, password {@code demo}).
 *
 * <p>Tokens are kept until a minute before they expire (the realm gives 5 minutes), then asked
 * for again.
 */
final class RealmPeople {

    static final String CITIZEN_PREFIX = "bench-citizen-";
    private static final String PASSWORD = "bench-" + Long.toHexString(System.nanoTime());
    private static final long MARGIN_NANOS = 60_000_000_000L;

    private final KeycloakTestServer keycloak;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    RealmPeople(KeycloakTestServer keycloak) {
        this.keycloak = keycloak;
    }

    /** Creates citizens {@code from} … {@code from + count - 1} (skipping any that exist). */
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
            user.putObject("attributes").putArray("id_number").add(BenchTokens.idNumber(n));
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
            batch.put("ifResourceExists", "SKIP");
            ArrayNode part = batch.putArray("users");
            for (int j = i; j < Math.min(users.size(), i + 100); j++) {
                part.add(users.get(j));
            }
            batches.add(batch);
        }
        for (ObjectNode batch : batches) {
            HttpResponse<String> answer = keycloak.admin(
                    "POST", "/admin/realms/" + KeycloakTestServer.REALM + "/partialImport", batch.toString());
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
        JsonNode answer = keycloak.passwordGrant(KeycloakTestServer.CLI_CLIENT_ID, username, password, null);
        String value = answer.path("access_token").asString("");
        if (value.isEmpty()) {
            throw new IllegalStateException("no access token for " + username + ": " + answer);
        }
        long lifetime = answer.path("expires_in").asLong(300) * 1_000_000_000L;
        tokens.put(username, new Token(value, now + Math.max(lifetime / 2, lifetime - MARGIN_NANOS)));
        return value;
    }

    private record Token(String value, long renewAtNanos) {}
}
