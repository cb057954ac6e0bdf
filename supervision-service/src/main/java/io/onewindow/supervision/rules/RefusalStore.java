package io.onewindow.supervision.rules;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.onewindow.supervision.rules.domain.Refusal;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The refusals other services reported ({@value #COLLECTION}): a projection, one document per
 * refusal id, written by upsert, so an event applied again changes nothing.
 */
@Component
class RefusalStore implements InitializingBean {

    static final String COLLECTION = "refusals";

    private final MongoOperations mongo;

    RefusalStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(COLLECTION)
                .createIndex(new Index().on("actor", Sort.Direction.ASC).on("at", Sort.Direction.ASC));
    }

    void add(Refusal r) {
        mongo.upsert(
                query(where("_id").is(r.kind() + ":" + r.refusalId())),
                new Update()
                        .set("refusalId", r.refusalId())
                        .set("eventId", r.eventId())
                        .set("kind", r.kind())
                        .set("actor", r.actor())
                        .set("department", r.department())
                        .set("target", r.target())
                        .set("reason", r.reason())
                        .set("at", Date.from(r.at())),
                COLLECTION);
    }

    /** One actor's refusals of these kinds from {@code from} to {@code to}, both included. */
    List<Refusal> of(String actor, Collection<String> kinds, Instant from, Instant to) {
        return mongo
                .find(
                        query(where("actor")
                                        .is(actor)
                                        .and("kind")
                                        .in(kinds)
                                        .and("at")
                                        .gte(Date.from(from))
                                        .lte(Date.from(to)))
                                .with(Sort.by("at", "_id")),
                        Document.class,
                        COLLECTION)
                .stream()
                .map(d -> new Refusal(
                        d.getString("refusalId"),
                        d.getString("eventId"),
                        d.getString("kind"),
                        d.getString("actor"),
                        d.getString("department"),
                        d.getString("target"),
                        d.getString("reason"),
                        d.getDate("at").toInstant()))
                .toList();
    }
}
