package io.onewindow.bench.booking;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import io.onewindow.bench.BenchPlatform;
import io.onewindow.bench.BenchTokens;
import io.onewindow.bench.LatencyRecorder;
import io.onewindow.platform.test.SharedKafkaBroker;
import io.onewindow.platform.test.SharedMongoServer;
import io.onewindow.platform.test.processes.PlatformApplication;
import io.onewindow.platform.test.processes.PlatformProcesses;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;

/**
 * Booking under load, beside the raw store it stands on, measured in one run on one machine.
 *
 * <ol>
 *   <li><b>race</b>: 1,000 concurrent HTTP booking attempts by 1,000 different people for the
 *       open slot with the most places; counts successes, refusals and oversells (must be 0),
 *       the places taken read back from the public availability;
 *   <li><b>sustained</b>: N different people each booking once over HTTP, filling the open slots
 *       one after the other, from C client threads: throughput and p50/p99;
 *   <li><b>reference</b>: the same number of the bare atomic update a booking rests on — a
 *       conditional {@code findOneAndUpdate({_id, remaining > 0}, {$inc: {remaining: -1}})} —
 *       from the same number of threads against the same MongoDB-protocol server.
 * </ol>
 *
 * appointment-service runs from its executable jar in a child JVM ({@link BenchPlatform}) with its
 * demo service points, against the bench's MongoDB-protocol server and KRaft broker; the bench
 * finds open slots through the public availability API ({@link OpenSlots}) and books with
 * citizen tokens signed by its own key. Settings: {@code -Dbench.persons=3000},
 * {@code -Dbench.clients=32}, {@code -Dbench.startTimeout=PT4M} (how long the service may take to
 * start on a loaded machine), {@code -Dbench.raceAttempts=1000}, {@code -Dbench.requestTimeout=PT60S}
 * (per HTTP request; on a machine at load average 60 the race's 1,000 simultaneous requests
 * outlast a minute).
 */
public final class BookingBench {

    static final int WARM_UP = 200;

    private static Duration requestTimeout = Duration.ofSeconds(60);

    private BookingBench() {}

    public static void main(String[] args) throws Exception {
        int persons = Integer.getInteger("bench.persons", 3000);
        int clients = Integer.getInteger("bench.clients", 32);
        int raceAttempts = Integer.getInteger("bench.raceAttempts", 1000);
        requestTimeout = Duration.parse(System.getProperty("bench.requestTimeout", "PT60S"));

        String mongoUri = SharedMongoServer.shared().connectionString();
        String kafka = SharedKafkaBroker.bootstrapServers();
        BenchTokens tokens = new BenchTokens();

        int exit = 0;
        try (PlatformProcesses platform = BenchPlatform.processes(tokens, mongoUri, kafka)
                .environment(PlatformApplication.APPOINTMENT, environment("bench_appointment"))
                .startTimeout(Duration.parse(System.getProperty("bench.startTimeout", "PT4M")))
                .start(PlatformApplication.APPOINTMENT)) {
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(30))
                    .build();
            String base = platform.url(PlatformApplication.APPOINTMENT) + "/api/appointments";
            OpenSlots open = OpenSlots.discover(http, base, WARM_UP + persons + 100);
            OpenSlots.Slot raceSlot = open.takeLargest();
            List<OpenSlots.Place> places = open.places(WARM_UP + persons);

            System.out.printf(
                    "BookingBench: %d cores, Java %s, mongo-java-server (memory) + in-JVM Kafka; %s%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), platform);
            warmUp(http, base, tokens, places.subList(0, WARM_UP));

            race(http, base, tokens, raceAttempts, raceSlot);

            LatencyRecorder booking =
                    sustained(http, base, tokens, places.subList(WARM_UP, WARM_UP + persons), clients);
            LatencyRecorder reference = reference(mongoUri, persons, clients);
            System.out.println(booking.summary());
            System.out.println(reference.summary());
            System.out.println(LatencyRecorder.ratio(booking, reference));
        } catch (Exception | Error e) {
            e.printStackTrace();
            exit = 1;
        }
        // Stopped here rather than in the shutdown hook, where it races the deletion of its log directory.
        SharedKafkaBroker.shared().destroy();
        System.exit(exit);
    }

    /**
     * appointment-service's environment: its demo service points (the only way service points
     * come to exist), no scheduled jobs, a large request thread pool.
     */
    public static Map<String, String> environment(String database) {
        return Map.of(
                "MONGODB_DATABASE", database,
                "ONEWINDOW_DEMO_DATA_ENABLED", "true",
                "ONEWINDOW_SCHEDULING_ENABLED", "false",
                "SERVER_TOMCAT_THREADS_MAX", "200");
    }

    private static void warmUp(HttpClient http, String base, BenchTokens tokens, List<OpenSlots.Place> places)
            throws Exception {
        // Person numbers 900_000+ are used nowhere else; JIT and connection pools warm up here.
        for (int i = 0; i < places.size(); i++) {
            book(http, base, tokens.citizen(900_000 + i), places.get(i));
        }
    }

    private static void race(HttpClient http, String base, BenchTokens tokens, int attempts, OpenSlots.Slot slot)
            throws Exception {
        OpenSlots.Place place = new OpenSlots.Place(slot.servicePointId(), slot.matterCode(), slot.start());
        List<String> bearer = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            bearer.add(tokens.citizen(i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger booked = new AtomicInteger();
        Map<String, Integer> refused = new ConcurrentHashMap<>();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            String token = bearer.get(i);
            futures.add(pool.submit(() -> {
                start.await();
                HttpResponse<String> response = book(http, base, token, place);
                if (response.statusCode() == 201) {
                    booked.incrementAndGet();
                } else {
                    refused.merge(response.statusCode() + " " + code(response.body()), 1, Integer::sum);
                }
                return null;
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        for (Future<?> future : futures) {
            future.get();
        }
        long tookMillis = (System.nanoTime() - began) / 1_000_000;
        pool.shutdown();
        int places = slot.capacity();
        int taken = places - OpenSlots.remaining(http, base, slot);
        System.out.printf(
                "race: %d concurrent attempts for %d places (%s %s %s) in %d ms -> %d booked, refused %s, slot taken %d, oversold %d%n",
                attempts,
                places,
                slot.servicePointId(),
                slot.matterCode(),
                slot.start(),
                tookMillis,
                booked.get(),
                refused,
                taken,
                Math.max(0, Math.max(booked.get(), taken) - places));
    }

    private static LatencyRecorder sustained(
            HttpClient http, String base, BenchTokens tokens, List<OpenSlots.Place> places, int clients)
            throws Exception {
        int persons = places.size();
        List<String> bearer = new ArrayList<>(persons);
        for (int i = 0; i < persons; i++) {
            bearer.add(tokens.citizen(10_000 + i));
        }
        LatencyRecorder recorder = new LatencyRecorder("booking over HTTP (" + clients + " clients)");
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> futures = new ArrayList<>();
        recorder.start();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < persons) {
                    long began = System.nanoTime();
                    HttpResponse<String> response = book(http, base, bearer.get(i), places.get(i));
                    recorder.record(System.nanoTime() - began);
                    if (response.statusCode() != 201) {
                        failed.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        recorder.stop();
        pool.shutdown();
        if (failed.get() > 0) {
            System.out.println("sustained: " + failed.get() + " bookings were refused (expected none)");
        }
        return recorder;
    }

    private static LatencyRecorder reference(String mongoUri, int operations, int clients) throws Exception {
        LatencyRecorder recorder =
                new LatencyRecorder("reference: conditional $inc findOneAndUpdate (" + clients + " clients)");
        try (MongoClient client = MongoClients.create(mongoUri)) {
            MongoCollection<Document> slots =
                    client.getDatabase("bench_reference").getCollection("slots");
            slots.deleteMany(new Document()); // a fresh collection; drop logs an error when there is none
            slots.insertOne(
                    new Document("_id", "slot").append("remaining", operations).append("taken", 0));
            for (int i = 0; i < 200; i++) {
                take(slots); // warm-up, same as the booking side
            }
            slots.updateOne(Filters.eq("_id", "slot"), Updates.set("remaining", operations));
            AtomicInteger next = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<?>> futures = new ArrayList<>();
            recorder.start();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    while (next.getAndIncrement() < operations) {
                        long began = System.nanoTime();
                        take(slots);
                        recorder.record(System.nanoTime() - began);
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
            recorder.stop();
            pool.shutdown();
        }
        return recorder;
    }

    private static void take(MongoCollection<Document> slots) {
        slots.findOneAndUpdate(
                Filters.and(Filters.eq("_id", "slot"), Filters.gt("remaining", 0)),
                Updates.combine(Updates.inc("remaining", -1), Updates.inc("taken", 1)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
    }

    /** Books {@code place} for the holder of {@code token}: {@code POST /api/appointments}. */
    public static HttpResponse<String> book(HttpClient http, String base, String token, OpenSlots.Place place)
            throws Exception {
        String body = "{\"servicePointId\":\"" + place.servicePointId() + "\",\"matterCode\":\"" + place.matterCode()
                + "\",\"start\":\"" + place.start() + "\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(base))
                .timeout(requestTimeout)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("X-Device-Id", "bench")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String code(String problem) {
        int at = problem.indexOf("\"code\":\"");
        return at < 0 ? "?" : problem.substring(at + 8, problem.indexOf('"', at + 8));
    }
}
