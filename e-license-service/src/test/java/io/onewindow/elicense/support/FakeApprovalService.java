package io.onewindow.elicense.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.onewindow.elicense.approvalclient.ApprovalClient;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.test.KeycloakTestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP server standing in for approval-service's internal API, one per test JVM. It checks
 * the bearer token as approval-service does: signed by the test Keycloak's realm, and carrying the
 * realm role {@code platform-service} (else 401/403). It answers the cases the test told it about;
 * anything else is unknown (404). It can go down (connections refused) and come back.
 */
public final class FakeApprovalService {

    private static final FakeApprovalService SHARED = new FakeApprovalService();
    private static final JsonMapper JSON = EventCodec.defaultMapper();

    private final Map<String, ApprovalClient.ApprovedCase> approved = new ConcurrentHashMap<>();
    private final Set<String> notApproved = ConcurrentHashMap.newKeySet();
    private final Map<String, ApprovalClient.Citations> citations = new ConcurrentHashMap<>();
    private final List<String> tokens = new CopyOnWriteArrayList<>();
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private volatile JwtDecoder decoder;
    private volatile HttpServer server;
    private final int port;

    private FakeApprovalService() {
        this.server = start(0);
        this.port = server.getAddress().getPort();
    }

    public static FakeApprovalService shared() {
        return SHARED;
    }

    public String uri() {
        return "http://127.0.0.1:" + port;
    }

    /** approval-service knows {@code facts} as an approved case. */
    public void knowsApproved(ApprovalClient.ApprovedCase facts) {
        notApproved.remove(facts.caseId());
        approved.put(facts.caseId(), facts);
    }

    /** approval-service knows the case, but it was not approved. */
    public void knowsNotApproved(String caseId) {
        approved.remove(caseId);
        notApproved.add(caseId);
    }

    /** approval-service knows a case with this number, of this department and matter, citing these licenses. */
    public void knowsCase(String caseNumber, String department, String matterCode, String... identifiers) {
        citations.put(
                caseNumber,
                new ApprovalClient.Citations(
                        "00000000-0000-0000-0000-" + String.format("%012d", Math.abs(caseNumber.hashCode())),
                        caseNumber,
                        department,
                        matterCode,
                        "ACCEPTED",
                        List.of(identifiers)));
    }

    /** The bearer tokens it was called with, in order. */
    public List<String> tokens() {
        return List.copyOf(tokens);
    }

    /** The paths it was asked, in order. */
    public List<String> asked() {
        return List.copyOf(asked);
    }

    /** Stops answering: connections are refused, as when the service is down. */
    public synchronized void goDown() {
        server.stop(0);
    }

    /** Answers again, on the same port. */
    public synchronized void comeBack() {
        server = start(port);
    }

    private HttpServer start(int onPort) {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", onPort), 0);
            http.setExecutor(Executors.newCachedThreadPool());
            http.createContext(
                    "/api/approvals/internal/approved-cases/",
                    exchange -> answer(exchange, () -> {
                        String caseId = last(exchange);
                        if (approved.containsKey(caseId)) {
                            return new Answer(200, approved.get(caseId));
                        }
                        if (notApproved.contains(caseId)) {
                            return new Answer(409, Map.of("type", "urn:onewindow:problem:internal.case-not-approved"));
                        }
                        return new Answer(404, Map.of("type", "urn:onewindow:problem:case"));
                    }));
            http.createContext(
                    "/api/approvals/internal/case-citations/",
                    exchange -> answer(exchange, () -> {
                        ApprovalClient.Citations found = citations.get(last(exchange));
                        return found == null
                                ? new Answer(404, Map.of("type", "urn:onewindow:problem:case"))
                                : new Answer(200, found);
                    }));
            http.start();
            return http;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Answer(int status, Object body) {}

    private interface Answering {
        Answer get();
    }

    private void answer(HttpExchange exchange, Answering answering) throws IOException {
        try (exchange) {
            asked.add(exchange.getRequestURI().getPath());
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            Answer answer;
            if (authorization == null || !authorization.startsWith("Bearer ")) {
                answer = new Answer(401, Map.of("type", "urn:onewindow:problem:unauthorized"));
            } else {
                String token = authorization.substring("Bearer ".length());
                tokens.add(token);
                answer = isPlatformService(token)
                        ? answering.get()
                        : new Answer(403, Map.of("type", "urn:onewindow:problem:forbidden"));
            }
            byte[] body = JSON.writeValueAsBytes(answer.body());
            exchange.getResponseHeaders()
                    .add("Content-Type", answer.status() == 200 ? "application/json" : "application/problem+json");
            exchange.sendResponseHeaders(answer.status(), body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private boolean isPlatformService(String token) {
        try {
            Jwt jwt = decoder().decode(token);
            Object realmAccess = jwt.getClaims().get("realm_access");
            return realmAccess instanceof Map<?, ?> access
                    && access.get("roles") instanceof Collection<?> roles
                    && roles.contains("platform-service");
        } catch (JwtException invalid) {
            return false;
        }
    }

    private JwtDecoder decoder() {
        if (decoder == null) {
            KeycloakTestServer keycloak = KeycloakTestServer.shared();
            NimbusJwtDecoder nimbus =
                    NimbusJwtDecoder.withJwkSetUri(keycloak.jwkSetUri()).build();
            nimbus.setJwtValidator(JwtValidators.createDefaultWithIssuer(keycloak.issuerUri()));
            decoder = nimbus;
        }
        return decoder;
    }

    private static String last(HttpExchange exchange) {
        String path = exchange.getRequestURI().getRawPath();
        return URLDecoder.decode(path.substring(path.lastIndexOf('/') + 1), StandardCharsets.UTF_8);
    }

    /**
     * Points the service at this server and at the test Keycloak (whose token endpoint the service
     * derives from the issuer it trusts).
     */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("onewindow.license.approval-service.uri=" + SHARED.uri())
                    .applyTo(context);
        }
    }
}
