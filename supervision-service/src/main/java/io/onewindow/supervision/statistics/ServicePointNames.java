package io.onewindow.supervision.statistics;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.onewindow.platform.events.appointment.ServicePointRecorded;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The halls' Chinese names for the statistics, from appointment's registry ({@code ServicePointRecorded}),
 * one document per point in {@value #COLLECTION}; only a higher registry version replaces the stored one.
 */
@Component
public class ServicePointNames {

    static final String COLLECTION = "service_point_names";

    private final MongoOperations mongo;

    ServicePointNames(MongoOperations mongo) {
        this.mongo = mongo;
    }

    public void recorded(ServicePointRecorded point) {
        try {
            mongo.upsert(
                    query(where("_id")
                            .is(point.servicePointId())
                            .orOperator(
                                    where("version").lt(point.version()),
                                    where("version").exists(false))),
                    new Update().set("version", point.version()).set("name", point.name()),
                    COLLECTION);
        } catch (DuplicateKeyException newerStored) {
            // The same or a newer version is stored already: it stays.
        }
    }

    /** Every known hall's name by id. */
    public Map<String, String> all() {
        Map<String, String> names = new TreeMap<>();
        for (Document d : mongo.findAll(Document.class, COLLECTION)) {
            if (d.getString("name") != null) {
                names.put(d.getString("_id"), d.getString("name"));
            }
        }
        return names;
    }
}
