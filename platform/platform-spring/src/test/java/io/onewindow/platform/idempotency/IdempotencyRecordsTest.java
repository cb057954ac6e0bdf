package io.onewindow.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.onewindow.platform.idempotency.IdempotencyRecords.Claimed;
import io.onewindow.platform.idempotency.IdempotencyRecords.Finished;
import io.onewindow.platform.idempotency.IdempotencyRecords.InFlight;
import io.onewindow.platform.idempotency.IdempotencyRecords.Scope;
import io.onewindow.platform.idempotency.IdempotencyRecords.StoredResponse;
import io.onewindow.platform.testapp.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Claims and answers kept per key for the retention period, read with a fixed clock. */
class IdempotencyRecordsTest {

    private static MongoServer server;
    private static MongoClient client;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T01:00:00Z"));
    private MongoTemplate mongo;
    private IdempotencyRecords records;

    private final Scope scope = new Scope("approval-service", "sub-1", "POST", "/api/cases", "key-1");

    @BeforeAll
    static void start() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        client = MongoClients.create(
                "mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
    }

    @AfterAll
    static void stop() {
        client.close();
        server.shutdown();
    }

    @BeforeEach
    void setUp() {
        mongo = new MongoTemplate(client, "idempotency_records_test");
        mongo.getCollection(IdempotencyRecords.COLLECTION).deleteMany(new org.bson.Document());
        records = new IdempotencyRecords(
                mongo, clock, new IdempotencyProperties(true, Duration.ofDays(1), Duration.ofMinutes(5), List.of()));
    }

    private static StoredResponse created() {
        return new StoredResponse(201, "application/json", "/api/cases/c-1", null, "{\"id\":\"c-1\"}".getBytes());
    }

    @Test
    void theFirstClaimWinsAndASecondSeesItInFlight() {
        assertThat(records.claim(scope.id(), "f1", scope)).isInstanceOf(Claimed.class);
        assertThat(records.claim(scope.id(), "f1", scope)).isEqualTo(new InFlight("f1"));
    }

    @Test
    void aFinishedAnswerIsReplayedUntilTheRetentionEndsThenTheKeyIsFree() {
        records.claim(scope.id(), "f1", scope);
        records.complete(scope.id(), created());

        clock.advance(Duration.ofHours(23));
        assertThat(records.claim(scope.id(), "f1", scope)).isInstanceOfSatisfying(Finished.class, finished -> {
            assertThat(finished.fingerprint()).isEqualTo("f1");
            assertThat(finished.response().status()).isEqualTo(201);
            assertThat(finished.response().location()).isEqualTo("/api/cases/c-1");
            assertThat(new String(finished.response().body())).isEqualTo("{\"id\":\"c-1\"}");
        });

        clock.advance(Duration.ofHours(1));
        assertThat(records.claim(scope.id(), "f2", scope)).isInstanceOf(Claimed.class);
    }

    @Test
    void aClaimLeftByACrashedRequestFreesTheKeyAfterTheInFlightTimeout() {
        records.claim(scope.id(), "f1", scope);

        clock.advance(Duration.ofMinutes(4));
        assertThat(records.claim(scope.id(), "f1", scope)).isInstanceOf(InFlight.class);
        clock.advance(Duration.ofMinutes(1));
        assertThat(records.claim(scope.id(), "f1", scope)).isInstanceOf(Claimed.class);
    }

    @Test
    void anAbandonedClaimFreesTheKeyButAFinishedAnswerIsNotAbandoned() {
        records.claim(scope.id(), "f1", scope);
        records.abandon(scope.id());
        assertThat(records.claim(scope.id(), "f1", scope)).isInstanceOf(Claimed.class);

        records.complete(scope.id(), created());
        records.abandon(scope.id());
        assertThat(records.claim(scope.id(), "f1", scope)).isInstanceOf(Finished.class);
    }

    @Test
    void theScopeIdDependsOnEveryPart() {
        assertThat(scope.id())
                .isNotEqualTo(new Scope("approval-service", "sub-2", "POST", "/api/cases", "key-1").id())
                .isNotEqualTo(new Scope("approval-service", "sub-1", "POST", "/api/cases/x", "key-1").id())
                .isNotEqualTo(new Scope("appointment-service", "sub-1", "POST", "/api/cases", "key-1").id())
                .isNotEqualTo(new Scope("approval-service", "sub-1", "POST", "/api/cases", "key-2").id());
    }
}
