package io.onewindow.platform.test;

import de.bwaldvogel.mongo.MongoServer;
import java.net.InetSocketAddress;

/**
 * One MongoDB wire-protocol server (mongo-java-server, in memory) per test JVM. The real
 * MongoDB driver talks to it over TCP, so code under test uses the same driver path as in
 * production. It has no transactions and no change streams: neither does our code.
 *
 * <p>Its collections answer a filter with an {@code _id} equality ({@code {_id: v, version: n}},
 * {@code {_id: {$in: [...]}, ...}}) from the {@code _id} index and match the rest of the filter on
 * the documents found, as MongoDB does ({@link IdIndexMemoryBackend}); mongo-java-server alone
 * scans the collection for any filter other than exactly {@code {_id: ...}}. No answer changes.
 * Other filters still scan: non-unique indexes, which MongoDB would use, are ignored.
 */
public final class SharedMongoServer {

    private static volatile SharedMongoServer shared;

    private final MongoServer server;
    private final String connectionString;

    private SharedMongoServer() {
        server = new MongoServer(new IdIndexMemoryBackend());
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
