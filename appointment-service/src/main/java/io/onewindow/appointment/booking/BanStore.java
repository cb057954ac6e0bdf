package io.onewindow.appointment.booking;

import io.onewindow.appointment.booking.domain.BookingBan;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.aggregate.AggregateMapping;
import io.onewindow.platform.messaging.aggregate.AggregateStore;
import io.onewindow.platform.messaging.aggregate.AggregateStores;
import io.onewindow.platform.messaging.outbox.OutboxEntry;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Booking bans, one document per person (keyed by the ID hash), written through the platform's
 * aggregate store: state and events together, version-checked, re-applied on a newer version.
 */
@Component
class BanStore {

    private final AggregateStore<BookingBan, BanDocument> bans;

    BanStore(AggregateStores stores) {
        this.bans = stores.of(new BanMapping());
    }

    Optional<BookingBan> find(String idHash) {
        return bans.find(idHash);
    }

    /** Changes the person's ban; 404 when they have none. */
    BookingBan change(String idHash, Consumer<BookingBan> change) {
        return bans.change(idHash, change);
    }

    /**
     * Changes the person's stored ban, or, when they have none yet, stores the one {@code first}
     * makes; two writers racing are resolved as a newer version.
     */
    BookingBan upsert(String idHash, Supplier<BookingBan> first, Consumer<BookingBan> change) {
        return bans.upsert(idHash, first, change);
    }

    /** How a ban maps to its document. */
    private static final class BanMapping implements AggregateMapping<BookingBan, BanDocument> {

        @Override
        public Class<BanDocument> documentType() {
            return BanDocument.class;
        }

        @Override
        public String id(BookingBan ban) {
            return ban.principal().idHash();
        }

        @Override
        public BanDocument toDocument(BookingBan ban, long version, List<OutboxEntry> outbox) {
            return BanDocument.of(ban, version, outbox);
        }

        @Override
        public BookingBan toAggregate(BanDocument document) {
            return document.toDomain();
        }

        @Override
        public Long version(BanDocument document) {
            return document.version();
        }

        @Override
        public List<OutboxEntry> outbox(BanDocument document) {
            return document.outbox();
        }

        @Override
        public String topic() {
            return Topics.APPOINTMENT;
        }

        @Override
        public String kind() {
            return "booking ban";
        }
    }
}
