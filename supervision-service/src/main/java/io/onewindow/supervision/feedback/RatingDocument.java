package io.onewindow.supervision.feedback;

import io.onewindow.platform.messaging.outbox.OutboxEntry;
import io.onewindow.supervision.feedback.domain.Rating;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("ratings")
class RatingDocument {

    @Id
    String id;

    Rating rating;

    @Version
    Long version;

    List<OutboxEntry> outbox = new ArrayList<>();

    RatingDocument() {}

    RatingDocument(Rating rating) {
        this.id = rating.id();
        this.rating = rating;
    }
}
