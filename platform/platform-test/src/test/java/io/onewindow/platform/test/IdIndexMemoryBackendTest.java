package io.onewindow.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.WriteModel;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The test server's {@code _id} lookups: every answer equals plain mongo-java-server's
 * ({@link MemoryBackend}) for the same data and command, and a filter with an {@code _id}
 * equality examines only the documents the {@code _id} index gives.
 */
class IdIndexMemoryBackendTest {

    private static final Document EMBEDDED_ID = new Document("dept", "d1").append("n", 1);

    private static MongoServer plainServer;
    private static MongoServer indexedServer;
    private static IdIndexMemoryBackend indexedBackend;
    private static MongoClient plainClient;
    private static MongoClient indexedClient;
    private static int collectionNumber;

    private MongoCollection<Document> plain;
    private MongoCollection<Document> indexed;

    @BeforeAll
    static void startBothServers() {
        plainServer = new MongoServer(new MemoryBackend());
        indexedBackend = new IdIndexMemoryBackend();
        indexedServer = new MongoServer(indexedBackend);
        plainClient = MongoClients.create(connectionString(plainServer));
        indexedClient = MongoClients.create(connectionString(indexedServer));
    }

    private static String connectionString(MongoServer server) {
        server.bind("127.0.0.1", 0);
        return "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
    }

    @AfterAll
    static void stopBothServers() {
        plainClient.close();
        indexedClient.close();
        plainServer.shutdownNow();
        indexedServer.shutdownNow();
    }

    @BeforeEach
    void sameDocumentsOnBothServers() {
        String name = "timelines" + (++collectionNumber);
        plain = plainClient.getDatabase("test").getCollection(name);
        indexed = indexedClient.getDatabase("test").getCollection(name);
        for (MongoCollection<Document> collection : List.of(plain, indexed)) {
            // Inserted out of _id order, one removed and its place reused, so natural order is not _id order.
            collection.insertMany(List.of(
                    timeline("c5", 1, "h1"),
                    timeline("c3", 2, "h2"),
                    timeline("c9", 3, "h1"),
                    timeline("gone", 1, "h1"),
                    timeline("c1", 1, "h1"),
                    timeline("c4", 4, "h2"),
                    new Document("_id", EMBEDDED_ID).append("version", 1).append("holder", "h2"),
                    new Document("_id", 7).append("version", 1).append("holder", "h3")));
            collection.deleteOne(new Document("_id", "gone"));
            collection.insertOne(timeline("c2", 5, "h1"));
        }
    }

    private static Document timeline(String id, int version, String holder) {
        return new Document("_id", id).append("version", version).append("holder", holder);
    }

    static List<Arguments> queries() {
        Document inFour = new Document("$in", List.of("c9", "c1", "nope", "c2", "c5"));
        return List.of(
                Arguments.of(
                        "_id and version that match",
                        new Document("_id", "c3").append("version", 2),
                        null,
                        List.of("c3")),
                Arguments.of(
                        "_id and a stale version", new Document("_id", "c3").append("version", 1), null, List.of()),
                Arguments.of("$eq alone", new Document("_id", new Document("$eq", "c3")), null, List.of("c3")),
                Arguments.of(
                        "$eq and a field",
                        new Document("_id", new Document("$eq", "c4")).append("holder", "h2"),
                        null,
                        List.of("c4")),
                Arguments.of(
                        "$eq and a field that does not match",
                        new Document("_id", new Document("$eq", "c4")).append("holder", "h1"),
                        null,
                        List.of()),
                Arguments.of(
                        "$in and a field, natural order",
                        new Document("_id", inFour).append("holder", "h1"),
                        null,
                        List.of("c5", "c9", "c2", "c1")),
                Arguments.of(
                        "$in and a field, natural order descending",
                        new Document("_id", inFour).append("holder", "h1"),
                        new Document("$natural", -1),
                        List.of("c1", "c2", "c9", "c5")),
                Arguments.of(
                        "$in and a field, sorted by version",
                        new Document("_id", inFour).append("holder", "h1"),
                        new Document("version", -1),
                        List.of("c2", "c9", "c5", "c1")),
                Arguments.of("$in alone", new Document("_id", inFour), null, List.of("c1", "c2", "c5", "c9")),
                Arguments.of(
                        "empty $in and a field",
                        new Document("_id", new Document("$in", List.of())).append("holder", "h1"),
                        null,
                        List.of()),
                Arguments.of(
                        "an embedded document as _id and a field",
                        new Document("_id", EMBEDDED_ID).append("holder", "h2"),
                        null,
                        List.of(EMBEDDED_ID)),
                Arguments.of(
                        "an embedded document as _id and a field that does not match",
                        new Document("_id", EMBEDDED_ID).append("holder", "h1"),
                        null,
                        List.of()),
                Arguments.of(
                        "a number _id asked as another number type",
                        new Document("_id", 7.0).append("version", 1L),
                        null,
                        List.of(7)),
                Arguments.of("no _id", new Document("holder", "h1"), null, List.of("c5", "c9", "c2", "c1")),
                Arguments.of(
                        "_id with another operator",
                        new Document("_id", new Document("$gt", "c3")).append("holder", "h1"),
                        null,
                        List.of("c5", "c9")),
                Arguments.of("_id null and a field", new Document("_id", null).append("holder", "h1"), null, List.of()),
                Arguments.of(
                        "$and of _id and version that match, as Filters.and renders it",
                        and(new Document("_id", "c3"), new Document("version", 2)),
                        null,
                        List.of("c3")),
                Arguments.of(
                        "$and of _id and a stale version",
                        and(new Document("_id", "c3"), new Document("version", 1)),
                        null,
                        List.of()),
                Arguments.of(
                        "$and of $in and a nested $and with an $or, as the relay's claim",
                        and(
                                new Document("_id", inFour),
                                and(
                                        new Document("holder", "h1"),
                                        new Document(
                                                "$or",
                                                List.of(
                                                        new Document("claim", null),
                                                        new Document("version", new Document("$gte", 3)))))),
                        null,
                        List.of("c5", "c9", "c2", "c1")),
                Arguments.of(
                        "$and of two different _id values",
                        and(new Document("_id", "c3"), new Document("_id", "c4")),
                        null,
                        List.of()),
                Arguments.of(
                        "_id only under an $or",
                        new Document("$or", List.of(new Document("_id", "c3"), new Document("holder", "h3"))),
                        null,
                        List.of("c3", 7)),
                Arguments.of(
                        "_id and an $or",
                        new Document("_id", "c3")
                                .append("$or", List.of(new Document("version", 1), new Document("version", 2))),
                        null,
                        List.of("c3")));
    }

    private static Document and(Document... clauses) {
        return new Document("$and", List.of(clauses));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void findsWhatPlainMongoJavaServerFinds(String description, Document filter, Document sort, List<Object> ids) {
        List<Document> expected = plain.find(filter).sort(sort).into(new ArrayList<>());

        assertThat(indexed.find(filter).sort(sort).into(new ArrayList<>())).isEqualTo(expected);
        assertThat(expected).extracting(document -> document.get("_id")).containsExactlyElementsOf(ids);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void countsSkipsLimitsAndProjectsAsPlainMongoJavaServer(
            String description, Document filter, Document sort, List<Object> ids) {
        Function<MongoCollection<Document>, List<Object>> answers = collection -> List.of(
                collection.countDocuments(filter),
                collection.find(filter).sort(sort).skip(1).limit(2).into(new ArrayList<>()),
                collection.find(filter).sort(sort).limit(1).into(new ArrayList<>()),
                collection
                        .find(filter)
                        .sort(sort)
                        .projection(new Document("holder", 1))
                        .into(new ArrayList<>()));

        assertThat(answers.apply(indexed)).isEqualTo(answers.apply(plain));
        assertThat(answers.apply(plain).get(0)).isEqualTo((long) ids.size());
    }

    @Test
    void writesAsPlainMongoJavaServer() {
        Function<MongoCollection<Document>, List<Object>> writes = collection -> {
            List<Object> outcomes = new ArrayList<>();
            Bson bump = new Document("$inc", new Document("version", 1)).append("$set", new Document("holder", "h9"));
            outcomes.add(collection
                    .updateOne(new Document("_id", "c3").append("version", 2), bump)
                    .toString());
            outcomes.add(collection
                    .updateOne(new Document("_id", "c3").append("version", 2), bump)
                    .toString());
            outcomes.add(outcome(() -> collection.replaceOne(
                    new Document("_id", "new").append("version", 0),
                    timeline("new", 1, "h1"),
                    new ReplaceOptions().upsert(true))));
            outcomes.add(collection
                    .updateMany(
                            and(
                                    new Document("_id", new Document("$in", List.of("c1", "c5", "c9", "c4"))),
                                    new Document("holder", "h1")),
                            new Document("$set", new Document("claim", "t1")))
                    .toString());
            outcomes.add(collection.findOneAndUpdate(
                    new Document("_id", "c5").append("claim", "t1"),
                    new Document("$unset", new Document("claim", "")),
                    new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)));
            outcomes.add(collection.findOneAndUpdate(
                    new Document("_id", "c5").append("claim", "t1"),
                    new Document("$unset", new Document("claim", ""))));
            outcomes.add(collection.findOneAndDelete(new Document("_id", "c2").append("version", 5)));
            outcomes.add(collection
                    .deleteOne(new Document("_id", "c1").append("version", 99))
                    .getDeletedCount());
            outcomes.add(collection
                    .deleteOne(new Document("_id", "c1").append("version", 1))
                    .getDeletedCount());
            outcomes.add(collection
                    .deleteMany(new Document("_id", new Document("$in", List.of("c9", "c4"))).append("claim", "t1"))
                    .getDeletedCount());
            outcomes.add(collection.find().into(new ArrayList<>()));
            return outcomes;
        };

        List<Object> expected = writes.apply(plain);

        assertThat(writes.apply(indexed)).isEqualTo(expected);
        assertThat(expected.get(0).toString()).contains("matchedCount=1");
        assertThat(expected.get(1).toString()).contains("matchedCount=0");
        assertThat(expected.get(8)).isEqualTo(1L);
    }

    @Test
    void refusesAnUpsertOnAStaleVersionAsADuplicateKeyLikePlainMongoJavaServer() {
        Function<MongoCollection<Document>, List<Object>> writes = collection -> List.of(
                outcome(() -> collection.replaceOne(
                        new Document("_id", "c4").append("version", 3),
                        timeline("c4", 4, "h7"),
                        new ReplaceOptions().upsert(true))),
                outcome(() -> collection.bulkWrite(
                        List.<WriteModel<Document>>of(
                                new ReplaceOneModel<>(
                                        new Document("_id", "c3").append("version", 2),
                                        timeline("c3", 3, "h8"),
                                        new ReplaceOptions().upsert(true)),
                                new ReplaceOneModel<>(
                                        and(new Document("_id", "c9"), new Document("version", 1)),
                                        timeline("c9", 2, "h8"),
                                        new ReplaceOptions().upsert(true)),
                                new UpdateOneModel<>(
                                        new Document("_id", "c5").append("version", 1),
                                        new Document("$set", new Document("holder", "h8")))),
                        new BulkWriteOptions().ordered(false))),
                collection.find().into(new ArrayList<>()));

        List<Object> expected = writes.apply(plain);

        assertThat(writes.apply(indexed)).isEqualTo(expected);
        assertThat(expected.get(0).toString()).contains("E11000");
        assertThat(expected.get(1).toString()).contains("index=1").contains("E11000");
    }

    @Test
    void examinesOnlyTheDocumentsTheIdIndexGives() {
        MongoCollection<Document> large = indexedClient.getDatabase("test").getCollection("large");
        int size = 20_000;
        large.insertMany(IntStream.range(0, size)
                .mapToObj(n ->
                        new Document("_id", "doc-" + n).append("version", n % 3).append("n", n))
                .toList());

        assertThat(examined(() -> large.find(new Document("_id", "doc-12345").append("version", 0))
                        .first()))
                .isEqualTo(1);
        assertThat(examined(() -> large.updateOne(
                        new Document("_id", "doc-777").append("version", 0),
                        new Document("$inc", new Document("version", 1)))))
                .isEqualTo(1);
        assertThat(examined(() -> large.find(new Document("_id", new Document("$in", List.of("doc-1", "doc-2", "x")))
                                .append("n", new Document("$gte", 0)))
                        .into(new ArrayList<>())))
                .isEqualTo(2);
        assertThat(examined(() -> large.deleteOne(new Document("_id", "doc-5").append("version", 2))))
                .isEqualTo(1);
        assertThat(examined(() -> large.replaceOne(
                        and(new Document("_id", "doc-9"), new Document("version", 0)),
                        new Document("version", 1).append("n", 9),
                        new ReplaceOptions().upsert(true))))
                .isEqualTo(1);
        // Without an _id condition the server still scans every document.
        assertThat(examined(() -> large.find(new Document("n", 12_345)).into(new ArrayList<>())))
                .isEqualTo(size - 1);
    }

    private static long examined(Runnable command) {
        long before = indexedBackend.documentsExamined();
        command.run();
        return indexedBackend.documentsExamined() - before;
    }

    private static Object outcome(Supplier<Object> write) {
        try {
            return write.get().toString();
        } catch (MongoBulkWriteException e) {
            return "bulk " + e.getWriteResult() + " " + e.getWriteErrors();
        } catch (MongoWriteException e) {
            return "error " + e.getError();
        }
    }
}
