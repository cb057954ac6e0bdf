package io.onewindow.platform.testapp;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A MongoDB wire-protocol server (mongo-java-server, in memory) for one Spring test class of this
 * module, which cannot use platform-test's shared server: platform-test depends on this module.
 */
public final class TestMongo {

    private final MongoServer server = new MongoServer(new MemoryBackend());

    /** Starts the server on a free local port and points {@code spring.mongodb.*} at it. */
    public void register(DynamicPropertyRegistry registry, String database) {
        server.bind("127.0.0.1", 0);
        registry.add(
                "spring.mongodb.uri",
                () -> "mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        registry.add("spring.mongodb.database", () -> database);
    }

    public void shutdown() {
        server.shutdownNow();
    }
}
