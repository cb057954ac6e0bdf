package io.onewindow.platform.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ShedLock's MongoDB provider keeps a job to one instance on the wire-protocol server too. */
class MongoLockProviderTest {

    private MongoServer server;
    private MongoClient client;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        client = MongoClients.create(
                "mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    private static LockConfiguration sweep() {
        return new LockConfiguration(Instant.now(), "no-show-sweep", Duration.ofMinutes(5), Duration.ZERO);
    }

    @Test
    void aSecondInstanceDoesNotGetTheLockWhileTheFirstHoldsIt() {
        MongoLockProvider instanceA = new MongoLockProvider(client.getDatabase("locks"));
        MongoLockProvider instanceB = new MongoLockProvider(client.getDatabase("locks"));

        Optional<SimpleLock> first = instanceA.lock(sweep());
        Optional<SimpleLock> second = instanceB.lock(sweep());

        assertThat(first).isPresent();
        assertThat(second).isEmpty();
    }

    @Test
    void theLockCanBeTakenAgainOnceReleased() {
        MongoLockProvider instanceA = new MongoLockProvider(client.getDatabase("locks"));
        MongoLockProvider instanceB = new MongoLockProvider(client.getDatabase("locks"));

        instanceA.lock(sweep()).orElseThrow().unlock();

        assertThat(instanceB.lock(sweep())).isPresent();
    }
}
