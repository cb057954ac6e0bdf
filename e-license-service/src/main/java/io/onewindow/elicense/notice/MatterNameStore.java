package io.onewindow.elicense.notice;

import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Matter names learned from {@code MatterVersionPublished}, per version. */
@Component
class MatterNameStore {

    private final MongoTemplate mongo;

    MatterNameStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(MatterNameDocument.class)
                .createIndex(new Index("matterCode", Sort.Direction.ASC)
                        .on("version", Sort.Direction.DESC)
                        .named("matter_version"));
    }

    void save(String matterCode, int version, String name) {
        mongo.save(new MatterNameDocument(MatterNameDocument.idOf(matterCode, version), matterCode, version, name));
    }

    /** The name of that version, else of the newest version known, else none. */
    Optional<String> nameOf(String matterCode, Integer version) {
        if (matterCode == null) {
            return Optional.empty();
        }
        if (version != null) {
            MatterNameDocument exact =
                    mongo.findById(MatterNameDocument.idOf(matterCode, version), MatterNameDocument.class);
            if (exact != null) {
                return Optional.ofNullable(exact.name());
            }
        }
        return Optional.ofNullable(mongo.findOne(
                        Query.query(Criteria.where("matterCode").is(matterCode))
                                .with(Sort.by("version").descending()),
                        MatterNameDocument.class))
                .map(MatterNameDocument::name);
    }
}
