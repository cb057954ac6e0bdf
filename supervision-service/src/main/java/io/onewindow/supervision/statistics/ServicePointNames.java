package io.onewindow.supervision.statistics;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.onewindow.platform.events.appointment.ServicePointRecorded;
import io.onewindow.supervision.patrols.PatrolHalls;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The halls' Chinese names for the statistics, from appointment's registry ({@code ServicePointRecorded}),
 * one document per point in {@value #COLLECTION}, with the department each department window serves (the
 * patrol observations name a hall and window); only a higher registry version replaces the stored one.
 */
@Component
public class ServicePointNames implements PatrolHalls {

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
                    new Update()
                            .set("version", point.version())
                            .set("name", point.name())
                            .set("windowDepartments", windowDepartments(point)),
                    COLLECTION);
        } catch (DuplicateKeyException newerStored) {
            // The same or a newer version is stored already: it stays.
        }
    }

    // Window number → the department a department window serves (a comprehensive window serves none).
    private static Document windowDepartments(ServicePointRecorded point) {
        Document departments = new Document();
        point.windows().stream()
                .filter(w -> w.number() != null && w.department() != null && !w.comprehensive())
                .filter(w -> !w.number().contains(".") && !w.number().startsWith("$"))
                .forEach(w -> departments.put(w.number(), w.department()));
        return departments;
    }

    @Override
    public boolean isKnown(String servicePointId) {
        return servicePointId != null && mongo.exists(query(where("_id").is(servicePointId)), COLLECTION);
    }

    /**
     * The department a hall's window serves, if the registry says so: empty for a comprehensive window,
     * an unknown window or hall, or a point recorded before windows were kept here.
     */
    @Override
    public Optional<String> departmentOfWindow(String servicePointId, String window) {
        if (servicePointId == null || window == null) {
            return Optional.empty();
        }
        Document point = mongo.findOne(query(where("_id").is(servicePointId)), Document.class, COLLECTION);
        Document departments = point == null ? null : point.get("windowDepartments", Document.class);
        return departments == null ? Optional.empty() : Optional.ofNullable(departments.getString(window));
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
