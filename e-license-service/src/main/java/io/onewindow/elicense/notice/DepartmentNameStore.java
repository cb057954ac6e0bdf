package io.onewindow.elicense.notice;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.onewindow.elicense.ELicenseServiceApplication;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Department names learned from approval's registry ({@code DepartmentRecorded}), one document per
 * department code; only a higher version replaces the stored one, so a late older event changes
 * nothing.
 */
@Component
class DepartmentNameStore {

    private final MongoTemplate mongo;

    DepartmentNameStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void save(String code, long version, String name) {
        try {
            mongo.upsert(
                    query(where("_id")
                            .is(code)
                            .orOperator(
                                    where("version").lt(version),
                                    where("version").exists(false))),
                    new Update().set("version", version).set("name", name),
                    ELicenseServiceApplication.NOTICE_DEPARTMENTS);
        } catch (DuplicateKeyException newerStored) {
            // A newer name is stored already: it stays.
        }
    }

    /** The department's Chinese name, if the registry told it. */
    Optional<String> nameOf(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Document stored = mongo.findById(code, Document.class, ELicenseServiceApplication.NOTICE_DEPARTMENTS);
        return Optional.ofNullable(stored).map(d -> d.getString("name"));
    }
}
