package io.onewindow.appointment.catalog;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.onewindow.appointment.catalog.domain.CatalogMatter;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * This service's copy of the catalog: per matter the latest published version. A projection of
 * approval-service's events (no events of its own), written by one conditional upsert, so an older
 * version arriving late, or the same one redelivered, changes nothing.
 */
@Component
class CatalogMatterStore {

    private final MongoTemplate mongo;

    CatalogMatterStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Optional<CatalogMatter> find(String code) {
        return Optional.ofNullable(mongo.findById(code, CatalogMatterDocument.class))
                .map(CatalogMatterDocument::toDomain);
    }

    List<CatalogMatter> all() {
        return mongo.findAll(CatalogMatterDocument.class).stream()
                .map(CatalogMatterDocument::toDomain)
                .toList();
    }

    /** Keeps {@code matter} unless a version as new or newer is kept; answers whether it was kept. */
    boolean keepIfNewer(CatalogMatter matter) {
        Update update = new Update()
                .set("version", matter.version())
                .set("name", matter.name())
                .set("department", matter.department())
                .set("servicePoints", matter.servicePoints());
        try {
            // Matches only an older version (or none: then inserted); a newer one makes the upsert
            // try to insert a second document with the same id, which the unique _id refuses.
            mongo.upsert(
                    query(where("_id").is(matter.code()).and("version").lt(matter.version())),
                    update,
                    CatalogMatterDocument.class);
            return true;
        } catch (DuplicateKeyException newerKept) {
            return false;
        }
    }
}
