package io.onewindow.localinfra;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalMongoServerTest {

    @TempDir
    Path dir;

    @Test
    void dataWrittenThroughTheDriverSurvivesARestart() throws Exception {
        Path file = dir.resolve("data/mongo.mv");

        try (LocalMongoServer server = LocalMongoServer.start("127.0.0.1", 0, file);
                MongoClient client = MongoClients.create(server.connectionString())) {
            assertThat(server.port()).isPositive();
            MongoCollection<Document> bookings =
                    client.getDatabase("onewindow_appointment").getCollection("bookings");
            bookings.createIndex(Indexes.ascending("slotId", "idNumber"), new IndexOptions().unique(true));
            bookings.insertOne(new Document("_id", "b-1")
                    .append("slotId", "s-1")
                    .append("idNumber", "11010519491231002X")
                    .append("version", 1));
            bookings.updateOne(Filters.eq("_id", "b-1"), new Document("$inc", new Document("version", 1)));
        }
        assertThat(file).exists();

        try (LocalMongoServer server = LocalMongoServer.start("127.0.0.1", 0, file);
                MongoClient client = MongoClients.create(server.connectionString())) {
            Document ping = client.getDatabase("admin").runCommand(new Document("ping", 1));
            assertThat(ping.get("ok", Number.class).intValue()).isEqualTo(1);

            MongoCollection<Document> bookings =
                    client.getDatabase("onewindow_appointment").getCollection("bookings");
            Document found = bookings.find(Filters.eq("_id", "b-1")).first();
            assertThat(found).isNotNull();
            assertThat(found.getString("slotId")).isEqualTo("s-1");
            assertThat(found.getInteger("version")).isEqualTo(2);
            assertThat(client.listDatabaseNames().into(new java.util.ArrayList<>()))
                    .contains("onewindow_appointment");
        }
    }

    @Test
    void closeIsIdempotent() throws Exception {
        LocalMongoServer server = LocalMongoServer.start("127.0.0.1", 0, dir.resolve("twice.mv"));
        server.close();
        server.close();
    }
}
