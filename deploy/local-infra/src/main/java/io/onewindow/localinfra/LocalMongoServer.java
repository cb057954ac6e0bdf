package io.onewindow.localinfra;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The MongoDB of the local run: mongo-java-server (speaks the MongoDB wire protocol, reports
 * MongoDB 5.0) on its H2 backend, so the data lives in one MVStore file and survives a
 * restart. Not for production: no replica set, no transactions, no change streams.
 *
 * <p>It chooses indexes as mongo-java-server does: only a filter of exactly {@code {_id: ...}}
 * uses the {@code _id} index, any other filter ({@code {_id, version}} included) scans the
 * collection. The tests' and the bench's in-memory server (platform-test's
 * {@code SharedMongoServer}) answers {@code _id} equalities with more conditions from the index,
 * as MongoDB does; the local run's data is small enough not to need it.
 *
 * <p>{@code java -cp 'target/local-infra.jar:target/lib/*' io.onewindow.localinfra.LocalMongoServer [port] [file]}
 * — port from the first argument, else {@code MONGODB_PORT}, else 27017; data file from the
 * second argument, else {@code MONGODB_DATA_FILE}, else {@code ./mongo.mv}; bind address from
 * {@code MONGODB_BIND}, else 127.0.0.1. SIGTERM (or Ctrl-C) closes the server and flushes H2.
 */
public final class LocalMongoServer implements AutoCloseable {

    public static final int DEFAULT_PORT = 27017;
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final String DEFAULT_FILE = "mongo.mv";

    private final MongoServer server;
    private final Path file;
    private final InetSocketAddress address;
    private boolean closed;

    private LocalMongoServer(String bindAddress, int port, Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        if (absolute.getParent() != null) {
            Files.createDirectories(absolute.getParent());
        }
        H2Backend backend = new H2Backend(absolute.toString());
        MongoServer mongo = new MongoServer(backend);
        try {
            mongo.bind(bindAddress, port);
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
        this.server = mongo;
        this.file = absolute;
        this.address = mongo.getLocalAddress();
    }

    /** Opens (or creates) the data file and listens on {@code bindAddress:port} (port 0: any free port). */
    public static LocalMongoServer start(String bindAddress, int port, Path file) throws IOException {
        return new LocalMongoServer(bindAddress, port, file);
    }

    /** The port actually bound. */
    public int port() {
        return address.getPort();
    }

    /** The H2 MVStore file holding every database. */
    public Path file() {
        return file;
    }

    /** {@code mongodb://host:port}, without a database name. */
    public String connectionString() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    /** Closes client connections, stops listening and closes the H2 store (writes pending changes). */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            server.shutdownNow();
        }
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(firstNonBlank(
                args.length > 0 ? args[0] : null, System.getenv("MONGODB_PORT"), String.valueOf(DEFAULT_PORT)));
        Path file = Path.of(
                firstNonBlank(args.length > 1 ? args[1] : null, System.getenv("MONGODB_DATA_FILE"), DEFAULT_FILE));
        String bind = firstNonBlank(System.getenv("MONGODB_BIND"), DEFAULT_BIND);

        LocalMongoServer mongo = start(bind, port, file);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            System.err.println("LocalMongoServer: shutting down, flushing " + mongo.file());
                            mongo.close();
                            System.err.println("LocalMongoServer: stopped");
                            stopped.countDown();
                        },
                        "local-mongo-stop"));
        System.err.println("LocalMongoServer: listening on " + mongo.connectionString() + " with data in "
                + mongo.file() + " (mongo-java-server, H2 backend)");
        stopped.await();
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        throw new IllegalArgumentException("no value");
    }
}
