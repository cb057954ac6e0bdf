package io.onewindow.bench.approval;

import io.onewindow.bench.Arrivals;
import io.onewindow.bench.BenchPlatform;
import io.onewindow.bench.LatencyRecorder;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.test.KeycloakTestServer;
import io.onewindow.platform.test.SharedKafkaBroker;
import io.onewindow.platform.test.SharedMongoServer;
import io.onewindow.platform.test.processes.PlatformApplication;
import io.onewindow.platform.test.processes.PlatformProcesses;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * End-to-end latency from an approval decision to the license being issued, beside Kafka's raw
 * produce→consume round trip on the same broker, in one run on one machine.
 *
 * <ol>
 *   <li><b>scenario</b>: approval-service and e-license-service run from their executable jars in
 *       two child JVMs ({@link BenchPlatform}) against the bench's MongoDB-protocol server (one database each), KRaft
 *       broker and Keycloak. N cases of the demo matter {@code MR-GT-001} (个体工商户设立登记, issues a business
 *       license) are filed by N citizens, accepted by a window officer and reviewed by an approver
 *       through the HTTP API. Then, one case at a time, the approver's {@code POST .../approval}
 *       is sent, and the clock runs from its answer to the {@code LicenseIssued} event of that case
 *       reaching a plain consumer of {@code onewindow.license.events}: approval's outbox relay →
 *       {@code ApplicationApproved} → e-license's consumer issues and signs (SM2) the license →
 *       e-license's outbox relay → {@code LicenseIssued}.
 *   <li><b>reference</b>: N messages of the same size, one at a time, from a plain producer
 *       ({@code acks=all}, idempotent, client defaults otherwise) to a plain consumer on its own
 *       topic of the same broker: send to arrival.
 * </ol>
 *
 * <p>Every person is a user of the real Keycloak realm (platform-test's {@link KeycloakTestServer},
 * started by the scenario) and both services trust it as in production, because e-license-service
 * confirms each approval with approval-service using its own client-credentials token from that
 * Keycloak ({@link RealmPeople}: a Keycloak user per filing citizen, the demo officer1 and approver1).
 *
 * <p>Ratios = p99 end-to-end / p99 raw round trip (the target) and p50 / p50. Arguments (all optional): {@code cases}, default
 * {@code 200} (plus 20 warm-up cases of each kind).
 */
public final class ApprovalToLicenseBench {

    static final String MATTER = "MR-GT-001";
    static final String DEPARTMENT = "market-regulation";
    static final int WARM_UP = 20;
    static final Duration ARRIVAL_LIMIT = Duration.ofSeconds(60);
    static final int FIRST_CITIZEN = 800_000;

    private ApprovalToLicenseBench() {}

    public static void main(String[] args) throws Exception {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        String mongoUri = SharedMongoServer.shared().connectionString();
        String kafka = SharedKafkaBroker.bootstrapServers();
        // e-license-service confirms every approval with approval-service's internal API using its
        // own client-credentials token from Keycloak: both services trust the real Keycloak, and
        // every person's token comes from it (the bench's own tokens cannot serve here).
        // -Dbench.keycloak.url names a running Keycloak with the onewindow realm (deploy/local.sh's,
        // or one started beforehand on a machine too loaded for KeycloakTestServer's start time-out).
        long keycloakStarting = System.nanoTime();
        String keycloakUrl = System.getProperty("bench.keycloak.url", "").trim();
        RealmPeople people = new RealmPeople(
                keycloakUrl.isEmpty() ? KeycloakTestServer.shared().baseUrl() : keycloakUrl);
        people.createCitizens(FIRST_CITIZEN, cases + WARM_UP);
        System.out.printf(
                "Keycloak at %s with %d bench citizens in %.1f s%n",
                people.issuerUri(), cases + WARM_UP, (System.nanoTime() - keycloakStarting) / 1e9);

        int exit = 0;
        try (Arrivals issued = new Arrivals(kafka, Topics.LICENSE, ApprovalToLicenseBench::caseOfLicenseIssued);
                PlatformProcesses platform = BenchPlatform.processesTrusting(people.issuerUri(), mongoUri, kafka)
                        // The demo data: the catalog (MR-GT-001) and the license types.
                        .environment(Map.of("ONEWINDOW_DEMO_DATA_ENABLED", "true"))
                        .environment(PlatformApplication.E_LICENSE, Map.of("MONGODB_DATABASE", "bench_a2l_elicense"))
                        .environment(PlatformApplication.APPROVAL, Map.of("MONGODB_DATABASE", "bench_a2l_approval"))
                        .start(PlatformApplication.E_LICENSE, PlatformApplication.APPROVAL)) {
            issued.awaitAssignment(Duration.ofSeconds(60));

            System.out.printf(
                    "ApprovalToLicenseBench: %d cores, Java %s, %d cases (+%d warm-up); %s%n",
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"),
                    cases,
                    WARM_UP,
                    platform);

            CaseDesk desk = new CaseDesk(platform.url(PlatformApplication.APPROVAL) + "/api/approvals", people);
            long preparing = System.nanoTime();
            List<String> caseIds = new ArrayList<>();
            for (int i = 0; i < cases + WARM_UP; i++) {
                caseIds.add(i == 0 ? firstCase(desk) : desk.readyForDecision(FIRST_CITIZEN + i));
            }
            System.out.printf(
                    "prepared %d cases up to the decision in %.1f s%n",
                    caseIds.size(), (System.nanoTime() - preparing) / 1e9);

            LatencyRecorder decision = new LatencyRecorder("approve call (HTTP, approver)");
            LatencyRecorder endToEnd =
                    new LatencyRecorder("approval answered -> LicenseIssued consumed (" + cases + ", one at a time)");
            int missing = 0;
            for (int i = 0; i < caseIds.size(); i++) {
                boolean measured = i >= WARM_UP;
                if (i == WARM_UP) {
                    decision.start();
                    endToEnd.start();
                }
                String caseId = caseIds.get(i);
                long before = System.nanoTime();
                desk.approve(caseId, FIRST_CITIZEN + i);
                long answered = System.nanoTime();
                long arrived = issued.awaitArrival(caseId, ARRIVAL_LIMIT);
                if (arrived < 0) {
                    missing++;
                    System.out.println("no LicenseIssued for case " + caseId + " within " + ARRIVAL_LIMIT);
                    continue;
                }
                if (measured) {
                    decision.record(answered - before);
                    endToEnd.record(arrived - answered);
                }
            }
            decision.stop();
            endToEnd.stop();
            int size = desk.licenseIssuedSize();

            LatencyRecorder reference = rawRoundTrip(kafka, cases, size);

            System.out.println(endToEnd.summary());
            System.out.println(decision.summary());
            System.out.println(reference.summary());
            System.out.printf(
                    "ratio p99 end-to-end / p99 raw round trip = %.1f; p50 / p50 = %.1f; message size %d bytes%n",
                    endToEnd.percentileMillis(99) / reference.percentileMillis(99),
                    endToEnd.percentileMillis(50) / reference.percentileMillis(50),
                    size);
            if (missing > 0) {
                System.out.println("WARNING: " + missing + " cases got no license in time");
            }
        } catch (Exception | Error e) {
            e.printStackTrace();
            exit = 1;
        }
        // Stopped here rather than in the shutdown hook, where it races the deletion of its log directory.
        SharedKafkaBroker.shared().destroy();
        System.exit(exit);
    }

    /**
     * The first case, filed again while approval-service answers 500 (at most 10 times, 5 s apart):
     * a service resolves Keycloak's issuer metadata on the first token it sees, and on a loaded
     * machine Keycloak may answer that slower than the service waits. Nothing is written by a
     * refused request, and later ones are not retried.
     */
    private static String firstCase(CaseDesk desk) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return desk.readyForDecision(FIRST_CITIZEN);
            } catch (IllegalStateException e) {
                if (attempt == 10 || !e.getMessage().contains("answered 500")) {
                    throw e;
                }
                System.out.println("first filing refused (" + e.getMessage() + "); again in 5 s");
                Thread.sleep(5_000);
            }
        }
    }

    // Set by the consumer thread: the size of the last LicenseIssued event seen, for the reference.
    private static volatile int lastLicenseIssuedSize = 600;

    private static String caseOfLicenseIssued(org.apache.kafka.clients.consumer.ConsumerRecord<String, String> record) {
        String value = record.value();
        if (value == null || !value.contains("LicenseIssued")) {
            return null;
        }
        lastLicenseIssuedSize = value.getBytes(StandardCharsets.UTF_8).length;
        int at = value.indexOf("\"caseId\":\"");
        return at < 0 ? null : value.substring(at + 10, value.indexOf('"', at + 10));
    }

    /** Raw produce → consume round trips on a topic of its own, one message at a time. */
    static LatencyRecorder rawRoundTrip(String kafka, int messages, int size) throws Exception {
        String topic = "bench.round-trip." + UUID.randomUUID();
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        LatencyRecorder recorder = new LatencyRecorder("reference: raw Kafka produce -> consume (" + messages + ")");
        String padding = "x".repeat(Math.max(0, size - 40));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties)) {
            // Creates the topic before the consumer subscribes.
            producer.send(new ProducerRecord<>(topic, "create", "create")).get();
            try (Arrivals arrivals = new Arrivals(kafka, topic, r -> r.key())) {
                arrivals.awaitAssignment(Duration.ofSeconds(60));
                Thread.sleep(500);
                for (int i = 0; i < messages + WARM_UP; i++) {
                    if (i == WARM_UP) {
                        recorder.start();
                    }
                    String key = "m" + i;
                    long sent = System.nanoTime();
                    producer.send(
                            new ProducerRecord<>(topic, key, String.format("{\"n\":%08d,\"p\":\"%s\"}", i, padding)));
                    long arrived = arrivals.awaitArrival(key, ARRIVAL_LIMIT);
                    if (arrived < 0) {
                        throw new IllegalStateException("message " + key + " did not arrive");
                    }
                    if (i >= WARM_UP) {
                        recorder.record(arrived - sent);
                    }
                }
                recorder.stop();
            }
        }
        return recorder;
    }

    /** Files, accepts and reviews cases through approval-service's HTTP API, and decides them. */
    static final class CaseDesk {

        private final String base;
        private final RealmPeople people;
        private final HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        private final AtomicInteger boundaries = new AtomicInteger();

        CaseDesk(String base, RealmPeople people) {
            this.base = base;
            this.people = people;
        }

        /** A window officer of the matter's department (market-regulation): the demo user officer1. */
        private String officer() {
            return people.demoUser("officer1");
        }

        /** An approver of the department: the demo user approver1. */
        private String approver() {
            return people.demoUser("approver1");
        }

        int licenseIssuedSize() {
            return lastLicenseIssuedSize;
        }

        /** Files a complete application of citizen {@code n}, accepted and reviewed; its case id. */
        String readyForDecision(int n) throws Exception {
            String citizen = people.citizen(n);
            String idCard = upload(citizen, "id-card.pdf");
            String premises = upload(citizen, "premises.pdf");
            String submitted = call(citizen, "/cases", """
                    {"matterCode":"%s","formData":%s,
                     "materials":[{"materialCode":"id-card","fileId":"%s"},
                                  {"materialCode":"premises","fileId":"%s"}]}""".formatted(MATTER, face(n), idCard, premises), 201);
            String caseId = field(submitted, "id");
            call(officer(), "/cases/" + caseId + "/acceptance", "{}", 200);
            call(approver(), "/cases/" + caseId + "/steps", "{\"stepCode\":\"review\",\"opinion\":\"符合条件\"}", 200);
            return caseId;
        }

        void approve(String caseId, int n) throws Exception {
            call(approver(), "/cases/" + caseId + "/approval", "{\"faceData\":" + face(n) + "}", 200);
        }

        private static String face(int n) {
            return """
                    {"名称":"番禺区测试%d号小吃店","类型":"个体工商户","法定代表人":"测试居民%d",\
                    "经营范围":"餐饮服务","注册资本":"1万元","住所":"广州市番禺区市桥街%d号"}""".formatted(n, n, n);
        }

        private String upload(String token, String name) throws Exception {
            String boundary = "bench-" + boundaries.incrementAndGet();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                            + "\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n" + name + "\r\n--" + boundary
                            + "--\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/files"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                    .build();
            return field(expect(http.send(request, HttpResponse.BodyHandlers.ofString()), 201, "/files"), "id");
        }

        private String call(String token, String path, String json, int expected) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json))
                    .build();
            return expect(http.send(request, HttpResponse.BodyHandlers.ofString()), expected, path);
        }

        private static String expect(HttpResponse<String> response, int expected, String path) {
            if (response.statusCode() != expected) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + " (expected " + expected
                        + "): " + response.body());
            }
            return response.body();
        }

        private static String field(String json, String name) {
            int at = json.indexOf("\"" + name + "\":\"");
            if (at < 0) {
                throw new IllegalStateException("no " + name + " in " + json);
            }
            int from = at + name.length() + 4;
            return json.substring(from, json.indexOf('"', from));
        }
    }
}
