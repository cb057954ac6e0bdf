package io.onewindow.approval.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Hands out case numbers {@code <prefix>-YYYYMMDD-NNNNNN}, one counter per day, by an atomic upsert with
 * {@code $inc}: safe on several instances without a lock.
 */
@Component
class CaseNumbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final MongoOperations mongo;
    private final Clock clock;

    CaseNumbers(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    String next(String prefix) {
        String day = LocalDate.now(clock).format(DAY);
        String counter = prefix + "-" + day;
        Document after = mongo.findAndModify(
                Query.query(Criteria.where("_id").is(counter)),
                new Update().inc("value", 1L),
                FindAndModifyOptions.options().upsert(true).returnNew(true),
                Document.class,
                "case_numbers");
        long value = ((Number) after.get("value")).longValue();
        return counter + "-" + String.format("%06d", value);
    }
}
