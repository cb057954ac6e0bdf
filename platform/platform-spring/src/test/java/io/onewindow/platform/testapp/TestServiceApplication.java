package io.onewindow.platform.testapp;

import com.nimbusds.jose.jwk.RSAKey;
import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.web.SafeText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A minimal service using the platform library the way the real services do, so the shared
 * conventions (problems, security, guards) are tested once, here.
 */
@SpringBootApplication
public class TestServiceApplication {

    /**
     * Tokens in these tests are signed with a key made per run; the decoder trusts only it, and
     * applies the platform's token checks as the decoder Spring Boot builds for a service does.
     */
    @Bean
    JwtDecoder jwtDecoder(OAuth2TokenValidator<Jwt> platformTokenChecks) throws Exception {
        RSAKey key = TestTokens.KEY;
        NimbusJwtDecoder decoder =
                NimbusJwtDecoder.withPublicKey(key.toRSAPublicKey()).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(platformTokenChecks));
        return decoder;
    }

    @Bean
    ThingStore thingStore() {
        return new ThingStore();
    }

    /** What the test controller wrote: tests assert that refused input wrote nothing. */
    public static class ThingStore {
        public final List<NewThing> written = new CopyOnWriteArrayList<>();
        public final java.util.concurrent.atomic.AtomicInteger failuresLeft =
                new java.util.concurrent.atomic.AtomicInteger();
    }

    public record NewThing(
            @NotBlank @SafeText(multiline = false) String name,
            @Min(1) @Max(10) int count) {

        /** A rule across two fields, checked by a method, as the services' "exactly one of" rules. */
        @jakarta.validation.constraints.AssertTrue(message = "a big thing counts at most 5")
        @com.fasterxml.jackson.annotation.JsonIgnore
        public boolean isModestWhenBig() {
            return !"big".equals(name) || count <= 5;
        }
    }

    /** A working-day computation, as the services make them for statutory limits. */
    @RestController
    static class DeadlineController {

        private final WorkingCalendar calendar;

        DeadlineController(WorkingCalendar calendar) {
            this.calendar = calendar;
        }

        @GetMapping("/api/deadlines")
        Map<String, Object> deadline(@RequestParam LocalDate from, @RequestParam int workingDays) {
            var due = calendar.dueDate(from, workingDays);
            return Map.of("deadline", due.date(), "provisional", due.provisional());
        }
    }

    /** A meeting as the services' bookings carry one: an instant, an offset date-time and a day. */
    public record Meeting(
            @jakarta.validation.constraints.NotNull java.time.Instant at,
            java.time.OffsetDateTime until,
            LocalDate day) {}

    /** Instants in, instants out, in bodies and in query parameters. */
    @RestController
    static class MeetingController {

        @PostMapping("/api/things/public/meetings")
        Meeting echo(@Valid @RequestBody Meeting meeting) {
            return meeting;
        }

        @GetMapping("/api/things/public/meetings")
        Meeting at(@RequestParam java.time.Instant at, @RequestParam(required = false) java.time.OffsetDateTime until) {
            return new Meeting(at, until, null);
        }
    }

    @RestController
    static class ThingController {

        private final ThingStore store;

        ThingController(ThingStore store) {
            this.store = store;
        }

        @PostMapping("/api/things")
        NewThing create(@Valid @RequestBody NewThing thing) {
            store.written.add(thing);
            return thing;
        }

        /** Creates with 201, Location and ETag, as the services' creating endpoints answer. */
        @PostMapping("/api/things/registered")
        org.springframework.http.ResponseEntity<NewThing> register(@Valid @RequestBody NewThing thing) {
            store.written.add(thing);
            return org.springframework.http.ResponseEntity.created(
                            java.net.URI.create("/api/things/" + store.written.size()))
                    .eTag("\"" + store.written.size() + "\"")
                    .body(thing);
        }

        /** Fails (500) while {@link ThingStore#failuresLeft} is positive, then writes. */
        @PostMapping("/api/things/flaky")
        NewThing flaky(@Valid @RequestBody NewThing thing) {
            if (store.failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("the store is down");
            }
            store.written.add(thing);
            return thing;
        }

        @GetMapping("/api/things/{id}")
        NewThing find(@PathVariable String id) {
            throw new NotFoundException("thing", id);
        }

        @GetMapping("/api/things")
        List<NewThing> search(@RequestParam(required = false) String name) {
            return store.written.stream()
                    .filter(thing -> name == null || thing.name().equals(name))
                    .toList();
        }

        @PostMapping("/api/things/{id}/copy")
        void copy(@PathVariable String id) {
            throw new org.springframework.dao.DuplicateKeyException("E11000 duplicate key");
        }

        @PostMapping("/api/things/{id}/close")
        void close(@PathVariable String id) {
            throw new ConflictException("thing-closed", "thing " + id + " is already closed");
        }

        @GetMapping("/api/things/admin/report")
        @PreAuthorize("hasRole('platform-admin')")
        String report(@AuthenticationPrincipal Caller caller) {
            return "report for " + caller.username();
        }

        @GetMapping("/api/things/public/hello")
        String hello() {
            return "hello";
        }
    }
}
