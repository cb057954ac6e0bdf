package io.onewindow.supervision.feedback;

import io.onewindow.platform.messaging.outbox.OutboxEntry;
import io.onewindow.supervision.feedback.domain.Rating;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A rating as stored: the aggregate, its optimistic-lock version and its outbox, one document. */
@Document(RatingDocument.COLLECTION)
class RatingDocument {

    static final String COLLECTION = "ratings";

    @Id
    String id;

    Rating rating;

    Long version;

    List<OutboxEntry> outbox = new ArrayList<>();

    RatingDocument() {}

    RatingDocument(Rating rating, long version, List<OutboxEntry> outbox) {
        this.id = rating.id();
        this.rating = rating;
        this.version = version;
        this.outbox = new ArrayList<>(outbox);
    }
}
