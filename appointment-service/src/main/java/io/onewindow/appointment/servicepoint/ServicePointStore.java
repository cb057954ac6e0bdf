package io.onewindow.appointment.servicepoint;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.onewindow.appointment.config.AppointmentSettings;
import io.onewindow.appointment.servicepoint.domain.ServicePoint;
import io.onewindow.appointment.servicepoint.domain.Tier;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.aggregate.AggregateMapping;
import io.onewindow.platform.messaging.aggregate.AggregateStore;
import io.onewindow.platform.messaging.aggregate.AggregateStores;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;

/**
 * The service points in MongoDB, written through the platform's aggregate store: a schedule change
 * and its {@code ScheduleChanged} in one version-checked write, re-applied on a newer version;
 * after the last attempt the caller gets 409 {@code schedule-changed-concurrently}.
 */
@Component
public class ServicePointStore {

    private final MongoTemplate mongo;
    private final AggregateStore<ServicePoint, ServicePointDocument> points;
    private final RecentServicePoints recent;
    private final ApplicationEventPublisher publisher;

    ServicePointStore(
            AggregateStores stores,
            MongoTemplate mongo,
            AppointmentSettings settings,
            ApplicationEventPublisher publisher) {
        this.mongo = mongo;
        this.points = stores.of(mapping());
        this.recent = new RecentServicePoints(settings.servicePointMaxAge(), System::nanoTime);
        this.publisher = publisher;
    }

    public Optional<ServicePoint> find(String id) {
        return points.find(id);
    }

    /**
     * The point as read at most {@code onewindow.appointment.service-point-max-age} ago (for the
     * booking path; read-only: the point returned is shared). A point this instance wrote is read
     * again at once; another instance's write is seen within the max age, and the slots that write
     * removed are fenced meanwhile ({@link ServicePointChanged}).
     */
    public Optional<ServicePoint> findRecent(String id) {
        return recent.get(id, points::find);
    }

    /** @throws io.onewindow.platform.domain.NotFoundException {@code not-found} */
    public ServicePoint require(String id) {
        return points.get(id);
    }

    /**
     * Applies {@code change} to the point as stored now and writes it with the events it recorded,
     * only if nothing changed the point meanwhile; otherwise reads again and re-applies, so a
     * concurrent schedule change is never overwritten.
     */
    public ServicePoint change(String id, Consumer<ServicePoint> change) {
        AtomicReference<ServicePoint> before = new AtomicReference<>();
        ServicePoint after;
        try {
            after = points.change(id, point -> {
                before.set(point.snapshot());
                change.accept(point);
            });
        } finally {
            recent.forget(id);
        }
        publisher.publishEvent(new ServicePointChanged(before.get(), after));
        return after;
    }

    /** The ids of every service point, in id order (for changes that reach every hall). */
    List<String> ids() {
        Query all = new Query().with(Sort.by("_id"));
        all.fields().include("_id");
        return mongo.find(all, org.bson.Document.class, points.collection()).stream()
                .map(doc -> doc.getString("_id"))
                .toList();
    }

    /**
     * Service points matching every given filter; {@code text} is matched literally against the
     * name and address (quoted, so it can never act as a pattern or an operator).
     */
    Page<ServicePoint> search(Tier tier, String matterCode, String text, Pageable page) {
        Criteria criteria = where("open").ne(false);
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
        Query filter = query(criteria);
        List<ServicePoint> content = mongo.find(Query.of(filter).with(page), ServicePointDocument.class).stream()
                .map(ServicePointDocument::toDomain)
                .toList();
        return PageableExecutionUtils.getPage(content, page, () -> mongo.count(filter, ServicePointDocument.class));
    }

    /**
     * Creates a new point with the events it recorded.
     *
     * @throws ConflictException {@code service-point-exists} when a point has this id
     */
    public ServicePoint create(ServicePoint point) {
        try {
            points.add(point);
        } catch (DuplicateKeyException taken) {
            throw new ConflictException("service-point-exists", "a service point " + point.id() + " exists");
        } finally {
            recent.forget(point.id());
        }
        publisher.publishEvent(new ServicePointChanged(null, point));
        return point;
    }

    /**
     * Creates or replaces a point of the demo data (or a test's) by its id, keeping events still
     * waiting in its outbox; its registry entry is announced ({@code ServicePointRecorded}) when it is
     * new or differs from the stored one ({@link ServicePoint#asDemoOver}). A point closed for good
     * stays closed: it is left as it is. Answers whether the point was written.
     */
    boolean upsert(ServicePoint point) {
        AtomicReference<ServicePoint> before = new AtomicReference<>();
        ServicePoint written;
        try {
            written = points.retrying(() -> {
                ServicePointDocument existing = mongo.findById(point.id(), ServicePointDocument.class);
                if (existing == null) {
                    before.set(null);
                    try {
                        return points.add(point.asDemoOver(null));
                    } catch (DuplicateKeyException raced) {
                        throw new OptimisticLockingFailureException("created concurrently: " + point.id(), raced);
                    }
                }
                ServicePoint stored = existing.toDomain();
                if (!stored.isOpen()) {
                    return null;
                }
                before.set(stored);
                return points.save(point.asDemoOver(stored), existing);
            });
        } finally {
            recent.forget(point.id());
        }
        if (written == null) {
            return false;
        }
        publisher.publishEvent(new ServicePointChanged(before.get(), written));
        return true;
    }

    /** How {@link ServicePoint} is stored: its document, id, version and outbox. */
    static AggregateMapping<ServicePoint, ServicePointDocument> mapping() {
        return AggregateMapping.of(ServicePoint.class, ServicePointDocument.class, "service point", Topics.APPOINTMENT)
                .id(ServicePoint::id)
                .stored(ServicePointDocument::of, ServicePointDocument::toDomain)
                .versioned(ServicePointDocument::version, ServicePointDocument::outbox)
                .conflictCode("schedule-changed-concurrently");
    }
}
