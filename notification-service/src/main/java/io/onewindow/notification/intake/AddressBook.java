package io.onewindow.notification.intake;

import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Who is to be told about a case, a license or a complaint, learnt from the events that name them
 * (the case's submission and approval, the license's issue, an online complaint's filing about the
 * complainant's own case or booking), in {@code addressees}: {@code _id} {@code case:<caseId>},
 * {@code license:<licenseId>} or {@code complaint:<complaintId>}, {@code keys} the inbox keys. Adding is
 * naturally idempotent ({@code $addToSet}), so a redelivered event changes nothing.
 */
@Component
class AddressBook {

    static final String COLLECTION = "addressees";

    private final MongoTemplate mongo;

    AddressBook(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void learnCase(String caseId, List<String> keys) {
        learn("case:" + caseId, keys);
    }

    void learnLicense(String licenseId, List<String> keys) {
        learn("license:" + licenseId, keys);
    }

    void learnComplaint(String complaintId, List<String> keys) {
        learn("complaint:" + complaintId, keys);
    }

    List<String> ofComplaint(String complaintId) {
        return keys("complaint:" + complaintId);
    }

    List<String> ofCase(String caseId) {
        return caseId == null ? List.of() : keys("case:" + caseId);
    }

    List<String> ofLicense(String licenseId) {
        return keys("license:" + licenseId);
    }

    private void learn(String id, List<String> keys) {
        List<String> present =
                keys.stream().filter(k -> k != null && !k.isBlank()).toList();
        if (present.isEmpty()) {
            return;
        }
        mongo.upsert(
                Query.query(Criteria.where("_id").is(id)),
                new Update().addToSet("keys").each(present.toArray()),
                COLLECTION);
    }

    private List<String> keys(String id) {
        Document found = mongo.findById(id, Document.class, COLLECTION);
        return found == null ? List.of() : found.getList("keys", String.class, List.of());
    }
}
