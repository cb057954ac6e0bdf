package io.onewindow.approval.licensecheck;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.onewindow.approval.cases.LicenseVerifier;
import io.onewindow.approval.cases.RegisteredEnterprises;
import io.onewindow.approval.cases.domain.LicenseCheck;
import io.onewindow.approval.cases.domain.LicenseStatus;
import io.onewindow.approval.config.ApprovalSettings;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * The guarded client of e-license-service's {@code POST /api/licenses/checks}. A circuit breaker and
 * a time limiter stand in front of it, and the fallback for any failure, timeout or open circuit is
 * {@link LicenseStatus#UNCHECKED}: the case waits in pre-review instead of failing or passing
 * unchecked. A 4xx answer is the e-license service's own verdict (e.g. not the caller's license),
 * not a failure of the service, so it does not count against the circuit.
 */
@Component
class ELicenseClient implements LicenseVerifier, RegisteredEnterprises, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ELicenseClient.class);

    private final RestClient rest;
    private final CircuitBreaker breaker;
    private final TimeLimiter limiter;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "e-license-check");
        thread.setDaemon(true);
        return thread;
    });
    private final Clock clock;
    private final String businessLicenseType;

    ELicenseClient(ApprovalSettings settings, Clock clock) {
        ApprovalSettings.LicenseService config = settings.licenseService();
        Duration timeout = config.timeout();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(timeout).build());
        requests.setReadTimeout(timeout);
        this.rest = RestClient.builder()
                .baseUrl(config.uri().toString())
                .requestFactory(requests)
                .build();
        this.breaker = CircuitBreaker.of(
                "e-license",
                CircuitBreakerConfig.custom()
                        .failureRateThreshold(config.failureRateThreshold())
                        .slidingWindowSize(10)
                        .minimumNumberOfCalls(5)
                        .waitDurationInOpenState(config.openFor())
                        .permittedNumberOfCallsInHalfOpenState(2)
                        .build());
        this.limiter = TimeLimiter.of(TimeLimiterConfig.custom()
                .timeoutDuration(timeout.plusMillis(500))
                .cancelRunningFuture(true)
                .build());
        this.clock = clock;
        this.businessLicenseType = config.businessLicenseType();
    }

    /**
     * The enterprise's own valid business license, read from its wallet ({@code GET /api/licenses/mine}
     * with its token), behind the same circuit breaker and time limit; any failure answers empty, so
     * the enterprise types its name as before.
     */
    @Override
    public Optional<Registration> of(String creditCode, String bearerToken) {
        if (creditCode == null || bearerToken == null) {
            return Optional.empty();
        }
        try {
            return breaker.executeCallable(() -> limiter.executeFutureSupplier(
                    () -> CompletableFuture.supplyAsync(() -> businessLicenseOf(creditCode, bearerToken), executor)));
        } catch (CallNotPermittedException open) {
            return Optional.empty();
        } catch (Exception failure) {
            log.warn("e-license wallet read for {} failed ({}); the name is typed", creditCode, failure.toString());
            return Optional.empty();
        }
    }

    private Optional<Registration> businessLicenseOf(String creditCode, String bearerToken) {
        WalletLicense[] held;
        try {
            held = rest.get()
                    // the wallet is paged (the list convention): the largest page, newest first
                    .uri("/api/licenses/mine?size=100")
                    .accept(MediaType.APPLICATION_JSON)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + bearerToken)
                    .retrieve()
                    .body(WalletLicense[].class);
        } catch (HttpClientErrorException refused) {
            // The wallet's own verdict (e.g. not a holder): nothing to take, and no failure of the service.
            return Optional.empty();
        }
        if (held == null) {
            return Optional.empty();
        }
        return Arrays.stream(held)
                .filter(l -> businessLicenseType.equals(l.typeCode())
                        && creditCode.equals(l.holderCode())
                        && "VALID".equals(l.status())
                        && l.holderName() != null
                        && !l.holderName().isBlank())
                .findFirst()
                .map(l -> {
                    Map<String, String> face = l.faceData() == null ? Map.of() : l.faceData();
                    return new Registration(l.holderName(), face.get("住所"), face.get("法定代表人"), l.identifier());
                });
    }

    @Override
    public LicenseCheck check(String identifier, String holderCode, String bearerToken) {
        try {
            return breaker.executeCallable(() -> limiter.executeFutureSupplier(
                    () -> CompletableFuture.supplyAsync(() -> call(identifier, holderCode, bearerToken), executor)));
        } catch (CallNotPermittedException open) {
            log.debug("e-license circuit open; {} left unchecked", identifier);
            return LicenseCheck.unchecked(now());
        } catch (Exception failure) {
            log.warn("e-license check of {} failed ({}); the case waits in pre-review", identifier, failure.toString());
            return LicenseCheck.unchecked(now());
        }
    }

    /** State of the circuit, for tests and health. */
    CircuitBreaker.State circuitState() {
        return breaker.getState();
    }

    private LicenseCheck call(String identifier, String holderCode, String bearerToken) {
        try {
            CheckAnswer answer = rest.post()
                    .uri("/api/licenses/checks")
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + bearerToken)
                    .body(new CheckRequest(identifier, holderCode))
                    .retrieve()
                    .body(CheckAnswer.class);
            if (answer == null || answer.status() == null) {
                throw new IllegalStateException("e-license answered without a status");
            }
            return new LicenseCheck(
                    statusOf(answer.status()),
                    Boolean.TRUE.equals(answer.belongsToHolder()),
                    answer.licenseTypeCode(),
                    now());
        } catch (HttpClientErrorException refused) {
            LicenseStatus status =
                    refused.getStatusCode().value() == 404 ? LicenseStatus.UNKNOWN : LicenseStatus.REFUSED;
            return new LicenseCheck(status, false, null, now());
        }
    }

    private static LicenseStatus statusOf(String answer) {
        try {
            LicenseStatus status = LicenseStatus.valueOf(answer);
            // The service must not be able to claim our own "not checked" state.
            return status == LicenseStatus.UNCHECKED || status == LicenseStatus.REFUSED
                    ? LicenseStatus.UNKNOWN
                    : status;
        } catch (IllegalArgumentException unknown) {
            return LicenseStatus.UNKNOWN;
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    record CheckRequest(String identifier, String holderCode) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record WalletLicense(
            String identifier,
            String typeCode,
            String holderName,
            String holderCode,
            String status,
            Map<String, String> faceData) {}

    // The e-license service may add fields; its answer is read leniently, unlike our own API's input.
    @JsonIgnoreProperties(ignoreUnknown = true)
    record CheckAnswer(
            String identifier, String status, Boolean belongsToHolder, String licenseTypeCode, String validTo) {}
}
