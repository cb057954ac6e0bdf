package io.onewindow.appointment.agency;

import io.onewindow.appointment.agency.domain.EnrolledAgent;
import io.onewindow.appointment.agency.domain.Intermediary;
import io.onewindow.platform.messaging.outbox.OutboxEntry;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An intermediary as stored, keyed by its credit code, with its agents and outbox. */
@Document("intermediaries")
record IntermediaryDocument(
        @Id String id,
        String name,
        String registeredBy,
        Instant registeredAt,
        String suspendedReason,
        List<AgentEntry> agents,
        Long version,
        List<OutboxEntry> outbox) {

    /** One enrolled agent: the account, the ID number's pseudonym and masked value, never the number. */
    record AgentEntry(
            String username,
            String idPseudonym,
            String idMasked,
            String enrolledBy,
            Instant enrolledAt,
            String suspendedReason) {}

    static IntermediaryDocument of(Intermediary i, long version, List<OutboxEntry> outbox) {
        return new IntermediaryDocument(
                i.creditCode(),
                i.name(),
                i.registeredBy(),
                i.registeredAt(),
                i.suspendedReason(),
                i.agents().stream()
                        .map(a -> new AgentEntry(
                                a.username(),
                                a.idPseudonym(),
                                a.idMasked(),
                                a.enrolledBy(),
                                a.enrolledAt(),
                                a.suspendedReason()))
                        .toList(),
                version,
                outbox);
    }

    Intermediary toDomain() {
        return new Intermediary(
                id,
                name,
                registeredBy,
                registeredAt,
                suspendedReason,
                agents == null
                        ? List.of()
                        : agents.stream()
                                .map(a -> new EnrolledAgent(
                                        a.username(),
                                        a.idPseudonym(),
                                        a.idMasked(),
                                        a.enrolledBy(),
                                        a.enrolledAt(),
                                        a.suspendedReason()))
                                .toList());
    }
}
