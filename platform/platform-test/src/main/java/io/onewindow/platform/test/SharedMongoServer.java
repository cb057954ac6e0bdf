package io.onewindow.platform.test;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;

/**
 * One MongoDB wire-protocol server (mongo-java-server, in memory) per test JVM. The real
 * MongoDB driver talks to it over TCP, so code under test uses the same driver path as in
 * production. It has no transactions and no change streams: neither does our code.
 */
public final class SharedMongoServer {

    private static volatile SharedMongoServer shared;

    private final MongoServer server;
    private final String connectionString;

    private SharedMongoServer() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        connectionString = "mongodb://127.0.0.1:" + address.getPort();
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "mongo-test-server-stop"));
    }

    /** The server of this JVM, started on first use. */
    public static SharedMongoServer shared() {
        if (shared == null) {
            synchronized (SharedMongoServer.class) {
                if (shared == null) {
                    shared = new SharedMongoServer();
                }
            }
        }
        return shared;
    }

    /** {@code mongodb://127.0.0.1:PORT}, without a database name. */
    public String connectionString() {
        return connectionString;
    }
}
