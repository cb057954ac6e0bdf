package io.onewindow.appointment.booking;

import io.onewindow.appointment.booking.domain.BookingBan;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.aggregate.AggregateMapping;
import io.onewindow.platform.messaging.aggregate.AggregateStore;
import io.onewindow.platform.messaging.aggregate.AggregateStores;
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
        this.bans = stores.of(mapping());
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

    /** How {@link BookingBan} is stored: its document, id, version and outbox. */
    static AggregateMapping<BookingBan, BanDocument> mapping() {
        return AggregateMapping.of(BookingBan.class, BanDocument.class, "booking ban", Topics.APPOINTMENT)
                .id(ban -> ban.principal().idHash())
                .stored(BanDocument::of, BanDocument::toDomain)
                .versioned(BanDocument::version, BanDocument::outbox);
    }
}
