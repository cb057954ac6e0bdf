package io.onewindow.bench.license;

import io.onewindow.bench.LatencyRecorder;
import io.onewindow.bench.Load;
import io.onewindow.elicense.ELicenseServiceApplication;
import io.onewindow.elicense.license.Issuance;
import io.onewindow.elicense.license.domain.CanonicalForm;
import io.onewindow.elicense.license.domain.License;
import io.onewindow.elicense.signing.DepartmentKeys;
import io.onewindow.elicense.signing.domain.Sm2;
import io.onewindow.elicense.verification.Verification;
import io.onewindow.elicense.verification.VerificationResult;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.security.Roles;
import io.onewindow.platform.test.SharedKafkaBroker;
import io.onewindow.platform.test.SharedMongoServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Verifications per second through e-license-service's public HTTP endpoint beside raw SM2
 * verifications per second (BouncyCastle, same canonical bytes) in the same run on the same
 * machine, and their ratio. Starts a MongoDB wire-protocol server, a KRaft Kafka broker and the
 * service in-process on a random port; issues licenses through the service's own use case.
 *
 * <p>Run: {@code ./mvnw -B -q -pl e-license-service install -DskipTests} then
 * {@code ./mvnw -B -q -pl bench exec:java -Dexec.mainClass=io.onewindow.bench.license.VerificationBench}.
 * Arguments (all optional): {@code threads seconds licenses}, default {@code 4 10 50}. Bounded in
 * time and count; talks only to 127.0.0.1.
 */
public final class VerificationBench {

    private VerificationBench() {}

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int licenseCount = args.length > 2 ? Integer.parseInt(args[2]) : 50;

        ConfigurableApplicationContext service = new SpringApplication(ELicenseServiceApplication.class)
                .run(
                        // The bench classpath holds every service's application.yml; read none of
                        // them and give e-license-service's settings here instead.
                        "--spring.config.name=e-license-bench",
                        "--spring.application.name=e-license-service",
                        "--onewindow.service.name=e-license-service",
                        "--onewindow.service.api-prefix=/api/licenses",
                        "--onewindow.service.events-topic=onewindow.license.events",
                        "--spring.security.oauth2.resourceserver.jwt.issuer-uri=http://127.0.0.1:1/realms/unused",
                        "--server.port=0",
                        "--spring.mongodb.uri=" + SharedMongoServer.shared().connectionString(),
                        "--spring.mongodb.database=bench_elicense",
                        "--spring.kafka.bootstrap-servers=" + SharedKafkaBroker.bootstrapServers(),
                        "--onewindow.demo-data.enabled=true",
                        "--onewindow.scheduling.enabled=false",
                        "--logging.level.root=WARN");
        try {
            int port = Integer.parseInt(service.getEnvironment().getProperty("local.server.port"));
            Issuance issuance = service.getBean(Issuance.class);
            DepartmentKeys keys = service.getBean(DepartmentKeys.class);
            Caller officer = new Caller(
                    "bench", "bench-officer", Set.of(Roles.DEPT_ADMIN), "market-regulation", null, null, "bench");
            List<License> licenses = new ArrayList<>();
            for (int i = 0; i < licenseCount; i++) {
                licenses.add(issuance.digitise(
                        new Issuance.DigitiseCommand(
                                "11100000000013338W002",
                                "番禺示例餐饮店" + i,
                                "440113199003071235",
                                "111",
                                LocalDate.of(2025, 1, 2),
                                LocalDate.of(2025, 1, 2),
                                null,
                                Map.of("经营场所", "广州市番禺区市桥街" + i + "号", "主体业态", "餐饮服务")),
                        officer));
            }
            System.out.printf(
                    "e-license verification bench: %d threads, %d s per measurement, %d licenses, %d cores%n",
                    threads, seconds, licenseCount, Runtime.getRuntime().availableProcessors());

            // HttpURLConnection keeps connections alive per thread and answers on the calling
            // thread; java.net.http adds selector hand-offs that dominate on a loaded 2-core box.
            URL verify = URI.create("http://127.0.0.1:" + port + "/api/licenses/public/verify")
                    .toURL();
            List<byte[]> bodies = licenses.stream()
                    .map(l ->
                            ("{\"identifier\":\"" + l.content().identifier() + "\"}").getBytes(StandardCharsets.UTF_8))
                    .toList();
            AtomicLong wrong = new AtomicLong();
            LatencyRecorder viaService = new LatencyRecorder("verify via HTTP (public/verify, SM2 + status)");
            Load.measure(
                    new LatencyRecorder("warm-up"),
                    threads,
                    Math.max(2, seconds / 3),
                    i -> call(verify, bodies.get(i % bodies.size()), wrong));
            Load.measure(viaService, threads, seconds, i -> call(verify, bodies.get(i % bodies.size()), wrong));

            Verification verification = service.getBean(Verification.class);
            List<String> identifiers =
                    licenses.stream().map(l -> l.content().identifier()).toList();
            LatencyRecorder inProcess = new LatencyRecorder("verify in-process (use case: lookup + SM2)");
            Load.Op direct = i -> {
                if (verification
                                .byIdentifier(identifiers.get(i % identifiers.size()))
                                .result()
                        != VerificationResult.VALID) {
                    wrong.incrementAndGet();
                }
            };
            Load.measure(new LatencyRecorder("warm-up"), threads, Math.max(2, seconds / 3), direct);
            Load.measure(inProcess, threads, seconds, direct);

            List<byte[]> data =
                    licenses.stream().map(l -> CanonicalForm.of(l.content())).toList();
            List<byte[]> signatures = licenses.stream()
                    .map(l -> Base64.getDecoder().decode(l.signature()))
                    .toList();
            List<PublicKey> publicKeys = licenses.stream()
                    .map(l -> keys.publicKey(l.content().keyId()).orElseThrow())
                    .toList();
            LatencyRecorder raw = new LatencyRecorder("raw SM2 verify (BouncyCastle, in-process)");
            Load.Op rawVerify = i -> {
                int k = i % data.size();
                if (!Sm2.verify(publicKeys.get(k), data.get(k), signatures.get(k))) {
                    wrong.incrementAndGet();
                }
            };
            Load.measure(new LatencyRecorder("warm-up"), threads, Math.max(2, seconds / 3), rawVerify);
            Load.measure(raw, threads, seconds, rawVerify);

            System.out.println(viaService.summary());
            System.out.println(inProcess.summary());
            System.out.println(raw.summary());
            System.out.println(LatencyRecorder.ratio(viaService, raw));
            System.out.println(LatencyRecorder.ratio(inProcess, raw));
            if (wrong.get() > 0) {
                System.out.println("WARNING: " + wrong.get() + " verifications did not answer VALID");
            }
        } finally {
            service.close();
        }
        System.exit(0);
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
