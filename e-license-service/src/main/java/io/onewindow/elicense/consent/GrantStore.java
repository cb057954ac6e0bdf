package io.onewindow.elicense.consent;

import io.onewindow.elicense.consent.domain.Grant;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;

/**
 * Stored grants, looked up by license. A grant records no events and is written whole (a
 * withdrawal replaces the record), so it needs no outbox and no version.
 */
@Component
class GrantStore {

    private final MongoTemplate mongo;

    GrantStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(GrantDocument.class).createIndex(new Index("licenseId", Sort.Direction.ASC).named("licenseId"));
    }

    void save(Grant grant) {
        mongo.save(GrantDocument.of(grant));
    }

    /** One page of the grants on a license, counted with the same filter. */
    Page<Grant> ofLicense(String licenseId, Pageable page) {
        Query filter = Query.query(Criteria.where("licenseId").is(licenseId));
        List<Grant> content = mongo.find(Query.of(filter).with(page), GrantDocument.class).stream()
                .map(GrantDocument::toDomain)
                .toList();
        return PageableExecutionUtils.getPage(content, page, () -> mongo.count(filter, GrantDocument.class));
    }

    List<Grant> ofLicense(String licenseId) {
        return mongo
                .find(
                        Query.query(Criteria.where("licenseId").is(licenseId))
                                .with(Sort.by("createdAt").descending()),
                        GrantDocument.class)
                .stream()
                .map(GrantDocument::toDomain)
                .toList();
    }

    Optional<Grant> find(String id) {
        return Optional.ofNullable(mongo.findById(id, GrantDocument.class)).map(GrantDocument::toDomain);
    }

    @Document("license_grants")
    record GrantDocument(
            @Id String id,
            String licenseId,
            String holderCode,
            String department,
            String purpose,
            Instant validUntil,
            Instant createdAt,
            Instant withdrawnAt) {

        static GrantDocument of(Grant g) {
            return new GrantDocument(
                    g.id(),
                    g.licenseId(),
                    g.holderCode(),
                    g.department(),
                    g.purpose(),
                    g.validUntil(),
                    g.createdAt(),
                    g.withdrawnAt());
        }

        Grant toDomain() {
            return new Grant(id, licenseId, holderCode, department, purpose, validUntil, createdAt, withdrawnAt);
        }
    }
}
