package io.onewindow.appointment.booking;

import io.onewindow.appointment.booking.domain.BookingBan;
import io.onewindow.appointment.booking.domain.Principal;
import io.onewindow.platform.messaging.outbox.OutboxEntry;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A person's latest booking ban, keyed by the ID hash, with its outbox. */
@Document("booking_bans")
record BanDocument(
        @Id String id,
        String principalIdMasked,
        String banId,
        String reason,
        int noShows,
        Instant imposedAt,
        Instant until,
        Instant liftedAt,
        String liftReason,
        Long version,
        List<OutboxEntry> outbox) {

    static BanDocument of(BookingBan ban, long version, List<OutboxEntry> outbox) {
        return new BanDocument(
                ban.principal().idHash(),
                ban.principal().idMasked(),
                ban.banId(),
                ban.reason(),
                ban.noShows(),
                ban.imposedAt(),
                ban.until(),
                ban.liftedAt(),
                ban.liftReason(),
                version,
                outbox);
    }

    BookingBan toDomain() {
        return new BookingBan(
                new Principal(id, principalIdMasked), banId, reason, noShows, imposedAt, until, liftedAt, liftReason);
    }
}
