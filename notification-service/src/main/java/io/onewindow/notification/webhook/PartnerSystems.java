package io.onewindow.notification.webhook;

import io.onewindow.platform.events.approval.DepartmentRecorded;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Which Keycloak client is each department's registered partner system, learnt from approval-service's
 * department registry ({@code DepartmentRecorded}: the highest {@code version} per department wins), in
 * {@code webhook_partner_systems}: {@code _id} the department code, {@code partnerClientId}, {@code active},
 * {@code version}. An older or repeated event changes nothing.
 */
@Component
class PartnerSystems {

    static final String COLLECTION = "webhook_partner_systems";

    private final MongoTemplate mongo;

    PartnerSystems(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void record(DepartmentRecorded department) {
        try {
            mongo.upsert(
                    Query.query(Criteria.where("_id")
                            .is(department.code())
                            .and("version")
                            .lt(department.version())),
                    new Update()
                            .set("partnerClientId", department.partnerClientId())
                            .set("active", department.active())
                            .set("version", department.version()),
                    COLLECTION);
        } catch (DuplicateKeyException newerKnown) {
            // the department is known at this or a higher version: nothing to learn
        }
    }

    /** The registered partner system of an active {@code department}, if it has one. */
    Optional<String> of(String department) {
        Document found = mongo.findById(department, Document.class, COLLECTION);
        if (found == null || !Boolean.TRUE.equals(found.getBoolean("active"))) {
            return Optional.empty();
        }
        return Optional.ofNullable(found.getString("partnerClientId"));
    }
}
