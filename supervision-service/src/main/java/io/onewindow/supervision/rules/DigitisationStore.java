package io.onewindow.supervision.rules;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.onewindow.supervision.rules.domain.Digitisation;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The digitised paper licenses ({@value #COLLECTION}): a projection, one document per license, by upsert. */
@Component
class DigitisationStore implements InitializingBean {

    static final String COLLECTION = "digitisations";

    private final MongoOperations mongo;

    DigitisationStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(COLLECTION)
                .createIndex(new Index().on("requestedBy", Sort.Direction.ASC).on("day", Sort.Direction.ASC));
    }

    void add(Digitisation d) {
        mongo.upsert(
                query(where("_id").is(d.licenseId())),
                new Update()
                        .set("eventId", d.eventId())
                        .set("identifier", d.identifier())
                        .set("department", d.department())
                        .set("requestedBy", d.requestedBy())
                        .set("confirmedBy", d.confirmedBy())
                        .set("backdatedDays", d.backdatedDays())
                        .set("backdatingReason", d.backdatingReason())
                        .set("digitisedAt", Date.from(d.digitisedAt()))
                        .set("day", d.day().toString()),
                COLLECTION);
    }

    /** The digitisations {@code requestedBy} asked for on {@code day}. */
    List<Digitisation> requestedBy(String requestedBy, LocalDate day) {
        return mongo
                .find(
                        query(where("requestedBy").is(requestedBy).and("day").is(day.toString()))
                                .with(Sort.by("digitisedAt", "_id")),
                        Document.class,
                        COLLECTION)
                .stream()
                .map(doc -> new Digitisation(
                        doc.getString("_id"),
                        doc.getString("eventId"),
                        doc.getString("identifier"),
                        doc.getString("department"),
                        doc.getString("requestedBy"),
                        doc.getString("confirmedBy"),
                        ((Number) doc.get("backdatedDays")).longValue(),
                        doc.getString("backdatingReason"),
                        doc.getDate("digitisedAt").toInstant(),
                        LocalDate.parse(doc.getString("day"))))
                .toList();
    }
}
