package io.onewindow.bench.booking;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import io.onewindow.appointment.AppointmentServiceApplication;
import io.onewindow.appointment.servicepoint.ServicePointDirectory;
import io.onewindow.appointment.servicepoint.domain.MatterOffer;
import io.onewindow.appointment.servicepoint.domain.ServicePoint;
import io.onewindow.appointment.servicepoint.domain.Tier;
import io.onewindow.appointment.servicepoint.domain.TimeRange;
import io.onewindow.appointment.slot.SlotInventory;
import io.onewindow.appointment.slot.domain.PlannedSlot;
import io.onewindow.bench.BenchTokens;
import io.onewindow.bench.LatencyRecorder;
import io.onewindow.platform.test.SharedKafkaBroker;
import io.onewindow.platform.test.SharedMongoServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Booking under load, beside the raw store it stands on, measured in one run on one machine.
 *
 * <ol>
 *   <li><b>race</b>: 1,000 concurrent HTTP booking attempts by 1,000 different people for one
 *       slot with 50 places; counts successes, refusals and oversells (must be 0);
 *   <li><b>sustained</b>: N different people each booking once over HTTP (slots of 500 places on
 *       one day), from C client threads: throughput and p50/p99;
 *   <li><b>reference</b>: the same number of the bare atomic update a booking rests on — a
 *       conditional {@code findOneAndUpdate({_id, remaining > 0}, {$inc: {remaining: -1}})} —
 *       from the same number of threads against the same MongoDB-protocol server.
 * </ol>
 *
 * The service runs in-process on a random port with the real MongoDB driver against
 * mongo-java-server and the outbox relay publishing to an in-JVM KRaft Kafka broker; tokens are
 * signed by a local RSA key (see {@link BenchOverrides}). Settings: {@code -Dbench.persons=3000},
 * {@code -Dbench.clients=32}.
 */
public final class BookingBench {

    static final String RACE_HALL = "bench-race-hall";
    public static final String LOAD_HALL = "bench-load-hall";
    static final String MATTER = "BENCH-REG";
    static final LocalDateTime RACE_SLOT = LocalDateTime.of(2026, 12, 2, 9, 0);

    private BookingBench() {}

    public static void main(String[] args) throws Exception {
        int persons = Integer.getInteger("bench.persons", 3000);
        int clients = Integer.getInteger("bench.clients", 32);
        int raceAttempts = 1000;
        int racePlaces = 50;

        String mongoUri = SharedMongoServer.shared().connectionString();
        String kafka = SharedKafkaBroker.bootstrapServers();
        BenchTokens tokens = new BenchTokens();
        BenchOverrides.publicKey = tokens.publicKey();

        ConfigurableApplicationContext app;
        try {
            app = startService(mongoUri, kafka, "bench_appointment");
        } catch (RuntimeException e) {
            e.printStackTrace();
            System.exit(1);
            return;
        }
        try {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            ServicePointDirectory points = app.getBean(ServicePointDirectory.class);
            points.upsert(hall(RACE_HALL, racePlaces));
            points.upsert(hall(LOAD_HALL, 500));
            SlotInventory inventory = app.getBean(SlotInventory.class);
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(30))
                    .build();
            String base = "http://127.0.0.1:" + port + "/api/appointments";

            System.out.printf(
                    "BookingBench: %d cores, Java %s, mongo-java-server (memory) + in-JVM Kafka%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            warmUp(http, base, tokens);

            race(http, base, tokens, raceAttempts, racePlaces, inventory);

            LatencyRecorder booking = sustained(http, base, tokens, persons, clients);
            LatencyRecorder reference = reference(mongoUri, persons, clients);
            System.out.println(booking.summary());
            System.out.println(reference.summary());
            System.out.println(LatencyRecorder.ratio(booking, reference));
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1);
        } finally {
            app.close();
            System.exit(0);
        }
    }

    /**
     * Starts appointment-service in this JVM on a random port, trusting {@link BenchOverrides#publicKey}
     * and living at {@link BenchOverrides#NOW}.
     */
    public static ConfigurableApplicationContext startService(String mongoUri, String kafka, String database) {
        // Command-line arguments, not default properties: application.yml's ${MONGODB_URI:...} would win
        // over defaults and send the driver to localhost:27017.
        return new SpringApplicationBuilder(AppointmentServiceApplication.class, BenchOverrides.class)
                .run(
                        "--server.port=0",
                        "--spring.mongodb.uri=" + mongoUri,
                        "--spring.mongodb.database=" + database,
                        "--spring.kafka.bootstrap-servers=" + kafka,
                        "--onewindow.demo-data.enabled=false",
                        "--onewindow.scheduling.enabled=false",
                        "--server.tomcat.threads.max=200",
                        "--logging.level.root=WARN");
    }

    private static void warmUp(HttpClient http, String base, BenchTokens tokens) throws Exception {
        // Person numbers 900_000+ are used nowhere else; JIT and connection pools warm up here.
        for (int i = 0; i < 200; i++) {
            book(http, base, tokens.citizen(900_000 + i), LOAD_HALL, LocalDateTime.of(2026, 12, 4, 13, 30));
        }
    }

    private static void race(
            HttpClient http, String base, BenchTokens tokens, int attempts, int places, SlotInventory inventory)
            throws Exception {
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
                HttpResponse<String> response = book(http, base, token, RACE_HALL, RACE_SLOT);
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
        int taken = inventory.taken(PlannedSlot.idOf(RACE_HALL, MATTER, RACE_SLOT));
        System.out.printf(
                "race: %d concurrent attempts for %d places in %d ms -> %d booked, refused %s, slot taken %d, oversold %d%n",
                attempts,
                places,
                tookMillis,
                booked.get(),
                refused,
                taken,
                Math.max(0, Math.max(booked.get(), taken) - places));
    }

    private static LatencyRecorder sustained(HttpClient http, String base, BenchTokens tokens, int persons, int clients)
            throws Exception {
        List<String> bearer = new ArrayList<>(persons);
        for (int i = 0; i < persons; i++) {
            bearer.add(tokens.citizen(10_000 + i));
        }
        List<LocalDateTime> slots = new ArrayList<>();
        for (LocalDateTime t = LocalDateTime.of(2026, 12, 3, 9, 0); t.getHour() < 12; t = t.plusMinutes(20)) {
            slots.add(t);
        }
        for (LocalDateTime t = LocalDateTime.of(2026, 12, 3, 13, 30);
                !t.plusMinutes(20).isAfter(LocalDateTime.of(2026, 12, 3, 17, 0));
                t = t.plusMinutes(20)) {
            slots.add(t);
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
                    HttpResponse<String> response =
                            book(http, base, bearer.get(i), LOAD_HALL, slots.get(i % slots.size()));
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
            slots.drop();
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

    public static HttpResponse<String> book(
            HttpClient http, String base, String token, String hall, LocalDateTime start) throws Exception {
        String body =
                "{\"servicePointId\":\"" + hall + "\",\"matterCode\":\"" + MATTER + "\",\"start\":\"" + start + "\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(base))
                .timeout(Duration.ofSeconds(60))
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

    public static ServicePoint hall(String id, int places) {
        Map<DayOfWeek, List<TimeRange>> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            hours.put(day, List.of(TimeRange.of("09:00", "12:00"), TimeRange.of("13:30", "17:00")));
        }
        return new ServicePoint(
                id,
                "Bench hall " + id,
                Tier.DISTRICT,
                null,
                "bench",
                22.9,
                113.3,
                hours,
                10,
                List.of(new MatterOffer(MATTER, "bench matter", "market-regulation", "B", 20, places)),
                List.of(),
                Set.of());
    }
}
