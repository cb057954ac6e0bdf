package io.onewindow.appointment.booking;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.onewindow.appointment.booking.domain.Booking;
import io.onewindow.appointment.booking.domain.BookingStatus;
import io.onewindow.appointment.booking.domain.NoShowRule;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.aggregate.AggregateMapping;
import io.onewindow.platform.messaging.aggregate.AggregateStore;
import io.onewindow.platform.messaging.aggregate.AggregateStores;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;

/**
 * Bookings in MongoDB, written through the platform's aggregate store: state and the recorded
 * events in one conditional write, re-applied on a fresh read when another writer (or the outbox
 * relay) got there first; after the last attempt the caller gets 409 {@code changed-concurrently}.
 */
@Component
public class BookingStore {

    private final MongoTemplate mongo;
    private final AggregateStore<Booking, BookingDocument> bookings;

    BookingStore(AggregateStores stores, MongoTemplate mongo) {
        this.mongo = mongo;
        this.bookings = stores.of(mapping());
        mongo.indexOps(BookingDocument.class).createIndex(new Index().on("code", Sort.Direction.ASC));
        mongo.indexOps(BookingDocument.class).createIndex(new Index().on("principalIdHash", Sort.Direction.ASC));
        mongo.indexOps(BookingDocument.class)
                .createIndex(new Index().on("status", Sort.Direction.ASC).on("slotEnd", Sort.Direction.ASC));
        mongo.indexOps(BookingDocument.class)
                .createIndex(
                        new Index().on("bookedByUsername", Sort.Direction.ASC).on("status", Sort.Direction.ASC));
    }

    /** Stores a new booking with the events it recorded. */
    public void add(Booking booking) {
        bookings.add(booking);
    }

    public Optional<Booking> find(String id) {
        return bookings.find(id);
    }

    /**
     * Applies {@code change} to the stored booking and writes it with its new events, only if no
     * one changed it since it was read; otherwise reads again and re-applies. The change may throw
     * a domain exception, which is passed on and writes nothing.
     */
    public Booking change(String id, Consumer<Booking> change) {
        return bookings.change(id, change);
    }

    /** As {@link #change}, answering what the change answered (on the run that was written). */
    public <R> R changeReturning(String id, Function<Booking, R> change) {
        return bookings.changeReturning(id, change);
    }

    public List<Booking> byCode(String code) {
        return mongo.find(query(where("code").is(code)).with(Sort.by("slotStart")), BookingDocument.class).stream()
                .map(BookingDocument::toDomain)
                .toList();
    }

    /** One page of the bookings of the person or made by the subject, counted with the same filter. */
    public Page<Booking> visibleTo(String idHash, String subject, Pageable page) {
        Query filter = query(new org.springframework.data.mongodb.core.query.Criteria()
                .orOperator(
                        where("principalIdHash").is(idHash),
                        where("bookedBySubject").is(subject)));
        List<Booking> content = mongo.find(Query.of(filter).with(page), BookingDocument.class).stream()
                .map(BookingDocument::toDomain)
                .toList();
        return PageableExecutionUtils.getPage(content, page, () -> mongo.count(filter, BookingDocument.class));
    }

    /** Active bookings whose slot ended before {@code endedBefore}: the no-show candidates. */
    public List<Booking> activeEndedBefore(Instant endedBefore, int limit) {
        Query query = query(where("status")
                        .is(BookingStatus.BOOKED.name())
                        .and("slotEnd")
                        .lt(endedBefore))
                .with(Sort.by("slotEnd"))
                .limit(limit);
        return mongo.find(query, BookingDocument.class).stream()
                .map(BookingDocument::toDomain)
                .toList();
    }

    /** Active bookings at a point on a day (for schedule changes). */
    public List<Booking> activeAt(String servicePointId, String day) {
        Query query = query(where("servicePointId")
                .is(servicePointId)
                .and("day")
                .is(day)
                .and("status")
                .is(BookingStatus.BOOKED.name()));
        return mongo.find(query, BookingDocument.class).stream()
                .map(BookingDocument::toDomain)
                .toList();
    }

    /** Active bookings at a point whose slot starts at or after {@code from} (for hours changes). */
    public List<Booking> activeFrom(String servicePointId, Instant from) {
        Query query = query(where("servicePointId")
                .is(servicePointId)
                .and("status")
                .is(BookingStatus.BOOKED.name())
                .and("slotStart")
                .gte(from));
        return mongo.find(query, BookingDocument.class).stream()
                .map(BookingDocument::toDomain)
                .toList();
    }

    /** The bookings with these ids (those that exist), in slot order. */
    public List<Booking> byIds(java.util.Collection<String> ids) {
        return mongo.find(query(where("_id").in(ids)).with(Sort.by("slotStart")), BookingDocument.class).stream()
                .map(BookingDocument::toDomain)
                .toList();
    }

    /** Active bookings an agent of {@code agentUsernames} made whose slot starts after {@code after}. */
    public List<Booking> activeByAgentsAfter(java.util.Collection<String> agentUsernames, Instant after) {
        Query query = query(where("bookedByAgent")
                        .is(true)
                        .and("bookedByUsername")
                        .in(agentUsernames)
                        .and("status")
                        .is(BookingStatus.BOOKED.name())
                        .and("slotStart")
                        .gt(after))
                .with(Sort.by("slotStart"));
        return mongo.find(query, BookingDocument.class).stream()
                .map(BookingDocument::toDomain)
                .toList();
    }

    /**
     * The person's missed visits whose slot started within the rule's window: each no-show counts
     * once, except that the parts of one linked booking (one visit, one code, one ticket) count
     * together as one.
     */
    public long countNoShows(String idHash, NoShowRule.Window window) {
        Criteria missed = where("principalIdHash")
                .is(idHash)
                .and("status")
                .is(BookingStatus.NO_SHOW.name())
                .and("slotStart")
                .gte(window.from())
                .lte(window.to());
        long single = mongo.count(
                query(new Criteria().andOperator(missed, where("linkCode").is(null))), BookingDocument.class);
        long linked = mongo.findDistinct(
                        query(new Criteria()
                                .andOperator(missed, where("linkCode").ne(null))),
                        "linkCode",
                        BookingDocument.class,
                        String.class)
                .size();
        return single + linked;
    }

    /** How {@link Booking} is stored: its document, id, version and outbox. */
    static AggregateMapping<Booking, BookingDocument> mapping() {
        return AggregateMapping.of(Booking.class, BookingDocument.class, "booking", Topics.APPOINTMENT)
                .id(Booking::id)
                .stored(BookingDocument::of, BookingDocument::toDomain)
                .versioned(BookingDocument::version, BookingDocument::outbox);
    }
}
