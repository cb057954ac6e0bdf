package io.onewindow.appointment.booking;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.onewindow.appointment.booking.domain.Booking;
import io.onewindow.appointment.booking.domain.BookingStatus;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.outbox.EventRecorder;
import io.onewindow.platform.messaging.outbox.OutboxEntry;
import io.onewindow.platform.messaging.outbox.OutboxRelay;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Bookings in MongoDB. Every write puts the aggregate's new events into its own outbox in the
 * same single-document write; changes are conditional on the version read, and retried on a
 * fresh read when another writer (or the outbox relay) got there first.
 */
@Component
public class BookingStore {

    private static final int ATTEMPTS = 8;

    private final MongoTemplate mongo;
    private final EventRecorder recorder;
    private final OutboxRelay relay;

    BookingStore(MongoTemplate mongo, EventRecorder recorder, OutboxRelay relay) {
        this.mongo = mongo;
        this.recorder = recorder;
        this.relay = relay;
        mongo.indexOps(BookingDocument.class).createIndex(new Index().on("code", Sort.Direction.ASC));
        mongo.indexOps(BookingDocument.class).createIndex(new Index().on("principalIdHash", Sort.Direction.ASC));
        mongo.indexOps(BookingDocument.class)
                .createIndex(new Index().on("status", Sort.Direction.ASC).on("slotEnd", Sort.Direction.ASC));
    }

    /** Stores a new booking with the events it recorded. */
    public void add(Booking booking) {
        mongo.insert(BookingDocument.of(booking, 0, recorder.record(Topics.APPOINTMENT, booking.pullEvents())));
        relay.wakeUp();
    }

    public Optional<Booking> find(String id) {
        return Optional.ofNullable(mongo.findById(id, BookingDocument.class)).map(BookingDocument::toDomain);
    }

    public List<Booking> byCode(String code) {
        return mongo.find(query(where("code").is(code)).with(Sort.by("slotStart")), BookingDocument.class).stream()
                .map(BookingDocument::toDomain)
                .toList();
    }

    public List<Booking> visibleTo(String idHash, String subject, int limit) {
        Query query = query(new org.springframework.data.mongodb.core.query.Criteria()
                        .orOperator(
                                where("principalIdHash").is(idHash),
                                where("bookedBySubject").is(subject)))
                .with(Sort.by(Sort.Direction.DESC, "slotStart"))
                .limit(limit);
        return mongo.find(query, BookingDocument.class).stream()
                .map(BookingDocument::toDomain)
                .toList();
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

    public long countNoShows(String idHash, Instant since) {
        return mongo.count(
                query(where("principalIdHash")
                        .is(idHash)
                        .and("status")
                        .is(BookingStatus.NO_SHOW.name())
                        .and("slotStart")
                        .gte(since)),
                BookingDocument.class);
    }

    /**
     * Applies {@code change} to the stored booking and writes it with its new events, only if
     * no one changed it since it was read; on a race, reads again and re-applies. The change
     * may throw a domain exception, which is passed on and writes nothing.
     */
    public Booking change(String id, Consumer<Booking> change) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            BookingDocument read = mongo.findById(id, BookingDocument.class);
            if (read == null) {
                throw new NotFoundException("booking", id);
            }
            Booking booking = read.toDomain();
            change.accept(booking);
            List<OutboxEntry> outbox = read.outboxOrEmpty();
            outbox.addAll(recorder.record(Topics.APPOINTMENT, booking.pullEvents()));
            long version = read.version() == null ? 0 : read.version();
            Query sameVersion = query(where("_id").is(id).and("version").is(read.version()));
            if (mongo.findAndReplace(
                            sameVersion, BookingDocument.of(booking, version + 1, outbox), FindAndReplaceOptions.none())
                    != null) {
                relay.wakeUp();
                return booking;
            }
        }
        throw new ConflictException("changed-concurrently", "booking " + id + " changed concurrently too often");
    }
}
