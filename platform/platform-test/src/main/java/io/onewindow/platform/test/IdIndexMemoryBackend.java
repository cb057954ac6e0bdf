package io.onewindow.platform.test;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * mongo-java-server's in-memory backend whose collections find the documents of a filter with an
 * {@code _id} equality (a value, {@code {$eq: v}} or {@code {$in: [...]}}) and other conditions
 * through the {@code _id} index, as MongoDB does, instead of scanning the collection.
 *
 * <p>mongo-java-server 1.47 uses an index only when the filter's keys are exactly the index's keys
 * ({@code {_id: v}}), so {@code {$and: [{_id: v}, {version: n}]}} (the aggregate store's
 * version-checked write, as the driver's {@code Filters.and} renders it) or the outbox relay's
 * claim and settle ({@code _id} or {@code _id $in} and the claim's fields) examined every document
 * of the collection. The {@code _id} condition is taken from the filter's top level or from a
 * clause of its top-level {@code $and}. Here the {@code _id} index gives the candidates and the whole filter is then
 * matched on them by the same matcher, with the same sort, skip, limit and projection, in the same
 * (natural) order as the scan: every answer is the one the plain {@link MemoryBackend} gives.
 * Finds, counts, distinct, updates (upserts included), deletes and findAndModify all go through
 * this one query path. Filters without a usable {@code _id} condition still scan: the server keeps
 * ignoring non-unique indexes, which MongoDB would use.
 */
final class IdIndexMemoryBackend extends MemoryBackend {

    private final LongAdder documentsExamined = new LongAdder();

    @Override
    public MemoryDatabase openOrCreateDatabase(String databaseName) {
        return new IdIndexDatabase(databaseName, getCursorRegistry());
    }

    /** Documents the query matcher has looked at since the server started, for tests. */
    long documentsExamined() {
        return documentsExamined.sum();
    }

    // An inner class: its constructor's super call already opens collections, and the enclosing
    // backend (with the counter) is set before it.
    private final class IdIndexDatabase extends MemoryDatabase {

        IdIndexDatabase(String databaseName, CursorRegistry cursorRegistry) {
            super(databaseName, cursorRegistry);
        }

        @Override
        protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
            return new IdIndexCollection(this, collectionName, options, cursorRegistry, documentsExamined);
        }
    }

    private static final class IdIndexCollection extends MemoryCollection {

        private final LongAdder documentsExamined;

        IdIndexCollection(
                MongoDatabase database,
                String collectionName,
                CollectionOptions options,
                CursorRegistry cursorRegistry,
                LongAdder documentsExamined) {
            super(database, collectionName, options, cursorRegistry);
            this.documentsExamined = documentsExamined;
        }

        @Override
        protected QueryResult queryDocuments(
                Document query, Document orderBy, int numberToSkip, int limit, int batchSize, Document fieldSelector) {
            Document idLookup = IdLookup.of(query, getIdField());
            if (idLookup != null && !anyIndexCanHandle(query)) {
                for (Index<Integer> index : getIndexes()) {
                    if (index.canHandle(idLookup)) {
                        List<Integer> positions = new ArrayList<>();
                        index.getPositions(idLookup).forEach(positions::add);
                        // The scan visits positions in ascending order ($natural: -1 descending): keep its order.
                        positions.sort(
                                isNaturalDescending(orderBy) ? Comparator.reverseOrder() : Comparator.naturalOrder());
                        return matchDocuments(query, positions, orderBy, numberToSkip, limit, batchSize, fieldSelector);
                    }
                }
            }
            return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }

        private boolean anyIndexCanHandle(Document query) {
            for (Index<Integer> index : getIndexes()) {
                if (index.canHandle(query)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        protected boolean documentMatchesQuery(Document document, Document query) {
            documentsExamined.increment();
            return super.documentMatchesQuery(document, query);
        }
    }

    /** The {@code _id} condition of a filter as a filter the {@code _id} index answers, if it has one. */
    static final class IdLookup {

        private IdLookup() {}

        /**
         * {@code {_id: v}} or {@code {_id: {$in: [...]}}} for a filter whose {@code _id} condition, at
         * the top or in a clause of a top-level {@code $and}, is a plain value, {@code {$eq: v}} or
         * {@code {$in: [...]}} of plain values; {@code null} for any other filter (no {@code _id},
         * {@code null}, arrays, regular expressions, other operators, {@code _id} only under
         * {@code $or} or {@code $nor}).
         */
        static Document of(Document query, String idField) {
            if (idField == null || query == null) {
                return null;
            }
            if (query.containsKey(idField)) {
                Document lookup = ofCondition(idField, query.get(idField));
                if (lookup != null) {
                    return lookup;
                }
            }
            // The driver's Filters.and renders {$and: [{_id: v}, ...]}: every clause must hold, so any
            // clause's _id condition narrows the whole filter.
            if (query.get("$and") instanceof Collection<?> clauses) {
                for (Object clause : clauses) {
                    if (clause instanceof Document clauseQuery) {
                        Document lookup = of(clauseQuery, idField);
                        if (lookup != null) {
                            return lookup;
                        }
                    }
                }
            }
            return null;
        }

        private static Document ofCondition(String idField, Object condition) {
            if (condition instanceof Document operators && hasOperator(operators)) {
                if (operators.size() != 1) {
                    return null;
                }
                if (operators.containsKey("$eq")) {
                    Object value = operators.get("$eq");
                    return isPlainValue(value) ? new Document(idField, value) : null;
                }
                if (operators.get("$in") instanceof Collection<?> values
                        && values.stream().allMatch(IdLookup::isPlainValue)) {
                    return new Document(idField, new Document("$in", new ArrayList<>(values)));
                }
                return null;
            }
            return isPlainValue(condition) ? new Document(idField, condition) : null;
        }

        private static boolean isPlainValue(Object value) {
            return value != null
                    && !(value instanceof Collection)
                    && !BsonRegularExpression.isRegularExpression(value)
                    && !containsOperator(value);
        }

        private static boolean hasOperator(Document document) {
            return document.keySet().stream().anyMatch(key -> key.startsWith("$"));
        }

        private static boolean containsOperator(Object value) {
            if (value instanceof Map<?, ?> map) {
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    if (String.valueOf(entry.getKey()).startsWith("$") || containsOperator(entry.getValue())) {
                        return true;
                    }
                }
            } else if (value instanceof Collection<?> values) {
                return values.stream().anyMatch(IdLookup::containsOperator);
            }
            return false;
        }
    }
}
