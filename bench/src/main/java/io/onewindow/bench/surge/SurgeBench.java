package io.onewindow.bench.surge;

import io.onewindow.bench.BenchPlatform;
import io.onewindow.bench.BenchTokens;
import io.onewindow.bench.LatencyRecorder;
import io.onewindow.bench.booking.BookingBench;
import io.onewindow.bench.booking.OpenSlots;
import io.onewindow.bench.gateway.GatewayBench;
import io.onewindow.platform.test.SharedKafkaBroker;
import io.onewindow.platform.test.SharedMongoServer;
import io.onewindow.platform.test.processes.PlatformApplication;
import io.onewindow.platform.test.processes.PlatformProcesses;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 08:00 release: N concurrent bookers (2,000 distinct bench citizens) for exactly P places
 * (100), through the gateway, and — as the reference in the same run — the same surge straight at
 * appointment-service's port, on another set of P places with other citizens.
 *
 * <p>appointment-service (demo service points, as in {@link BookingBench}) and the gateway run as
 * processes ({@link BenchPlatform}), the gateway with its default rate limit and concurrency
 * settings (or those given with {@code -Dbench.env.NAME=value}). The places: untouched open slots
 * (4–6 places each in the demo data) of one service point and matter, chosen so that their places
 * add up to exactly P (a subset-sum over the slots found through the public availability API).
 * Every booker is released at once and tries until booked or every chosen slot is full: it books
 * a slot it believes open ({@code POST /api/appointments}); on {@code 409 slot-full} it reads the
 * availability of the chosen slots' service point and matter with its own token (a signed-in read:
 * the gateway does not cache it, and it draws on the booker's own rate-limit bucket) and tries a
 * slot still open, until none is; on 429 or 503 (of a booking or of an availability read) it waits
 * {@code Retry-After} and tries again. The places taken are read back from the availability
 * afterwards. Arguments (optional):
 * {@code bookers places}, default {@code 2000 100}.
 */
public final class SurgeBench {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private SurgeBench() {}

    public static void main(String[] args) throws Exception {
        int bookers = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int places = args.length > 1 ? Integer.parseInt(args[1]) : 100;

        String mongoUri = SharedMongoServer.shared().connectionString();
        String kafka = SharedKafkaBroker.bootstrapServers();
        BenchTokens tokens = new BenchTokens();

        int exit = 0;
        try (PlatformProcesses platform = BenchPlatform.processes(tokens, mongoUri, kafka)
                .environment(PlatformApplication.APPOINTMENT, BookingBench.environment("bench_surge_appointment"))
                .environment(PlatformApplication.GATEWAY, Map.of("GATEWAY_API_DOCS_ENABLED", "false"))
                .startTimeout(GatewayBench.startTimeout())
                .start(PlatformApplication.APPOINTMENT, PlatformApplication.GATEWAY)) {
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(30))
                    .executor(Executors.newFixedThreadPool(16))
                    .build();
            String direct = platform.url(PlatformApplication.APPOINTMENT) + "/api/appointments";
            String routed = platform.url(PlatformApplication.GATEWAY) + "/api/appointments";
            List<OpenSlots.Slot> found = untouchedSlots(http, direct, 2 * places + 200);

            List<OpenSlots.Slot> gatewaySlots = exactly(found, places);
            found.removeAll(gatewaySlots);
            List<OpenSlots.Slot> directSlots = exactly(found, places);
            found.removeAll(directSlots);

            System.out.printf(
                    "SurgeBench: %d cores, Java %s, %d bookers for %d places; %s%n",
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"),
                    bookers,
                    places,
                    platform);
            warmUp(http, direct, routed, tokens, found);

            Surge viaGateway = new Surge("through the gateway", http, routed, direct, tokens, 100_000, gatewaySlots);
            Surge viaService =
                    new Surge("reference: straight at the service", http, direct, direct, tokens, 200_000, directSlots);
            viaGateway.run(bookers);
            viaService.run(bookers);
            System.out.println(viaGateway.report());
            System.out.println(viaService.report());
            System.out.printf(
                    "ratio through the gateway / straight at the service: p99 of a booker %.2f, attempts per second %.3f%n",
                    viaGateway.perBooker.percentileMillis(99) / viaService.perBooker.percentileMillis(99),
                    viaGateway.attempts.throughputPerSecond() / viaService.attempts.throughputPerSecond());
            if (!viaGateway.honest(places) || !viaService.honest(places)) {
                System.out.println("WARNING: a surge did not book exactly " + places + " places");
            }
        } catch (Exception | Error e) {
            e.printStackTrace();
            exit = 1;
        }
        SharedKafkaBroker.shared().destroy();
        System.exit(exit);
    }

    /**
     * Untouched open slots (no place taken), as a citizen's app finds them: the public service-point
     * list and each offered matter's availability from tomorrow for 14 days, until some service point
     * and matter offer at least {@code wanted} untouched places or every matter was asked.
     */
    static List<OpenSlots.Slot> untouchedSlots(HttpClient http, String base, int wanted) throws Exception {
        LocalDate from = LocalDate.now(ZONE).plusDays(1);
        List<OpenSlots.Slot> found = new ArrayList<>();
        // the list is paged: the largest page holds every demo hall (80)
        for (JsonNode point : get(http, base + "/public/service-points?size=100")) {
            for (JsonNode matter : point.path("matters")) {
                String id = point.path("id").asString();
                String code = matter.path("code").asString();
                int untouched = 0;
                for (JsonNode slot : get(
                        http,
                        base + "/public/service-points/" + id + "/slots?matter=" + code + "&from=" + from + "&to="
                                + from.plusDays(14))) {
                    int capacity = slot.path("capacity").asInt();
                    int remaining = slot.path("remaining").asInt();
                    if ("OPEN".equals(slot.path("state").asString()) && remaining > 0) {
                        found.add(new OpenSlots.Slot(id, code, OpenSlots.startOf(slot), capacity, remaining));
                        untouched += remaining == capacity ? capacity : 0;
                    }
                }
                if (untouched >= wanted) {
                    return found;
                }
            }
        }
        return found;
    }

    private static JsonNode get(HttpClient http, String url) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /**
     * Untouched open slots of one service point and matter whose places add up to exactly
     * {@code places}; taken from the (point, matter) with the most untouched places.
     */
    static List<OpenSlots.Slot> exactly(List<OpenSlots.Slot> slots, int places) {
        Map<String, List<OpenSlots.Slot>> byGroup = new TreeMap<>();
        for (OpenSlots.Slot slot : slots) {
            if (slot.remaining() == slot.capacity() && slot.capacity() > 0) {
                byGroup.computeIfAbsent(slot.servicePointId() + "|" + slot.matterCode(), g -> new ArrayList<>())
                        .add(slot);
            }
        }
        List<List<OpenSlots.Slot>> groups = new ArrayList<>(byGroup.values());
        groups.sort((a, b) -> Integer.compare(total(b), total(a)));
        for (List<OpenSlots.Slot> group : groups) {
            List<OpenSlots.Slot> chosen = subsetSum(group, places);
            if (chosen != null) {
                return chosen;
            }
        }
        throw new IllegalStateException("no service point and matter offers exactly " + places
                + " untouched places in its open slots (groups: " + byGroup.size() + ")");
    }

    private static int total(List<OpenSlots.Slot> group) {
        return group.stream().mapToInt(OpenSlots.Slot::capacity).sum();
    }

    /** Slots (in time order) whose capacities add up to {@code target}, or null. */
    private static List<OpenSlots.Slot> subsetSum(List<OpenSlots.Slot> group, int target) {
        List<OpenSlots.Slot> sorted = new ArrayList<>(group);
        sorted.sort((a, b) -> a.start().compareTo(b.start()));
        // reach[s] = index + 1 of the slot that first reached sum s (0: unreached), over slots in order
        int[] reachedBy = new int[target + 1];
        int[] previous = new int[target + 1];
        boolean[] reached = new boolean[target + 1];
        reached[0] = true;
        for (int i = 0; i < sorted.size() && !reached[target]; i++) {
            int capacity = sorted.get(i).capacity();
            for (int s = target; s >= capacity; s--) {
                if (!reached[s] && reached[s - capacity]) {
                    reached[s] = true;
                    reachedBy[s] = i;
                    previous[s] = s - capacity;
                }
            }
        }
        if (!reached[target]) {
            return null;
        }
        List<OpenSlots.Slot> chosen = new ArrayList<>();
        for (int s = target; s > 0; s = previous[s]) {
            chosen.add(sorted.get(reachedBy[s]));
        }
        chosen.sort((a, b) -> a.start().compareTo(b.start()));
        return chosen;
    }

    /**
     * JIT and connection pools: bookings of other slots, directly and through the gateway, by other
     * people. A booking without an answer (the client's 60 s, or a broken connection) is counted and
     * printed, as in the surge, instead of ending the whole run.
     */
    private static void warmUp(
            HttpClient http, String direct, String routed, BenchTokens tokens, List<OpenSlots.Slot> spare)
            throws Exception {
        int done = 0;
        Map<String, Integer> unanswered = new TreeMap<>();
        for (OpenSlots.Slot slot : spare) {
            for (int place = 0; place < slot.remaining() && done < 200; place++, done++) {
                String base = done % 2 == 0 ? direct : routed;
                try {
                    BookingBench.book(
                            http,
                            base,
                            tokens.citizen(950_000 + done),
                            new OpenSlots.Place(slot.servicePointId(), slot.matterCode(), slot.start()));
                } catch (java.io.IOException noAnswer) {
                    unanswered.merge(
                            (base.equals(direct) ? "straight at the service" : "through the gateway") + ", "
                                    + noAnswer.getClass().getSimpleName(),
                            1,
                            Integer::sum);
                }
            }
        }
        System.out.printf("warm-up: %d bookings, without an answer %s%n", done, unanswered);
    }

    /** One surge: bookers released at once against a base URL, counted per answer. */
    private static final class Surge {

        final String name;
        final HttpClient http;
        final String base;
        final String readBack;
        final BenchTokens tokens;
        final int firstPerson;
        final List<OpenSlots.Slot> slots;
        final Map<String, AtomicInteger> bookingAnswers = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> readAnswers = new ConcurrentHashMap<>();
        final AtomicInteger booked = new AtomicInteger();
        final AtomicInteger gaveUp = new AtomicInteger();
        final LatencyRecorder attempts;
        final LatencyRecorder perBooker;
        long tookMillis;
        int taken;

        Surge(
                String name,
                HttpClient http,
                String base,
                String readBack,
                BenchTokens tokens,
                int firstPerson,
                List<OpenSlots.Slot> slots) {
            this.name = name;
            this.http = http;
            this.base = base;
            this.readBack = readBack;
            this.tokens = tokens;
            this.firstPerson = firstPerson;
            this.slots = slots;
            this.attempts = new LatencyRecorder("surge " + name + ": one booking attempt");
            this.perBooker = new LatencyRecorder("surge " + name + ": one booker, first try to last answer");
        }

        void run(int bookers) throws Exception {
            List<String> bearer = new ArrayList<>(bookers);
            for (int i = 0; i < bookers; i++) {
                bearer.add(tokens.citizen(firstPerson + i));
            }
            ExecutorService pool = Executors.newFixedThreadPool(bookers);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < bookers; i++) {
                String token = bearer.get(i);
                Random random = new Random(firstPerson + i);
                futures.add(pool.submit(() -> {
                    start.await();
                    book(token, random);
                    return null;
                }));
            }
            attempts.start();
            perBooker.start();
            long began = System.nanoTime();
            start.countDown();
            for (Future<?> future : futures) {
                future.get();
            }
            tookMillis = (System.nanoTime() - began) / 1_000_000;
            attempts.stop();
            perBooker.stop();
            pool.shutdown();
            taken = 0;
            for (OpenSlots.Slot slot : slots) {
                taken += slot.capacity() - OpenSlots.remaining(http, readBack, slot);
            }
        }

        /** One booker: tries slots believed open until booked or none is left. */
        private void book(String token, Random random) throws Exception {
            long began = System.nanoTime();
            List<OpenSlots.Slot> open = new ArrayList<>(slots);
            Collections.shuffle(open, random);
            int guard = 0;
            while (!open.isEmpty() && guard++ < 200) {
                OpenSlots.Slot slot = open.get(0);
                long sent = System.nanoTime();
                HttpResponse<String> answer;
                try {
                    answer = BookingBench.book(
                            http,
                            base,
                            token,
                            new OpenSlots.Place(slot.servicePointId(), slot.matterCode(), slot.start()));
                } catch (java.io.IOException noAnswer) {
                    // no answer within the client's 60 s (or the connection broke): counted, and tried again
                    attempts.record(System.nanoTime() - sent);
                    bookingAnswers
                            .computeIfAbsent(
                                    "no answer (" + noAnswer.getClass().getSimpleName() + ")", k -> new AtomicInteger())
                            .incrementAndGet();
                    continue;
                }
                attempts.record(System.nanoTime() - sent);
                int status = answer.statusCode();
                String code = code(answer.body());
                bookingAnswers
                        .computeIfAbsent(status + (status >= 400 ? " " + code : ""), k -> new AtomicInteger())
                        .incrementAndGet();
                if (status == 201) {
                    booked.incrementAndGet();
                    break;
                }
                if (status == 409 && "slot-full".equals(code)) {
                    open.remove(0);
                    if (!open.isEmpty()) {
                        Set<LocalDateTime> stillOpen = stillOpen(token);
                        if (stillOpen != null) {
                            open.removeIf(s -> !stillOpen.contains(s.start()));
                        }
                    }
                    continue;
                }
                if (status == 429 || status == 503) {
                    Thread.sleep(1000L * retryAfter(answer));
                    continue;
                }
                gaveUp.incrementAndGet(); // any other answer: this booker stops
                break;
            }
            perBooker.record(System.nanoTime() - began);
        }

        /** The chosen slots' starts that still have places, read with the booker's token; null when the read failed. */
        private Set<LocalDateTime> stillOpen(String token) throws Exception {
            OpenSlots.Slot first = slots.get(0);
            LocalDate from = slots.get(0).start().toLocalDate();
            LocalDate to = slots.get(slots.size() - 1).start().toLocalDate();
            HttpResponse<String> answer;
            int refused = 0;
            while (true) {
                try {
                    answer = http.send(
                            HttpRequest.newBuilder(URI.create(base + "/public/service-points/" + first.servicePointId()
                                            + "/slots?matter=" + first.matterCode() + "&from=" + from + "&to=" + to))
                                    .timeout(Duration.ofSeconds(60))
                                    .header("Authorization", "Bearer " + token)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                } catch (java.io.IOException noAnswer) {
                    // no answer within 60 s (or the connection broke): counted as the bookings' are, and the
                    // booker goes on with the slots it still believes open instead of ending the whole run
                    readAnswers
                            .computeIfAbsent(
                                    "no answer (" + noAnswer.getClass().getSimpleName() + ")", k -> new AtomicInteger())
                            .incrementAndGet();
                    return null;
                }
                readAnswers
                        .computeIfAbsent(String.valueOf(answer.statusCode()), k -> new AtomicInteger())
                        .incrementAndGet();
                // on 429 or 503 the booker waits Retry-After and reads again, as after a booking's (the mini-app does)
                if ((answer.statusCode() == 429 || answer.statusCode() == 503) && refused++ < 10) {
                    Thread.sleep(1000L * retryAfter(answer));
                    continue;
                }
                break;
            }
            if (answer.statusCode() != 200) {
                return null;
            }
            Set<LocalDateTime> open = new HashSet<>();
            for (JsonNode slot : JSON.readTree(answer.body())) {
                if ("OPEN".equals(slot.path("state").asString())
                        && slot.path("remaining").asInt() > 0) {
                    open.add(OpenSlots.startOf(slot));
                }
            }
            return open;
        }

        boolean honest(int places) {
            return booked.get() == places && taken == places;
        }

        String report() {
            Map<String, Integer> bookingCounts = counts(bookingAnswers);
            Map<String, Integer> readCounts = counts(readAnswers);
            int fivexx = 0;
            for (Map.Entry<String, Integer> entry : bookingCounts.entrySet()) {
                fivexx += entry.getKey().startsWith("5") ? entry.getValue() : 0;
            }
            for (Map.Entry<String, Integer> entry : readCounts.entrySet()) {
                fivexx += entry.getKey().startsWith("5") ? entry.getValue() : 0;
            }
            return String.format(
                    "surge %s: %d slots, %d places, %d ms -> %d booked (201), places taken read back %d, oversold %d, 5xx %d, gave up %d%n"
                            + "  booking answers %s%n  availability reads %s%n  %s%n  %s",
                    name,
                    slots.size(),
                    slots.stream().mapToInt(OpenSlots.Slot::capacity).sum(),
                    tookMillis,
                    booked.get(),
                    taken,
                    Math.max(
                            0,
                            Math.max(booked.get(), taken)
                                    - slots.stream()
                                            .mapToInt(OpenSlots.Slot::capacity)
                                            .sum()),
                    fivexx,
                    gaveUp.get(),
                    bookingCounts,
                    readCounts,
                    attempts.summary(),
                    perBooker.summary());
        }

        private static Map<String, Integer> counts(Map<String, AtomicInteger> answers) {
            Map<String, Integer> counts = new TreeMap<>();
            answers.forEach((k, v) -> counts.put(k, v.get()));
            return counts;
        }

        private static long retryAfter(HttpResponse<String> answer) {
            try {
                return Math.max(
                        1,
                        Long.parseLong(
                                answer.headers().firstValue("Retry-After").orElse("1")));
            } catch (NumberFormatException e) {
                return 1;
            }
        }

        private static String code(String problem) {
            int at = problem.indexOf("\"code\":\"");
            return at < 0 ? "-" : problem.substring(at + 8, problem.indexOf('"', at + 8));
        }
    }
}
