package io.onewindow.bench.license;

import io.onewindow.bench.BenchPlatform;
import io.onewindow.bench.BenchTokens;
import io.onewindow.bench.LatencyRecorder;
import io.onewindow.bench.Load;
import io.onewindow.platform.test.SharedKafkaBroker;
import io.onewindow.platform.test.SharedMongoServer;
import io.onewindow.platform.test.processes.PlatformApplication;
import io.onewindow.platform.test.processes.PlatformProcesses;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.jcajce.spec.SM2ParameterSpec;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Verifications per second through e-license-service's public HTTP endpoint beside raw SM2
 * verifications per second (Bouncy Castle, in the bench's JVM) in the same run on the same
 * machine, and their ratio.
 *
 * <p>e-license-service runs from its executable jar in a child JVM ({@link BenchPlatform}) with
 * its demo license types, against the bench's MongoDB-protocol server and KRaft broker. A
 * department admin of market-regulation digitises the licenses over HTTP
 * (requested with {@code POST /api/licenses/digitisations} by one officer and confirmed by the
 * department's admin, the demo type {@code 11100000000013338W002}), all held by bench
 * citizen 1. The scenario calls {@code POST /api/licenses/public/verify} with each license's
 * identifier (lookup, SM2 verification of the license's signature, status). The reference
 * verifies, as an offline verifier does, each license's signed QR payload (its holder's
 * {@code GET /api/licenses/{id}/qr}) with the department's SM2 key from
 * {@code GET /api/licenses/public/keys}: SM3withSM2, signer id {@code 1234567812345678}.
 *
 * <p>Arguments (all optional): {@code threads seconds licenses}, default {@code 4 10 50}; each of the
 * two is measured after {@code -Dbench.warmupSeconds} (default 10) of the same load. Bounded in
 * time and count; talks only to 127.0.0.1.
 */
public final class VerificationBench {

    static final String TYPE = "11100000000013338W002";
    static final int HOLDER = 1;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();
    private static final byte[] SIGNER_ID = "1234567812345678".getBytes(StandardCharsets.US_ASCII);

    private VerificationBench() {}

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int licenseCount = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        // the child JVM still compiles the request's path for several seconds (3 s of warm-up left
        // JIT warm-up in the HTTP line: 188/s against 347/s after 10 s, docs/bench.md)
        int warmUpSeconds = Integer.getInteger("bench.warmupSeconds", 10);

        BenchTokens tokens = new BenchTokens();
        int exit = 0;
        try (PlatformProcesses platform = BenchPlatform.processes(
                        tokens, SharedMongoServer.shared().connectionString(), SharedKafkaBroker.bootstrapServers())
                .environment(
                        PlatformApplication.E_LICENSE,
                        Map.of(
                                "MONGODB_DATABASE", "bench_elicense",
                                "ONEWINDOW_DEMO_DATA_ENABLED", "true",
                                "ONEWINDOW_SCHEDULING_ENABLED", "false"))
                .start(PlatformApplication.E_LICENSE)) {
            String base = platform.url(PlatformApplication.E_LICENSE) + "/api/licenses";
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            String officer = tokens.staff("bench-officer", "window-officer", "market-regulation");
            String confirmer = tokens.staff("bench-dept-admin", "dept-admin", "market-regulation");
            String holder = tokens.citizen(HOLDER);
            List<String> identifiers = new ArrayList<>();
            List<String> payloads = new ArrayList<>();
            for (int i = 0; i < licenseCount; i++) {
                JsonNode request = send(
                        http,
                        HttpRequest.newBuilder(URI.create(base + "/digitisations"))
                                .header("Authorization", "Bearer " + officer)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of(
                                        "typeCode",
                                        TYPE,
                                        "holderName",
                                        "番禺示例餐饮店" + i,
                                        "holderCode",
                                        BenchTokens.idNumber(HOLDER),
                                        "holderCodeType",
                                        "111",
                                        "issuedOn",
                                        "2025-01-02",
                                        "validFrom",
                                        "2025-01-02",
                                        "faceData",
                                        Map.of("经营场所", "广州市番禺区市桥街" + i + "号", "主体业态", "餐饮服务"))))),
                        201);
                JsonNode license = send(
                        http,
                        HttpRequest.newBuilder(URI.create(base + "/digitisations/"
                                        + request.path("id").asString() + "/confirmation"))
                                .header("Authorization", "Bearer " + confirmer)
                                .POST(HttpRequest.BodyPublishers.noBody()),
                        201);
                identifiers.add(license.path("identifier").asString());
                payloads.add(send(
                                http,
                                HttpRequest.newBuilder(URI.create(
                                                base + "/" + license.path("id").asString() + "/qr"))
                                        .header("Authorization", "Bearer " + holder)
                                        .GET(),
                                200)
                        .path("payload")
                        .asString());
            }
            Map<String, PublicKey> keys = publishedKeys(send(
                    http,
                    HttpRequest.newBuilder(URI.create(base + "/public/keys")).GET(),
                    200));
            System.out.printf(
                    "e-license verification bench: %d threads, %d s per measurement, %d licenses, %d cores; %s%n",
                    threads, seconds, licenseCount, Runtime.getRuntime().availableProcessors(), platform);

            // HttpURLConnection keeps connections alive per thread and answers on the calling
            // thread; java.net.http adds selector hand-offs that dominate on a loaded 2-core box.
            URL verify = URI.create(base + "/public/verify").toURL();
            List<byte[]> bodies = identifiers.stream()
                    .map(id -> ("{\"identifier\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8))
                    .toList();
            AtomicLong wrong = new AtomicLong();
            LatencyRecorder viaService = new LatencyRecorder("verify via HTTP (public/verify, SM2 + status)");
            Load.measure(
                    new LatencyRecorder("warm-up"),
                    threads,
                    warmUpSeconds,
                    i -> call(verify, bodies.get(i % bodies.size()), wrong));
            Load.measure(viaService, threads, seconds, i -> call(verify, bodies.get(i % bodies.size()), wrong));

            LatencyRecorder raw = new LatencyRecorder("raw SM2 verify (Bouncy Castle, signed QR payload)");
            Load.Op rawVerify = i -> {
                if (!verifies(keys, payloads.get(i % payloads.size()))) {
                    wrong.incrementAndGet();
                }
            };
            Load.measure(new LatencyRecorder("warm-up"), threads, warmUpSeconds, rawVerify);
            Load.measure(raw, threads, seconds, rawVerify);

            System.out.println(viaService.summary());
            System.out.println(raw.summary());
            System.out.println(LatencyRecorder.ratio(viaService, raw));
            if (wrong.get() > 0) {
                System.out.println("WARNING: " + wrong.get() + " verifications did not answer VALID");
            }
        } catch (Exception | Error e) {
            e.printStackTrace();
            exit = 1;
        }
        // Stopped here rather than in the shutdown hook, where it races the deletion of its log directory.
        SharedKafkaBroker.shared().destroy();
        System.exit(exit);
    }

    /** The published keys ({@code keyId}, base64 X.509 SubjectPublicKeyInfo) by key id. */
    static Map<String, PublicKey> publishedKeys(JsonNode published) throws GeneralSecurityException {
        Map<String, PublicKey> keys = new HashMap<>();
        for (JsonNode key : published.isArray() ? published : published.path("keys")) {
            keys.put(
                    key.path("keyId").asString(),
                    KeyFactory.getInstance("EC", PROVIDER)
                            .generatePublic(new X509EncodedKeySpec(Base64.getDecoder()
                                    .decode(key.path("publicKey").asString()))));
        }
        return keys;
    }

    /**
     * Whether a QR payload {@code OWL2|identifier|keyId|status|madeAt|validTo|digest|signature} is
     * signed by key {@code keyId} over every byte before the last {@code |} and states VALID.
     */
    static boolean verifies(Map<String, PublicKey> keys, String payload) throws GeneralSecurityException {
        String[] parts = payload.split("\\|", -1);
        PublicKey key = parts.length == 8 ? keys.get(parts[2]) : null;
        if (key == null) {
            return false;
        }
        Signature verifier = Signature.getInstance("SM3withSM2", PROVIDER);
        verifier.setParameter(new SM2ParameterSpec(SIGNER_ID));
        verifier.initVerify(key);
        verifier.update(payload.substring(0, payload.lastIndexOf('|')).getBytes(StandardCharsets.UTF_8));
        return verifier.verify(Base64.getUrlDecoder().decode(parts[7])) && "VALID".equals(parts[3]);
    }

    private static JsonNode send(HttpClient http, HttpRequest.Builder request, int expected) throws Exception {
        HttpResponse<String> response =
                http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(
                    response.request().method() + " " + response.request().uri() + " answered " + response.statusCode()
                            + " (expected " + expected + "): " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static void call(URL verify, byte[] body, AtomicLong wrong) {
        try {
            HttpURLConnection connection = (HttpURLConnection) verify.openConnection();
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setConnectTimeout(5_000);
            connection.setReadTimeout(10_000);
            connection.setRequestProperty("Content-Type", "application/json");
            connection.setFixedLengthStreamingMode(body.length);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
            int status = connection.getResponseCode();
            String answer;
            try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (status != 200 || !answer.contains("\"result\":\"VALID\"")) {
                if (wrong.incrementAndGet() == 1) {
                    System.out.println("first unexpected answer: " + status + " " + answer);
                }
            }
        } catch (Exception e) {
            if (wrong.incrementAndGet() == 1) {
                System.out.println("first failed call: " + e);
            }
        }
    }
}
