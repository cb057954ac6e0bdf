package io.onewindow.platform.mongo;

import com.mongodb.client.MongoClient;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * MongoDB health by {@code {ping: 1}}, which every server speaking the wire protocol
 * answers. Boot's own indicator sends {@code hello}, which mongo-java-server lacks, so the
 * embedded default would always look DOWN.
 */
public class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private final MongoClient client;
    private final String database;

    public MongoPingHealthIndicator(MongoClient client, String database) {
        super("MongoDB health check failed");
        this.client = client;
        this.database = database;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document answer = client.getDatabase(database).runCommand(new Document("ping", 1));
        Object ok = answer.get("ok");
        if (ok instanceof Number number && number.doubleValue() == 1.0) {
            builder.up().withDetail("database", database);
        } else {
            builder.down().withDetail("answer", answer.toJson());
        }
    }
}
