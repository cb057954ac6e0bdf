package io.onewindow.approval.servicepoint;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.mongodb.client.result.UpdateResult;
import io.onewindow.approval.ApprovalServiceApplication;
import io.onewindow.approval.servicepoint.domain.KnownServicePoint;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * approval's copy of the service point registry ({@value #COLLECTION}), one document per point
 * keyed by its id. A write lands only on an older stored version (or none): an older version
 * arriving late, or the same one again, changes nothing.
 */
@Component
class KnownServicePointStore {

    static final String COLLECTION = ApprovalServiceApplication.KNOWN_SERVICE_POINTS;

    private final MongoOperations mongo;

    KnownServicePointStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /**
     * Stores {@code point} unless a version as new or newer is stored.
     *
     * @return whether it was stored
     */
    boolean keepNewest(KnownServicePoint point) {
        Criteria olderOrNone = new Criteria()
                .andOperator(
                        where("_id").is(point.id()),
                        new Criteria()
                                .orOperator(
                                        where("version").lt(point.version()),
                                        where("version").exists(false)));
        Update update = new Update()
                .set("version", point.version())
                .set("name", point.name())
                .set("tier", point.tier())
                .set("open", point.open())
                .set(
                        "windows",
                        point.windows().stream()
                                .map(KnownServicePointStore::window)
                                .toList())
                .set(
                        "offers",
                        point.offers().stream()
                                .map(KnownServicePointStore::offer)
                                .toList());
        try {
            UpdateResult result = mongo.upsert(query(olderOrNone), update, COLLECTION);
            return result.getMatchedCount() > 0 || result.getUpsertedId() != null;
        } catch (DuplicateKeyException newerStored) {
            // The point is stored at this version or a newer one: that stays.
            return false;
        }
    }

    Optional<KnownServicePoint> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION))
                .map(KnownServicePointStore::point);
    }

    /** The stored points among {@code ids}, by id. */
    Map<String, KnownServicePoint> findAll(Collection<String> ids) {
        List<Document> found = mongo.find(query(where("_id").in(ids)), Document.class, COLLECTION);
        return found.stream()
                .map(KnownServicePointStore::point)
                .collect(Collectors.toMap(KnownServicePoint::id, Function.identity()));
    }

    private static Document window(KnownServicePoint.Window w) {
        return new Document("number", w.number())
                .append("name", w.name())
                .append("comprehensive", w.comprehensive())
                .append("department", w.department())
                .append("delivery", w.delivery());
    }

    private static Document offer(KnownServicePoint.Offer o) {
        return new Document("matterCode", o.matterCode()).append("department", o.department());
    }

    private static KnownServicePoint point(Document d) {
        return new KnownServicePoint(
                d.getString("_id"),
                ((Number) d.get("version")).longValue(),
                d.getString("name"),
                ((Number) d.get("tier")).intValue(),
                Boolean.TRUE.equals(d.getBoolean("open")),
                d.getList("windows", Document.class, List.of()).stream()
                        .map(w -> new KnownServicePoint.Window(
                                w.getString("number"),
                                w.getString("name"),
                                Boolean.TRUE.equals(w.getBoolean("comprehensive")),
                                w.getString("department"),
                                Boolean.TRUE.equals(w.getBoolean("delivery"))))
                        .toList(),
                d.getList("offers", Document.class, List.of()).stream()
                        .map(o -> new KnownServicePoint.Offer(o.getString("matterCode"), o.getString("department")))
                        .toList());
    }
}
