package io.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.onewindow.platform.test.processes.PlatformApplication;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Fault of issue 8: a table-driven fuzz pass over every operation each service publishes in its
 * OpenAPI document. Each operation gets malformed JSON, bodies of the wrong JSON type, Mongo
 * operators where values belong (in the body, in query parameters, in path segments), overlong
 * and traversal path values, a body over the size limit, the wrong content type and a broken
 * multipart body — once without a token and once with the token of every demo role. Every
 * answer must be a 4xx RFC 9457 problem (never a 5xx, never a success), and afterwards every
 * collection of every service holds as many documents as before: nothing was written.
 *
 * <p>It calls the services directly: through the gateway, its per-user rate limit would answer
 * most of these thousands of requests with 429 before the services saw them (the gateway's own
 * refusals — size, tokens, rate — are tested in the gateway's ITs).
 */
class EveryEndpointRefusesBadInputIT {

    private static final String ABSENT_ID = "00000000-0000-4000-8000-000000000000";
    private static final List<String> USERS = List.of(
            "citizen1",
            "enterprise1",
            "agent1",
            "officer1",
            "approver1",
            "deptadmin1",
            "catalogadmin1",
            "inspector1",
            "admin1");
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final int OVERSIZE_BYTES = 1_200_000;

    private static RunningPlatform platform;
    private static MongoClient mongo;
    private static final Map<String, String> tokens = new LinkedHashMap<>();
    private static final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void platform() {
        platform = RunningPlatform.shared();
        mongo = MongoClients.create(platform.mongoUri());
        tokens.put("anonymous", null);
        for (String user : USERS) {
            tokens.put(user, platform.keycloak().passwordToken(user, "demo"));
        }
        tokens.put("partner-tax", platform.keycloak().clientCredentialsToken("partner-tax", "partner-tax-demo-secret"));
    }

    @AfterAll
    static void close() {
        mongo.close();
    }

    /** One request of the table: which operation, what was done to it, and what to send. */
    record Attack(
            String service, String method, String template, String what, String path, String contentType, byte[] body) {

        @Override
        public String toString() {
            return service + " " + method + " " + template + " [" + what + "]";
        }
    }

    @Test
    void everyOperationAnswersBadInputWithA4xxProblemAndWritesNothing() throws Exception {
        List<Attack> attacks = new ArrayList<>();
        for (PlatformApplication service : RunningPlatform.SERVICES) {
            attacks.addAll(attacksOn(service.module(), apiDocs(service.module())));
        }
        assertThat(attacks).as("attacks built from the OpenAPI documents").hasSizeGreaterThan(300);

        Map<String, Long> before = settledCounts();
        ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
        AtomicInteger sent = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Attack attack : attacks) {
                done.add(clients.submit(() -> {
                    for (Map.Entry<String, String> token : tokens.entrySet()) {
                        // the oversize body is the same for everyone: once, with a token
                        if (attack.what().equals("oversize body")
                                && !token.getKey().equals("admin1")) {
                            continue;
                        }
                        String verdict = judge(send(attack, token.getValue()));
                        sent.incrementAndGet();
                        if (verdict != null) {
                            wrong.add(attack + ": " + verdict + " (as " + token.getKey() + ")");
                        }
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            clients.shutdownNow();
        }
        System.out.printf(
                "fuzz: %d attacks, %d requests, %d wrong answers%n", attacks.size(), sent.get(), wrong.size());

        // One line per attack and wrong answer, with the callers who got it.
        Map<String, List<String>> byAnswer = new TreeMap<>();
        for (String line : wrong) {
            int as = line.lastIndexOf(" (as ");
            byAnswer.computeIfAbsent(line.substring(0, as), key -> new ArrayList<>())
                    .add(line.substring(as + 5, line.length() - 1));
        }
        assertThat(byAnswer).as("answers that are not a 4xx problem").isEmpty();
        assertThat(settledCounts()).as("documents per collection").isEqualTo(before);
    }

    // ---- the table ----

    private static JsonNode apiDocs(String service) {
        try {
            HttpResponse<String> docs = http.send(
                    HttpRequest.newBuilder(URI.create(platform.serviceUrl(service) + "/v3/api-docs"))
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(docs.statusCode()).as(service + " OpenAPI document").isEqualTo(200);
            return Gateway.JSON.readTree(docs.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<Attack> attacksOn(String service, JsonNode docs) {
        List<Attack> attacks = new ArrayList<>();
        docs.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    String method = operation.getKey().toUpperCase();
                    if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                        return;
                    }
                    attacks.addAll(attacksOn(service, method, path.getKey(), operation.getValue(), docs));
                }));
        return attacks;
    }

    private static List<Attack> attacksOn(
            String service, String method, String template, JsonNode operation, JsonNode docs) {
        List<Attack> attacks = new ArrayList<>();
        List<String> pathVariables = new ArrayList<>();
        Matcher variables = PATH_VARIABLE.matcher(template);
        while (variables.find()) {
            pathVariables.add(variables.group(1));
        }
        List<String> queryParameters = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            if ("query".equals(parameter.path("in").asString())) {
                queryParameters.add(parameter.path("name").asString());
            }
        }
        JsonNode content = operation.path("requestBody").path("content");
        boolean json = content.has("application/json");
        boolean multipart = content.has("multipart/form-data");
        byte[] validLookingBody = json ? "{}".getBytes(StandardCharsets.UTF_8) : null;
        String bodyType = json ? "application/json" : null;

        for (String variable : pathVariables) {
            for (Map.Entry<String, String> value : pathValues().entrySet()) {
                attacks.add(new Attack(
                        service,
                        method,
                        template,
                        "path " + variable + " = " + value.getKey(),
                        path(template, Map.of(variable, value.getValue()), ""),
                        bodyType,
                        validLookingBody));
            }
        }
        for (String parameter : queryParameters) {
            String encodedName = URLEncoder.encode(parameter, StandardCharsets.UTF_8);
            Map<String, String> queries = new LinkedHashMap<>();
            queries.put("operator object", encodedName + "=" + encode("{\"$gt\":\"\"}"));
            queries.put("operator in the name", encodedName + encode("[$ne]") + "=x");
            queries.put("dollar value", encodedName + "=" + encode("$where"));
            queries.put("overlong", encodedName + "=" + "x".repeat(5000));
            queries.forEach((what, query) -> attacks.add(new Attack(
                    service,
                    method,
                    template,
                    "query " + parameter + ": " + what,
                    path(template, Map.of(), "?" + query),
                    bodyType,
                    validLookingBody)));
        }
        String base = path(template, Map.of(), "");
        if (json) {
            Map<String, String> bodies = new LinkedHashMap<>();
            bodies.put("malformed JSON", "{\"matterCode\": \"MR-SP-001\",");
            bodies.put("array body", "[{\"$gt\": \"\"}]");
            bodies.put("text body", "\"text\"");
            bodies.put("number body", "12");
            bodies.put("operator field", "{\"$where\": \"sleep(1000) || true\"}");
            for (String property : properties(content.path("application/json").path("schema"), docs)) {
                bodies.put("operator in " + property, "{\"" + property + "\": {\"$ne\": null}}");
                bodies.put("array in " + property, "{\"" + property + "\": [{\"$gt\": \"\"}]}");
            }
            bodies.forEach((what, body) -> attacks.add(new Attack(
                    service, method, template, what, base, "application/json", body.getBytes(StandardCharsets.UTF_8))));
            attacks.add(new Attack(
                    service,
                    method,
                    template,
                    "oversize body",
                    base,
                    "application/json",
                    ("{\"note\":\"" + "a".repeat(OVERSIZE_BYTES) + "\"}").getBytes(StandardCharsets.UTF_8)));
            attacks.add(new Attack(
                    service,
                    method,
                    template,
                    "wrong content type",
                    base,
                    "text/plain",
                    "{}".getBytes(StandardCharsets.UTF_8)));
        }
        if (multipart) {
            attacks.add(new Attack(
                    service,
                    method,
                    template,
                    "broken multipart",
                    base,
                    "multipart/form-data; boundary=fuzz",
                    "--fuzz\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nno end"
                            .getBytes(StandardCharsets.UTF_8)));
            attacks.add(new Attack(
                    service,
                    method,
                    template,
                    "JSON instead of a file",
                    base,
                    "application/json",
                    "{\"file\": {\"$gt\": \"\"}}".getBytes(StandardCharsets.UTF_8)));
        }
        return attacks;
    }

    /** Values for one path segment; the other segments get an id that matches the patterns and exists nowhere. */
    private static Map<String, String> pathValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("absent id", ABSENT_ID);
        values.put("operator object", encode("{\"$ne\":null}"));
        values.put("dollar", encode("$where"));
        values.put("traversal", "..%2F..%2Factuator");
        values.put("overlong", "a".repeat(3000));
        values.put("script", encode("<script>alert(1)</script>"));
        values.put("bad ID check digit", "440113199003071234");
        values.put("quote", encode("' || '1'=='1"));
        return values;
    }

    private static String path(String template, Map<String, String> chosen, String query) {
        Matcher variables = PATH_VARIABLE.matcher(template);
        StringBuilder path = new StringBuilder();
        while (variables.find()) {
            variables.appendReplacement(
                    path, Matcher.quoteReplacement(chosen.getOrDefault(variables.group(1), ABSENT_ID)));
        }
        variables.appendTail(path);
        return path + query;
    }

    private static List<String> properties(JsonNode schema, JsonNode docs) {
        JsonNode resolved = schema;
        String ref = schema.path("$ref").asString("");
        if (ref.startsWith("#/components/schemas/")) {
            resolved = docs.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
        }
        List<String> names = new ArrayList<>();
        resolved.path("properties").propertyNames().forEach(names::add);
        return names;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    // ---- sending and judging ----

    private static HttpResponse<String> send(Attack attack, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(platform.serviceUrl(attack.service()) + attack.path()))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpRequest.BodyPublisher body = attack.body() == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(attack.body());
        if (attack.contentType() != null) {
            request.header("Content-Type", attack.contentType());
        }
        request.method(attack.method(), body);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(attack + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code null} when the answer is a 4xx problem; otherwise what is wrong with it. */
    private static String judge(HttpResponse<String> answer) {
        int status = answer.statusCode();
        String type = answer.headers().firstValue("Content-Type").orElse("");
        String body = answer.body().length() > 300 ? answer.body().substring(0, 300) + "…" : answer.body();
        if (status < 400 || status >= 500) {
            return status + " " + body;
        }
        if (!type.startsWith("application/problem+json")) {
            return status + " as " + type + ": " + body;
        }
        JsonNode problem = Gateway.JSON.readTree(answer.body());
        if (problem.path("status").asInt() != status
                || !problem.path("type").asString().startsWith("urn:onewindow:problem:")) {
            return status + " with a malformed problem: " + body;
        }
        return null;
    }

    // ---- nothing written ----

    /** Document counts of every collection of every service, once they stop changing (events in flight settle). */
    private static Map<String, Long> settledCounts() {
        AtomicReference<Map<String, Long>> last = new AtomicReference<>(Collections.emptyMap());
        await("collections at rest")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> {
                    Map<String, Long> now = counts();
                    boolean same = now.equals(last.get());
                    last.set(now);
                    return same;
                });
        return last.get();
    }

    private static Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String name : mongo.listDatabaseNames()) {
            if (!name.startsWith("onewindow_")) {
                continue;
            }
            MongoDatabase database = mongo.getDatabase(name);
            for (String collection : database.listCollectionNames()) {
                if (collection.equals("shedLock")) {
                    continue; // the scheduled jobs' locks, not data
                }
                counts.put(
                        name + "." + collection,
                        database.getCollection(collection).countDocuments());
            }
        }
        return counts;
    }
}
