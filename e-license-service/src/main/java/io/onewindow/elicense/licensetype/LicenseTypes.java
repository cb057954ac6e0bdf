package io.onewindow.elicense.licensetype;

import io.onewindow.elicense.licensetype.domain.LicenseType;
import io.onewindow.platform.domain.NotFoundException;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** The catalog of license types this service issues. */
@Service
public class LicenseTypes {

    private final MongoTemplate mongo;

    LicenseTypes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<LicenseType> find(String code) {
        return Optional.ofNullable(mongo.findById(code, TypeDocument.class)).map(TypeDocument::toDomain);
    }

    public LicenseType get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("license-type", code));
    }

    public List<LicenseType> all() {
        return mongo.find(new Query().with(Sort.by("_id")), TypeDocument.class).stream()
                .map(TypeDocument::toDomain)
                .toList();
    }

    /** Creates or replaces the type with the same code (idempotent: used by demo seeding). */
    public void define(LicenseType type) {
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
