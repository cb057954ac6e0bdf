package io.onewindow.bench.gateway;

import io.onewindow.bench.BenchPlatform;
import io.onewindow.bench.BenchTokens;
import io.onewindow.bench.LatencyRecorder;
import io.onewindow.bench.Load;
import io.onewindow.bench.booking.BookingBench;
import io.onewindow.bench.booking.OpenSlots;
import io.onewindow.platform.test.SharedKafkaBroker;
import io.onewindow.platform.test.SharedMongoServer;
import io.onewindow.platform.test.processes.PlatformApplication;
import io.onewindow.platform.test.processes.PlatformProcesses;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The same authenticated read — {@code GET /api/appointments/mine}, a citizen's own bookings (one
 * each) — called directly on appointment-service and through the gateway, in one run on one
 * machine: throughput, p50/p99, their ratio and the gateway's p50 overhead.
 *
 * <p>appointment-service (with its demo service points, as in {@link BookingBench}) and the
 * gateway run from their executable jars in child JVMs ({@link BenchPlatform}), the gateway routing
 * {@code /api/appointments/**} to the service, both trusting the bench's RSA key, the gateway's
 * per-user rate limit raised so that it limits nothing but still runs. Each citizen books one
 * open slot (found through the public availability API) directly on the service first. Arguments (all optional): {@code threads seconds citizens}, default {@code 8 15 16}.
 */
public final class GatewayBench {

    private GatewayBench() {}

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        int citizens = args.length > 2 ? Integer.parseInt(args[2]) : 16;

        String mongoUri = SharedMongoServer.shared().connectionString();
        String kafka = SharedKafkaBroker.bootstrapServers();
        BenchTokens tokens = new BenchTokens();

        int exit = 0;
        try (PlatformProcesses platform = BenchPlatform.processes(tokens, mongoUri, kafka)
                .environment(PlatformApplication.APPOINTMENT, BookingBench.environment("bench_gateway_appointment"))
                .environment(
                        PlatformApplication.GATEWAY,
                        Map.of(
                                "ONEWINDOW_GATEWAY_RATELIMIT_REPLENISHRATE", "1000000",
                                "ONEWINDOW_GATEWAY_RATELIMIT_BURSTCAPACITY", "1000000",
                                "GATEWAY_API_DOCS_ENABLED", "false"))
                .startTimeout(startTimeout())
                // The gateway's other routes point nowhere (PlatformProcesses.NOWHERE); the bench never calls them.
                .start(PlatformApplication.APPOINTMENT, PlatformApplication.GATEWAY)) {
            String serviceUri = platform.url(PlatformApplication.APPOINTMENT);
            HttpClient http =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            List<OpenSlots.Place> places = OpenSlots.discover(http, serviceUri + "/api/appointments", citizens)
                    .places(citizens);
            List<String> bearer = new ArrayList<>();
            for (int i = 0; i < citizens; i++) {
                String token = tokens.citizen(700_000 + i);
                bearer.add(token);
                int status = BookingBench.book(http, serviceUri + "/api/appointments", token, places.get(i))
                        .statusCode();
                if (status != 201) {
                    System.out.println("seeding: booking of citizen " + i + " answered " + status);
                }
            }

            URL direct = URI.create(serviceUri + "/api/appointments/mine").toURL();
            URL routed = URI.create(platform.url(PlatformApplication.GATEWAY) + "/api/appointments/mine")
                    .toURL();
            AtomicLong wrong = new AtomicLong();
            System.out.printf(
                    "GatewayBench: %d cores, Java %s, %d threads, %d s per measurement, %d citizens; %s%n",
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"),
                    threads,
                    seconds,
                    citizens,
                    platform);

            Load.Op viaService = i -> get(direct, bearer.get(i % citizens), wrong);
            Load.Op viaGateway = i -> get(routed, bearer.get(i % citizens), wrong);
            int warmUp = Math.max(3, seconds / 3);
            Load.measure(new LatencyRecorder("warm-up"), threads, warmUp, viaService);
            Load.measure(new LatencyRecorder("warm-up"), threads, warmUp, viaGateway);

            LatencyRecorder directCalls =
                    new LatencyRecorder("reference: GET /mine directly (" + threads + " clients)");
            LatencyRecorder gatewayCalls =
                    new LatencyRecorder("GET /mine through the gateway (" + threads + " clients)");
            Load.measure(directCalls, threads, seconds, viaService);
            Load.measure(gatewayCalls, threads, seconds, viaGateway);

            System.out.println(gatewayCalls.summary());
            System.out.println(directCalls.summary());
            System.out.println(LatencyRecorder.ratio(gatewayCalls, directCalls));
            System.out.printf(
                    "gateway overhead: p50 %+.3f ms, p99 %+.3f ms%n",
                    gatewayCalls.percentileMillis(50) - directCalls.percentileMillis(50),
                    gatewayCalls.percentileMillis(99) - directCalls.percentileMillis(99));
            if (wrong.get() > 0) {
                System.out.println("WARNING: " + wrong.get() + " calls did not answer 200 with a list");
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
     * How long each application may take to start ({@code -Dbench.startTimeout=PT8M}; 4 minutes
     * unless set): on a machine shared with other builds a start can take longer.
     */
    public static Duration startTimeout() {
        return Duration.parse(System.getProperty("bench.startTimeout", "PT4M"));
    }

    private static void get(URL url, String token, AtomicLong wrong) {
        try {
            HttpURLConnection connection = (HttpURLConnection) url.openConnection();
            connection.setConnectTimeout(5_000);
            connection.setReadTimeout(30_000);
            connection.setRequestProperty("Authorization", "Bearer " + token);
            connection.setRequestProperty("Accept", "application/json");
            int status = connection.getResponseCode();
            String answer;
            try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                answer = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (status != 200 || !answer.startsWith("[{")) {
                if (wrong.incrementAndGet() == 1) {
                    System.out.println("first unexpected answer from " + url + ": " + status + " " + answer);
                }
            }
        } catch (Exception e) {
            if (wrong.incrementAndGet() == 1) {
                System.out.println("first failed call to " + url + ": " + e);
            }
        }
    }
}
