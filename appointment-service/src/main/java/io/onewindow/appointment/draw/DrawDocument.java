package io.onewindow.appointment.draw;

import io.onewindow.appointment.draw.domain.Draw;
import io.onewindow.appointment.draw.domain.DrawStatus;
import io.onewindow.appointment.draw.domain.FairRelease;
import io.onewindow.platform.messaging.outbox.OutboxEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A slot's draw, keyed by the slot's id, with its outbox. The seed is stored, and shown only once held. */
@Document("draws")
record DrawDocument(
        @Id String id,
        String servicePointId,
        String matterCode,
        String day,
        Instant slotStart,
        Instant opensAt,
        Instant closesAt,
        String seed,
        String commitment,
        Instant committedAt,
        String status,
        String holder,
        Instant claimedAt,
        Integer places,
        List<String> entryIds,
        List<String> ranking,
        List<String> winners,
        List<String> skipped,
        Instant heldAt,
        Long version,
        List<OutboxEntry> outbox) {

    static DrawDocument of(Draw d, long version, List<OutboxEntry> outbox) {
        Draw.Result r = d.result();
        return new DrawDocument(
                d.slotId(),
                d.servicePointId(),
                d.matterCode(),
                d.day().toString(),
                d.slotStart(),
                d.window().opens(),
                d.window().closes(),
                d.seed(),
                d.commitment(),
                d.committedAt(),
                d.status().name(),
                d.holder(),
                d.claimedAt(),
                r == null ? null : r.places(),
                r == null ? null : r.entryIds(),
                r == null ? null : r.ranking(),
                r == null ? null : r.winners(),
                r == null ? null : r.skipped(),
                r == null ? null : r.heldAt(),
                version,
                outbox);
    }

    Draw toDomain() {
        return new Draw(
                id,
                servicePointId,
                matterCode,
                LocalDate.parse(day),
                slotStart,
                new FairRelease.Window(opensAt, closesAt),
                seed,
                commitment,
                committedAt,
                DrawStatus.valueOf(status),
                holder,
                claimedAt,
                heldAt == null ? null : new Draw.Result(places, entryIds, ranking, winners, skipped, heldAt));
    }
}
