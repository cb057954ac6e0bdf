package io.onewindow.appointment.servicepoint;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.onewindow.appointment.servicepoint.domain.ServicePoint;
import io.onewindow.appointment.servicepoint.domain.Tier;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.outbox.EventRecorder;
import io.onewindow.platform.messaging.outbox.OutboxEntry;
import io.onewindow.platform.messaging.outbox.OutboxRelay;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The service points: lookup for every feature, search for the public directory. */
@Component
public class ServicePointDirectory {

    private final MongoTemplate mongo;
    private final EventRecorder recorder;
    private final OutboxRelay relay;

    ServicePointDirectory(MongoTemplate mongo, EventRecorder recorder, OutboxRelay relay) {
        this.mongo = mongo;
        this.recorder = recorder;
        this.relay = relay;
    }

    /**
     * Applies {@code change} to the point as stored now and writes it with {@code event}, only if
     * nothing changed the point meanwhile (version check), so a concurrent schedule change is
     * never overwritten; answers whether it was written.
     */
    public boolean changeSchedule(String id, UnaryOperator<ServicePoint> change, DomainEvent event) {
        ServicePointDocument read = read(id);
        boolean written =
                replace(change.apply(read.toDomain()), read, List.of(recorder.record(Topics.APPOINTMENT, event)));
        if (written) {
            relay.wakeUp();
        }
        return written;
    }

    /** The ids of every service point, in id order (for changes that reach every hall). */
    public List<String> ids() {
        Query all = new Query().with(Sort.by("_id"));
        all.fields().include("_id");
        return mongo.find(all, org.bson.Document.class, mongo.getCollectionName(ServicePointDocument.class)).stream()
                .map(doc -> doc.getString("_id"))
                .toList();
    }

    public Optional<ServicePoint> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ServicePointDocument.class))
                .map(ServicePointDocument::toDomain);
    }

    /** @throws NotFoundException {@code not-found} */
    public ServicePoint require(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("service point", id));
    }

    /**
     * Service points matching every given filter; {@code text} is matched literally against the
     * name and address (quoted, so it can never act as a pattern or an operator).
     */
    public List<ServicePoint> search(Tier tier, String matterCode, String text, int limit) {
        Criteria criteria = new Criteria();
        if (tier != null) {
            criteria = criteria.and("tier").is(tier.code());
        }
        if (matterCode != null) {
            criteria = criteria.and("matters.code").is(matterCode);
        }
        if (text != null && !text.isBlank()) {
            Pattern literal = Pattern.compile(Pattern.quote(text.strip()), Pattern.CASE_INSENSITIVE);
            criteria = criteria.orOperator(
                    where("name").regex(literal), where("address").regex(literal));
        }
        Query query = query(criteria).with(Sort.by("tier", "_id")).limit(limit);
        return mongo.find(query, ServicePointDocument.class).stream()
                .map(ServicePointDocument::toDomain)
                .toList();
    }

    /** Creates or replaces a point by its id, keeping events still waiting in its outbox. */
    public void upsert(ServicePoint point) {
        ServicePointDocument existing = mongo.findById(point.id(), ServicePointDocument.class);
        if (existing == null) {
            mongo.insert(ServicePointDocument.of(point, 0, List.of()));
        } else {
            replace(point, existing, List.of());
        }
    }

    /**
     * Replaces a point read as {@code read}, appending {@code events} to its outbox: only if
     * nothing changed it since (version check). Answers whether it was written.
     */
    boolean replace(ServicePoint point, ServicePointDocument read, List<OutboxEntry> events) {
        List<OutboxEntry> outbox = read.outboxOrEmpty();
        outbox.addAll(events);
        ServicePointDocument next = ServicePointDocument.of(point, read.versionOrZero() + 1, outbox);
        Query sameVersion = query(where("_id").is(point.id()).and("version").is(read.version()));
        return mongo.findAndReplace(sameVersion, next, FindAndReplaceOptions.none()) != null;
    }

    ServicePointDocument read(String id) {
        ServicePointDocument document = mongo.findById(id, ServicePointDocument.class);
        if (document == null) {
            throw new NotFoundException("service point", id);
        }
        return document;
    }
}
