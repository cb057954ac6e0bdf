package io.onewindow.supervision.agency;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.onewindow.supervision.agency.domain.AgencyBar;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The bars ({@value #BARS}) and the intermediaries' names ({@value #INTERMEDIARIES}): projections of
 * appointment's register, written by upsert on the events' ids, so a replay changes nothing.
 */
@Component
class AgencyBarStore implements InitializingBean {

    static final String BARS = "agency_bars";
    static final String INTERMEDIARIES = "agency_intermediaries";

    /** The key of a bar on a whole intermediary. */
    private static final String WHOLE = "*";

    private final MongoOperations mongo;

    AgencyBarStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(BARS)
                .createIndex(new Index().on("barKey", Sort.Direction.ASC).on("suspendedAt", Sort.Direction.DESC));
    }

    void intermediary(String code, String name) {
        mongo.upsert(query(where("_id").is(code)), new Update().set("name", name), INTERMEDIARIES);
    }

    void suspended(String barId, String intermediaryCode, String agentUsername, String reason, String by, Instant at) {
        mongo.upsert(
                query(where("_id").is(barId)),
                new Update()
                        .set("barKey", key(intermediaryCode, agentUsername))
                        .set("intermediaryCode", intermediaryCode)
                        .set("agentUsername", agentUsername)
                        .set("reason", reason)
                        .set("suspendedBy", by)
                        .set("suspendedAt", Date.from(at)),
                BARS);
    }

    /** Lifts the current bars of that agent or intermediary imposed before {@code at}. */
    void lifted(String intermediaryCode, String agentUsername, String reason, String by, Instant at) {
        mongo.updateMulti(
                query(where("barKey")
                        .is(key(intermediaryCode, agentUsername))
                        .and("liftedAt")
                        .exists(false)
                        .and("suspendedAt")
                        .lte(Date.from(at))),
                new Update().set("liftReason", reason).set("liftedBy", by).set("liftedAt", Date.from(at)),
                BARS);
    }

    /** The bars, newest first; only current ones, only lifted ones, or all ({@code current} null). */
    List<AgencyBar> bars(Boolean current, String intermediaryCode) {
        Criteria criteria = new Criteria();
        if (current != null) {
            criteria = current
                    ? where("liftedAt").exists(false)
                    : where("liftedAt").exists(true);
        }
        if (intermediaryCode != null) {
            criteria = criteria.and("intermediaryCode").is(intermediaryCode);
        }
        List<Document> found = mongo.find(
                new Query(criteria)
                        .with(Sort.by(Sort.Direction.DESC, "suspendedAt").and(Sort.by("_id"))),
                Document.class,
                BARS);
        Map<String, String> names = mongo
                .find(
                        query(where("_id")
                                .in(found.stream()
                                        .map(d -> d.getString("intermediaryCode"))
                                        .distinct()
                                        .toList())),
                        Document.class,
                        INTERMEDIARIES)
                .stream()
                .filter(d -> d.getString("name") != null)
                .collect(Collectors.toMap(d -> d.getString("_id"), d -> d.getString("name")));
        return found.stream()
                .map(d -> new AgencyBar(
                        d.getString("_id"),
                        d.getString("intermediaryCode"),
                        names.get(d.getString("intermediaryCode")),
                        d.getString("agentUsername"),
                        d.getString("reason"),
                        d.getString("suspendedBy"),
                        instant(d.getDate("suspendedAt")),
                        d.getString("liftReason"),
                        d.getString("liftedBy"),
                        instant(d.getDate("liftedAt"))))
                .toList();
    }

    private static String key(String intermediaryCode, String agentUsername) {
        return intermediaryCode + "|" + (agentUsername == null ? WHOLE : agentUsername);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
