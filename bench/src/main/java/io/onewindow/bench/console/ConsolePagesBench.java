package io.onewindow.bench.console;

import io.onewindow.bench.BenchPlatform;
import io.onewindow.bench.LatencyRecorder;
import io.onewindow.platform.test.KeycloakTestServer;
import io.onewindow.platform.test.LoopbackCookies;
import io.onewindow.platform.test.SharedKafkaBroker;
import io.onewindow.platform.test.SharedMongoServer;
import io.onewindow.platform.test.processes.PlatformApplication;
import io.onewindow.platform.test.processes.PlatformProcesses;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Issue 20: "no console page needs more than one second on the local run". The whole platform runs
 * as the system tests run it (the four services, the console and the gateway from their executable
 * jars through platform-test's {@link PlatformProcesses}, trusting the real Keycloak of
 * {@link KeycloakTestServer}, on the bench's MongoDB-protocol server and Kafka broker, demo data on).
 *
 * <p>Each staff member (demo users, password {@code demo}) logs in as a browser would, with a plain
 * JDK {@link HttpClient} and a cookie jar: {@code /console/} through the gateway, the redirects to
 * Keycloak's login form, the form posted to its {@code action}, the redirects back to the console
 * (session cookie {@code ONEWINDOW_CONSOLE}). Then, one request at a time after a warm-up, N full
 * HTML answers of each page through the gateway: {@code /console/}, each desk's start page the user
 * may open (a desk answering 403 or 404 is skipped and said so), the public board
 * {@code /board/hall-business-registration} and the verification page
 * {@code /verify?identifier=<unknown>} ({@code Accept: text/html}).
 *
 * <p>References in the same run, through the gateway: the API read behind the board
 * ({@code GET /api/appointments/public/service-points/hall-business-registration/board}, anonymous;
 * the gateway may answer it from its one-second cache) for the public pages, and for each user's pages a
 * signed-in API read ({@code GET /api/appointments/me} with the same user's access token from
 * Keycloak's token endpoint, {@code onewindow-cli}'s password grant). Printed: p50, p95, p99 and max
 * per page, p95 / reference p95, and whether p99 ≤ 1000 ms; the exit code is 1 if a page's p99 is
 * above a second, 2 if a page could not be measured (it is named and the others are still measured) or the run failed.
 *
 * <p>Arguments (all optional): requests per page (50) and the users, comma-separated
 * ({@code officer1,approver1,inspector1,catalogadmin1}). {@code -Dbench.warmup=10} requests per page
 * before measuring; {@code -Dbench.keycloak.url=http://127.0.0.1:PORT} a running Keycloak with the
 * realm instead of starting one.
 */
public final class ConsolePagesBench {

    static final String HALL = "hall-business-registration";
    static final String BOARD_PAGE = "/board/" + HALL;
    static final String BOARD_API = "/api/appointments/public/service-points/" + HALL + "/board";
    static final String VERIFY_PAGE = "/verify?identifier=BENCH-NOT-A-LICENSE-0000";
    static final String ME_API = "/api/appointments/me";
    static final List<String> DESKS =
            List.of("/console/workbench", "/console/inbox", "/console/inspection", "/console/admin");
    static final String SESSION_COOKIE = "ONEWINDOW_CONSOLE";
    static final double LIMIT_MILLIS = 1000;
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private static final Pattern FORM_ACTION =
            Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"|<form[^>]*action=\"([^\"]+)\"");

    private ConsolePagesBench() {}

    public static void main(String[] args) {
        int exit;
        try {
            exit = run(args);
        } catch (Exception | Error e) {
            // the bench's broker and store threads would keep the JVM alive after a failure
            e.printStackTrace();
            exit = 2;
        }
        System.exit(exit);
    }

    static int run(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        List<String> users =
                Arrays.asList((args.length > 1 ? args[1] : "officer1,approver1,inspector1,catalogadmin1").split(","));
        int warmUp = Integer.getInteger("bench.warmup", 10);
        String loadAtStart = loadAverage();

        String keycloakUrl = System.getProperty("bench.keycloak.url", "").trim();
        String keycloakBase =
                keycloakUrl.isEmpty() ? KeycloakTestServer.shared().baseUrl() : keycloakUrl;
        String issuer = keycloakBase + "/realms/" + KeycloakTestServer.REALM;
        String mongoUri = SharedMongoServer.shared().connectionString();
        String kafka = SharedKafkaBroker.bootstrapServers();

        Map<String, String> limitsOutOfTheWay = new LinkedHashMap<>();
        for (String setting : List.of(
                "REPLENISHRATE",
                "BURSTCAPACITY",
                "PUBLICREADREPLENISHRATE",
                "PUBLICREADBURSTCAPACITY",
                "WEBPAGEREPLENISHRATE",
                "WEBPAGEBURSTCAPACITY")) {
            limitsOutOfTheWay.put("ONEWINDOW_GATEWAY_RATELIMIT_" + setting, "1000000");
        }
        int exit = 0;
        try (PlatformProcesses platform = BenchPlatform.processesTrusting(issuer, mongoUri, kafka)
                // the demo service points (the board's hall), catalog, license types and staff posts
                .environment(Map.of("ONEWINDOW_DEMO_DATA_ENABLED", "true"))
                // one client address and one user make every request: the limiter still runs but refuses nothing
                .environment(PlatformApplication.GATEWAY, limitsOutOfTheWay)
                .start(PlatformApplication.ALL)) {
            String gateway = platform.url(PlatformApplication.GATEWAY);
            System.out.printf(
                    "ConsolePagesBench: %d cores, Java %s, %d requests per page after %d warm-up, one at a time;"
                            + " load average at start %s; Keycloak %s; %s%n",
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"),
                    requests,
                    warmUp,
                    loadAtStart,
                    issuer,
                    platform);

            List<Row> rows = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            Browser anonymous = new Browser();
            LatencyRecorder boardApi = anonymous.measure(
                    "ref: board API (anonymous)",
                    gateway + BOARD_API,
                    Map.of("Accept", "application/json"),
                    warmUp,
                    requests);
            rows.add(new Row(boardApi, null));
            boolean failed = false;
            for (String page : List.of(BOARD_PAGE, VERIFY_PAGE)) {
                failed |= !measurePage(rows, notes, anonymous, page, gateway + page, boardApi, warmUp, requests);
            }

            for (String user : users) {
                Browser browser = new Browser();
                long loggingIn = System.nanoTime();
                browser.logIn(gateway, user, KeycloakTestServer.DEMO_PASSWORD);
                System.out.printf(
                        "%s logged in through Keycloak's form in %.0f ms%n",
                        user, (System.nanoTime() - loggingIn) / 1e6);
                String token = passwordToken(keycloakBase, user);
                LatencyRecorder me = browser.measure(
                        "ref: " + ME_API + " (" + user + ")",
                        gateway + ME_API,
                        Map.of("Accept", "application/json", "Authorization", "Bearer " + token),
                        warmUp,
                        requests);
                rows.add(new Row(me, null));
                List<String> pages = new ArrayList<>(List.of("/console/"));
                for (String desk : DESKS) {
                    int status = browser.status(gateway + desk);
                    if (status == 200) {
                        pages.add(desk);
                    } else {
                        notes.add(String.format(
                                "%s: %s answers %d (%s), not measured",
                                user,
                                desk,
                                status,
                                status == 404
                                        ? "no such page in this build"
                                        : status == 403 ? "not this user's desk" : "no page"));
                    }
                }
                for (String page : pages) {
                    failed |= !measurePage(
                            rows, notes, browser, page + " (" + user + ")", gateway + page, me, warmUp, requests);
                }
            }

            System.out.println();
            System.out.printf(
                    "%-52s %5s %9s %9s %9s %9s %12s %s%n",
                    "page", "n", "p50 ms", "p95 ms", "p99 ms", "max ms", "p95/ref p95", "p99 <= 1 s");
            for (Row row : rows) {
                LatencyRecorder r = row.recorder();
                String ratio = row.reference() == null
                        ? "reference"
                        : String.format(
                                "%.2f", r.percentileMillis(95) / row.reference().percentileMillis(95));
                boolean within = r.percentileMillis(99) <= LIMIT_MILLIS;
                System.out.printf(
                        "%-52s %5d %9.1f %9.1f %9.1f %9.1f %12s %s%n",
                        r.name(),
                        r.count(),
                        r.percentileMillis(50),
                        r.percentileMillis(95),
                        r.percentileMillis(99),
                        r.maxMillis(),
                        ratio,
                        row.reference() == null ? "" : within ? "yes" : "NO");
                if (row.reference() != null && !within && exit == 0) {
                    exit = 1;
                }
            }
            if (failed) {
                exit = 2;
            }
            notes.forEach(note -> System.out.println("note: " + note));
            System.out.printf("load average at start %s, at end %s (1, 5, 15 min)%n", loadAtStart, loadAverage());
            System.out.println(
                    exit == 0
                            ? "every page's p99 is within 1 s"
                            : exit == 1
                                    ? "a page's p99 is above 1 s: see the rows marked NO"
                                    : "a page could not be measured: see the notes");
        }
        return exit;
    }

    /** Measures one HTML page into {@code rows}; a page that fails is named in {@code notes} instead. */
    static boolean measurePage(
            List<Row> rows,
            List<String> notes,
            Browser browser,
            String name,
            String url,
            LatencyRecorder reference,
            int warmUp,
            int requests)
            throws IOException, InterruptedException {
        try {
            rows.add(new Row(browser.measure(name, url, Map.of("Accept", "text/html"), warmUp, requests), reference));
            return true;
        } catch (PageFailed e) {
            notes.add("NOT MEASURED: " + e.getMessage());
            return false;
        }
    }

    record Row(LatencyRecorder recorder, LatencyRecorder reference) {}

    /** A page that did not answer 200 with a body: named in the report, the run goes on. */
    static final class PageFailed extends IllegalStateException {
        PageFailed(String message) {
            super(message);
        }
    }

    /** The 1-, 5- and 15-minute load averages ({@code /proc/loadavg}), or the JVM's 1-minute figure. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return String.format(
                    "%.2f",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                            .getSystemLoadAverage());
        }
    }

    /** A user's access token from Keycloak's token endpoint ({@code onewindow-cli}'s password grant). */
    static String passwordToken(String keycloakBase, String user) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        String form = form(Map.of(
                "grant_type",
                "password",
                "client_id",
                KeycloakTestServer.CLI_CLIENT_ID,
                "username",
                user,
                "password",
                KeycloakTestServer.DEMO_PASSWORD));
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(keycloakBase + "/realms/" + KeycloakTestServer.REALM
                                + "/protocol/openid-connect/token"))
                        .timeout(REQUEST_TIMEOUT)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
        if (answer.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("no token for " + user + ": " + answer.statusCode() + " " + answer.body());
        }
        return token.group(1);
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /**
     * One browser: a cookie jar shared by a client that follows redirects (the login) and one that
     * does not (the measurements, so a lost session shows as a 302 instead of a timed Keycloak form).
     */
    static final class Browser {

        private final LoopbackCookies cookies = new LoopbackCookies();
        private final HttpClient following = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        private final HttpClient measuring = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();

        /** Keycloak's authorization-code flow as a browser goes through it, ending on the console's start page. */
        void logIn(String gateway, String user, String password) throws IOException, InterruptedException {
            HttpResponse<String> loginForm = following.send(
                    HttpRequest.newBuilder(URI.create(gateway + "/console/"))
                            .timeout(REQUEST_TIMEOUT)
                            .header("Accept", "text/html")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher action = FORM_ACTION.matcher(loginForm.body());
            if (loginForm.statusCode() != 200 || !action.find()) {
                throw new IllegalStateException(
                        "no Keycloak login form at " + loginForm.uri() + ": " + loginForm.statusCode());
            }
            String target = (action.group(1) != null ? action.group(1) : action.group(2)).replace("&amp;", "&");
            HttpResponse<String> console = following.send(
                    HttpRequest.newBuilder(loginForm.uri().resolve(target))
                            .timeout(REQUEST_TIMEOUT)
                            .header("Accept", "text/html")
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    form(Map.of("username", user, "password", password, "credentialId", ""))))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            boolean session = cookies.store().getCookies().stream()
                    .anyMatch(cookie -> cookie.getName().equals(SESSION_COOKIE));
            if (console.statusCode() != 200 || !console.uri().toString().startsWith(gateway + "/console") || !session) {
                throw new IllegalStateException("login of " + user + " did not reach the console: "
                        + console.statusCode() + " at " + console.uri() + ", session cookie " + session);
            }
        }

        int status(String url) throws IOException, InterruptedException {
            return measuring
                    .send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .timeout(REQUEST_TIMEOUT)
                                    .header("Accept", "text/html")
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        }

        /**
         * {@code warmUp} then {@code requests} GETs of {@code url}, one at a time, each timed from
         * sending to the whole body read; every answer must be 200.
         */
        LatencyRecorder measure(String name, String url, Map<String, String> headers, int warmUp, int requests)
                throws IOException, InterruptedException {
            LatencyRecorder recorder = new LatencyRecorder(name);
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url))
                    .timeout(REQUEST_TIMEOUT)
                    .GET();
            headers.forEach(builder::header);
            HttpRequest request = builder.build();
            for (int i = 0; i < warmUp + requests; i++) {
                if (i == warmUp) {
                    recorder.start();
                }
                long start = System.nanoTime();
                HttpResponse<byte[]> answer = measuring.send(request, HttpResponse.BodyHandlers.ofByteArray());
                long took = System.nanoTime() - start;
                if (answer.statusCode() != 200 || answer.body().length == 0) {
                    throw new PageFailed(name + ": " + url + " answered " + answer.statusCode() + " "
                            + answer.headers().firstValue("Location").orElse("") + " (request " + (i + 1) + ")");
                }
                if (i >= warmUp) {
                    recorder.record(took);
                }
            }
            recorder.stop();
            return recorder;
        }
    }
}
