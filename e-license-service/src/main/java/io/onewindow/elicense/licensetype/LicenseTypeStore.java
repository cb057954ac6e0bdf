package io.onewindow.elicense.licensetype;

import io.onewindow.elicense.licensetype.domain.LicenseType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The stored license types. A type records no events and is replaced whole when redefined, so it
 * needs no outbox and no version.
 */
@Component
class LicenseTypeStore {

    private final MongoTemplate mongo;

    LicenseTypeStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Optional<LicenseType> find(String code) {
        return Optional.ofNullable(mongo.findById(code, TypeDocument.class)).map(TypeDocument::toDomain);
    }

    List<LicenseType> all() {
        return mongo.find(new Query().with(Sort.by("_id")), TypeDocument.class).stream()
                .map(TypeDocument::toDomain)
                .toList();
    }

    /** Creates or replaces the type with the same code. */
    void put(LicenseType type) {
        mongo.findAndReplace(
                Query.query(Criteria.where("_id").is(type.code())),
                TypeDocument.of(type),
                FindAndReplaceOptions.options().upsert());
    }

    @Document("license_types")
    record TypeDocument(
            @Id String code,
            String name,
            String definingBody,
            String department,
            String issuerName,
            String issuerCode,
            int validityYears,
            List<String> faceFields) {

        static TypeDocument of(LicenseType type) {
            return new TypeDocument(
                    type.code(),
                    type.name(),
                    type.definingBody(),
                    type.department(),
                    type.issuerName(),
                    type.issuerCode(),
                    type.validityYears(),
                    type.faceFields());
        }

        LicenseType toDomain() {
            return new LicenseType(
                    code, name, definingBody, department, issuerName, issuerCode, validityYears, faceFields);
        }
    }
}
