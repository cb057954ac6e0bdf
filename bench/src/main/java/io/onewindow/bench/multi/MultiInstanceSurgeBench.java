package io.onewindow.bench.multi;

import io.onewindow.bench.BenchPlatform;
import io.onewindow.bench.BenchTokens;
import io.onewindow.bench.LatencyRecorder;
import io.onewindow.bench.booking.BookingBench;
import io.onewindow.bench.booking.OpenSlots;
import io.onewindow.platform.events.EventEnvelope;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.test.KafkaClusterProcesses;
import io.onewindow.platform.test.SharedMongoServer;
import io.onewindow.platform.test.TopicReader;
import io.onewindow.platform.test.processes.PlatformApplication;
import io.onewindow.platform.test.processes.PlatformProcesses;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.JsonNode;

/**
 * A booking surge through the gateway onto two instances of appointment-service and two of
 * approval-service, on a three-node Kafka cluster (replication 3, {@code min.insync.replicas} 2),
 * all separate processes; halfway through, one Kafka node, one appointment-service instance and
 * one approval-service instance are killed ({@code kill -9}).
 *
 * <p>N bench citizens (default 600) from C client threads (default 64) each try to book one place
 * on a few demo slots with P places together (default 150; person i goes for slot i mod slots, so
 * most meet a full slot), then read their bookings ({@code GET /api/appointments/mine}) and the
 * public slot list through the gateway. Reported: bookings answered 201 per slot against the places
 * read back (oversell must be 0); every booking id answered 201 found exactly once among the
 * {@code Booked} events on {@code onewindow.appointment.events} (lost and duplicated must be 0;
 * a copy of the same event, which the outbox may publish twice when its instance dies between
 * publishing and settling, is counted apart: consumers drop it by event id); 5xx answers to reads
 * (must be 0: an idempotent read is retried on the other instance); booking p50/p99 and throughput
 * before the kills (the reference, same run) and after, and their ratio. The exit code is 1 when an
 * invariant breaks. Settings: {@code -Dbench.persons=600 -Dbench.clients=64 -Dbench.places=150}.
 */
public final class MultiInstanceSurgeBench {

    private static final EventCodec CODEC = new EventCodec();

    private MultiInstanceSurgeBench() {}

    public static void main(String[] args) throws Exception {
        int persons = Integer.getInteger("bench.persons", 600);
        int clients = Integer.getInteger("bench.clients", 64);
        int wantedPlaces = Integer.getInteger("bench.places", 150);
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "onewindow-bench");

        String mongoUri = SharedMongoServer.shared().connectionString();
        BenchTokens tokens = new BenchTokens();
        int exit;
        try (KafkaClusterProcesses kafka = KafkaClusterProcesses.builder(work.resolve("kafka-cluster"))
                        // three broker JVMs starting at once on a shared 2-core machine
                        .startTimeout(Duration.ofMinutes(8))
                        .start();
                PlatformProcesses platform = BenchPlatform.processes(tokens, mongoUri, kafka.bootstrapServers())
                        .environment(
                                PlatformApplication.APPOINTMENT, BookingBench.environment("bench_multi_appointment"))
                        .environment(
                                PlatformApplication.APPROVAL,
                                Map.of(
                                        "MONGODB_DATABASE", "bench_multi_approval",
                                        "ONEWINDOW_DEMO_DATA_ENABLED", "true"))
                        .environment(
                                PlatformApplication.GATEWAY,
                                Map.of(
                                        "ONEWINDOW_GATEWAY_RATELIMIT_REPLENISHRATE", "1000000",
                                        "ONEWINDOW_GATEWAY_RATELIMIT_BURSTCAPACITY", "1000000",
                                        "GATEWAY_API_DOCS_ENABLED", "false"))
                        .instances(PlatformApplication.APPOINTMENT, 2)
                        .instances(PlatformApplication.APPROVAL, 2)
                        .start(
                                PlatformApplication.APPOINTMENT,
                                PlatformApplication.APPROVAL,
                                PlatformApplication.GATEWAY)) {
            System.out.printf(
                    "MultiInstanceSurgeBench: %d cores, Java %s; %s; %s%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), kafka, platform);
            exit = new Run(platform, kafka, tokens, persons, clients, wantedPlaces).run() ? 0 : 1;
        } catch (Exception | Error e) {
            e.printStackTrace();
            exit = 1;
        }
        System.exit(exit);
    }

    /** One surge and its checks. */
    private static final class Run {

        private final PlatformProcesses platform;
        private final KafkaClusterProcesses kafka;
        private final BenchTokens tokens;
        private final int persons;
        private final int clients;
        private final int wantedPlaces;
        private final HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        private final String gateway;

        private final LatencyRecorder before = new LatencyRecorder("booking through the gateway, all up");
        private final LatencyRecorder after =
                new LatencyRecorder("booking through the gateway, 1 broker + 1+1 instances killed");
        private final LatencyRecorder reads = new LatencyRecorder("reads through the gateway (mine, public slots)");
        private final Map<String, Integer> bookingAnswers = new ConcurrentHashMap<>();
        private final Map<String, Integer> readAnswers = new ConcurrentHashMap<>();
        private final Map<String, String> bookedIds = new ConcurrentHashMap<>(); // booking id -> slot key
        private final AtomicInteger readServerErrors = new AtomicInteger();
        private final AtomicInteger bookingServerErrors = new AtomicInteger();
        private volatile boolean killed;

        Run(
                PlatformProcesses platform,
                KafkaClusterProcesses kafka,
                BenchTokens tokens,
                int persons,
                int clients,
                int wantedPlaces) {
            this.platform = platform;
            this.kafka = kafka;
            this.tokens = tokens;
            this.persons = persons;
            this.clients = clients;
            this.wantedPlaces = wantedPlaces;
            this.gateway = platform.url(PlatformApplication.GATEWAY) + "/api/appointments";
        }

        boolean run() throws Exception {
            // the slots, found on instance 1 directly (the gateway's public cache would answer repeats)
            String direct = platform.url(PlatformApplication.APPOINTMENT, 1) + "/api/appointments";
            OpenSlots open = OpenSlots.discover(http, direct, wantedPlaces + 200);
            List<OpenSlots.Slot> slots = new ArrayList<>();
            int places = 0;
            while (places < wantedPlaces) {
                OpenSlots.Slot slot = open.takeLargest();
                slots.add(slot);
                places += slot.capacity();
            }
            warmUp(open.places(40));

            System.out.printf(
                    "surge: %d persons from %d client threads for %d places in %d slots through the gateway;"
                            + " kills at person %d%n",
                    persons, clients, places, slots.size(), persons / 2);
            List<String> bearer = new ArrayList<>(persons);
            for (int i = 0; i < persons; i++) {
                bearer.add(tokens.citizen(i));
            }
            AtomicInteger next = new AtomicInteger();
            CountDownLatch half = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<?>> futures = new ArrayList<>();
            Thread chaos = new Thread(() -> chaos(half), "bench-chaos");
            chaos.start();
            long began = System.nanoTime();
            before.start();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < persons) {
                        if (i == persons / 2) {
                            half.countDown();
                        }
                        OpenSlots.Slot slot = slots.get(i % slots.size());
                        book(bearer.get(i), slot);
                        read(bearer.get(i), slot);
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
            after.stop();
            long tookMillis = (System.nanoTime() - began) / 1_000_000;
            pool.shutdown();
            chaos.join();

            System.out.printf(
                    "surge took %d ms; booking answers %s; read answers %s%n", tookMillis, bookingAnswers, readAnswers);
            System.out.println(before.summary());
            System.out.println(after.summary());
            System.out.println(reads.summary());
            System.out.printf(
                    "ratio after kills / all up: throughput %.3f, p50 %.2f, p99 %.2f%n",
                    after.throughputPerSecond() / before.throughputPerSecond(),
                    after.percentileMillis(50) / before.percentileMillis(50),
                    after.percentileMillis(99) / before.percentileMillis(99));

            boolean ok = checkNoOversell(direct, slots);
            ok &= checkEvents();
            if (readServerErrors.get() > 0) {
                System.out.println("FAIL: " + readServerErrors.get() + " reads were answered 5xx (expected 0)");
                ok = false;
            } else {
                System.out.println("ok: no read was answered 5xx");
            }
            System.out.printf(
                    "bookings answered 5xx: %d (a POST is never retried; those sent to the killed instance)%n",
                    bookingServerErrors.get());
            return ok;
        }

        private void warmUp(List<OpenSlots.Place> places) throws Exception {
            for (int i = 0; i < places.size(); i++) {
                HttpResponse<String> answer =
                        BookingBench.book(http, gateway, tokens.citizen(900_000 + i), places.get(i));
                if (answer.statusCode() == 201) {
                    bookedIds.put(id(answer.body()), "warm-up");
                }
            }
        }

        private void chaos(CountDownLatch half) {
            try {
                half.await();
                before.stop();
                after.start();
                long at = System.nanoTime();
                int broker = kafka.nodes().get(kafka.nodes().size() - 1);
                kafka.kill(broker);
                platform.kill(PlatformApplication.APPOINTMENT, 2);
                platform.kill(PlatformApplication.APPROVAL, 2);
                killed = true;
                System.out.printf(
                        "killed kafka node %d, appointment-service instance 2 and approval-service instance 2 (kill -9) in %d ms%n",
                        broker, (System.nanoTime() - at) / 1_000_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void book(String token, OpenSlots.Slot slot) {
            OpenSlots.Place place = new OpenSlots.Place(slot.servicePointId(), slot.matterCode(), slot.start());
            long began = System.nanoTime();
            String outcome;
            try {
                HttpResponse<String> answer = BookingBench.book(http, gateway, token, place);
                // a 201's body carries the booking's code, not a problem code: counted by status alone
                outcome = answer.statusCode() == 201 ? "201" : answer.statusCode() + " " + code(answer.body());
                if (answer.statusCode() == 201) {
                    bookedIds.put(id(answer.body()), key(slot));
                } else if (answer.statusCode() >= 500) {
                    bookingServerErrors.incrementAndGet();
                }
            } catch (Exception e) {
                outcome = e.getClass().getSimpleName();
                bookingServerErrors.incrementAndGet();
            }
            (killed ? after : before).record(System.nanoTime() - began);
            bookingAnswers.merge(outcome, 1, Integer::sum);
        }

        private void read(String token, OpenSlots.Slot slot) {
            LocalDateRange day = new LocalDateRange(slot);
            get(gateway + "/mine", token);
            get(
                    gateway + "/public/service-points/" + slot.servicePointId() + "/slots?matter=" + slot.matterCode()
                            + "&from=" + day.from + "&to=" + day.from,
                    null);
        }

        private void get(String url, String token) {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            long began = System.nanoTime();
            String outcome;
            try {
                HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                outcome = Integer.toString(answer.statusCode());
                if (answer.statusCode() >= 500) {
                    readServerErrors.incrementAndGet();
                    outcome += " " + code(answer.body());
                }
            } catch (Exception e) {
                outcome = e.getClass().getSimpleName();
                readServerErrors.incrementAndGet();
            }
            reads.record(System.nanoTime() - began);
            readAnswers.merge(outcome, 1, Integer::sum);
        }

        private boolean checkNoOversell(String direct, List<OpenSlots.Slot> slots) throws Exception {
            Map<String, Integer> answered = new HashMap<>();
            bookedIds.values().forEach(slot -> answered.merge(slot, 1, Integer::sum));
            boolean ok = true;
            int totalAnswered = 0;
            int totalTaken = 0;
            int totalPlaces = 0;
            for (OpenSlots.Slot slot : slots) {
                int taken = slot.capacity() - OpenSlots.remaining(http, direct, slot);
                int booked = answered.getOrDefault(key(slot), 0);
                totalAnswered += booked;
                totalTaken += taken;
                totalPlaces += slot.capacity();
                if (taken > slot.capacity() || booked > slot.capacity() || booked > taken) {
                    System.out.printf(
                            "FAIL: slot %s: %d places, %d taken, %d answered 201%n",
                            key(slot), slot.capacity(), taken, booked);
                    ok = false;
                }
            }
            System.out.printf(
                    "%s: %d places, %d taken (read back), %d answered 201, oversold %d%n",
                    ok ? "ok" : "FAIL", totalPlaces, totalTaken, totalAnswered, Math.max(0, totalTaken - totalPlaces));
            return ok;
        }

        /** Every booking answered 201 has exactly one Booked event (one event id) on the topic. */
        private boolean checkEvents() throws InterruptedException {
            Set<String> answered = new HashSet<>(bookedIds.keySet());
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            Map<String, Set<String>> eventIds;
            Map<String, Integer> copies;
            while (true) {
                eventIds = new LinkedHashMap<>();
                copies = new HashMap<>();
                for (ConsumerRecord<String, String> record :
                        TopicReader.readAll(kafka.bootstrapServers(), "onewindow.appointment.events")) {
                    EventEnvelope<JsonNode> event = CODEC.read(record.value());
                    if (event.type().startsWith("onewindow.appointment.Booked.")) {
                        String booking = event.data().path("bookingId").asString();
                        eventIds.computeIfAbsent(booking, b -> new HashSet<>()).add(event.id());
                        copies.merge(event.id(), 1, Integer::sum);
                    }
                }
                if (eventIds.keySet().containsAll(answered) || System.nanoTime() > deadline) {
                    break;
                }
                // the killed instance's outbox claims expire (onewindow.messaging.outbox.claim-duration, 30 s)
                Thread.sleep(2000);
            }
            int lost = 0;
            int duplicated = 0;
            for (String booking : answered) {
                Set<String> ids = eventIds.get(booking);
                if (ids == null) {
                    lost++;
                } else if (ids.size() > 1) {
                    duplicated++;
                }
            }
            Set<String> unanswered = new HashSet<>(eventIds.keySet());
            unanswered.removeAll(answered);
            long copiesOfSameEvent = copies.values().stream().filter(n -> n > 1).count();
            boolean ok = lost == 0 && duplicated == 0;
            System.out.printf(
                    "%s: %d bookings answered 201, %d Booked events on the topic; lost %d, duplicated (two events"
                            + " for one booking) %d, copies of one event %d, events of bookings whose answer was lost %d%n",
                    ok ? "ok" : "FAIL",
                    answered.size(),
                    eventIds.size(),
                    lost,
                    duplicated,
                    copiesOfSameEvent,
                    unanswered.size());
            return ok;
        }

        private static String key(OpenSlots.Slot slot) {
            return slot.servicePointId() + " " + slot.matterCode() + " " + slot.start();
        }

        private static String id(String body) {
            int at = body.indexOf("\"id\":\"");
            return at < 0 ? "?" : body.substring(at + 6, body.indexOf('"', at + 6));
        }

        private static String code(String problem) {
            int at = problem.indexOf("\"code\":\"");
            return at < 0 ? "" : problem.substring(at + 8, problem.indexOf('"', at + 8));
        }

        private record LocalDateRange(java.time.LocalDate from) {
            LocalDateRange(OpenSlots.Slot slot) {
                this(slot.start().toLocalDate());
            }
        }
    }
}
