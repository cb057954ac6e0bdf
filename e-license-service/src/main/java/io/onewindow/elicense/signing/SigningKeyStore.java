package io.onewindow.elicense.signing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The stored signing keys. Keys record no events: a key is written once, and later only its
 * {@code retiredAt} is set, so there is no outbox and no version to keep.
 */
@Component
class SigningKeyStore {

    private final MongoTemplate mongo;

    SigningKeyStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Optional<SigningKeyDocument> find(String keyId) {
        return Optional.ofNullable(mongo.findById(keyId, SigningKeyDocument.class));
    }

    /** The department's newest generation. */
    Optional<SigningKeyDocument> current(String department) {
        Query newest = Query.query(Criteria.where("department").is(department))
                .with(Sort.by("generation").descending())
                .limit(1);
        return Optional.ofNullable(mongo.findOne(newest, SigningKeyDocument.class));
    }

    /** Stores a new key; when another instance stored the same generation first, answers theirs. */
    SigningKeyDocument addOrExisting(SigningKeyDocument key) {
        try {
            mongo.insert(key);
            return key;
        } catch (DuplicateKeyException raced) {
            return mongo.findById(key.id(), SigningKeyDocument.class);
        }
    }

    void retire(String keyId, Instant at) {
        mongo.updateFirst(
                Query.query(Criteria.where("_id").is(keyId)), Update.update("retiredAt", at), SigningKeyDocument.class);
    }

    /** Every key ever made, newest first per department. */
    List<SigningKeyDocument> all() {
        return mongo.find(
                new Query()
                        .with(Sort.by("department")
                                .ascending()
                                .and(Sort.by("generation").descending())),
                SigningKeyDocument.class);
    }
}
