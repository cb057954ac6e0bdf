package io.onewindow.supervision.feedback;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The departments learned from approval's registry ({@code DepartmentRecorded}), one document per
 * department code in {@value #COLLECTION}; only a higher version replaces the stored one, so a late
 * or replayed older event changes nothing.
 */
@Component
class DepartmentStore {

    static final String COLLECTION = "departments";

    private final MongoOperations mongo;

    DepartmentStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    void save(String code, long version, String name, boolean active) {
        try {
            mongo.upsert(
                    query(where("_id")
                            .is(code)
                            .orOperator(
                                    where("version").lt(version),
                                    where("version").exists(false))),
                    new Update().set("version", version).set("name", name).set("active", active),
                    COLLECTION);
        } catch (DuplicateKeyException newerStored) {
            // The same or a newer version is stored already: it stays.
        }
    }

    /** The stored departments' names by code. */
    java.util.Map<String, String> names() {
        java.util.Map<String, String> names = new java.util.TreeMap<>();
        for (org.bson.Document d : mongo.findAll(org.bson.Document.class, COLLECTION)) {
            if (d.getString("name") != null) {
                names.put(d.getString("_id"), d.getString("name"));
            }
        }
        return names;
    }

    boolean exists(String code) {
        return code != null && mongo.exists(query(where("_id").is(code)), COLLECTION);
    }
}
