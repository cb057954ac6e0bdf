package io.onewindow.elicense.license;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Serial numbers per type, issuer and year ({@code 2026000001}): an atomic {@code $inc} upsert,
 * so instances never hand out the same serial. A serial taken by an issuance that then lost a
 * race (duplicate event) leaves a gap, which the standard allows.
 */
@Component
class Serials {

    private final MongoTemplate mongo;

    Serials(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    String next(String typeCode, String issuerCode, int year) {
        String counter = typeCode + "." + issuerCode + "." + year;
        SerialCounter after = mongo.findAndModify(
                Query.query(Criteria.where("_id").is(counter)),
                new Update().inc("last", 1L),
                FindAndModifyOptions.options().upsert(true).returnNew(true),
                SerialCounter.class);
        return String.format("%04d%06d", year, after.last());
    }

    @Document("license_serials")
    record SerialCounter(@Id String id, long last) {}
}
