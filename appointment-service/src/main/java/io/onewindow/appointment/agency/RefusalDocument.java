package io.onewindow.appointment.agency;

import io.onewindow.appointment.agency.domain.AgentBookingRefusal;
import io.onewindow.platform.events.appointment.AgentBookingRefused;
import io.onewindow.platform.messaging.outbox.OutboxEntry;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A refused agent request as stored, with its outbox. */
@Document("agent_booking_refusals")
record RefusalDocument(
        @Id String id,
        String agentUsername,
        String agentPseudonym,
        String intermediaryCode,
        String principalPseudonym,
        String servicePointId,
        String matterCode,
        String department,
        String reason,
        Instant refusedAt,
        Long version,
        List<OutboxEntry> outbox) {

    static RefusalDocument of(AgentBookingRefusal r, long version, List<OutboxEntry> outbox) {
        AgentBookingRefused f = r.facts();
        return new RefusalDocument(
                f.refusalId(),
                f.agentUsername(),
                f.agentPseudonym(),
                f.intermediaryCode(),
                f.principalPseudonym(),
                f.servicePointId(),
                f.matterCode(),
                f.department(),
                f.reason(),
                f.refusedAt(),
                version,
                outbox);
    }

    AgentBookingRefusal toDomain() {
        return AgentBookingRefusal.stored(new AgentBookingRefused(
                id,
                agentUsername,
                agentPseudonym,
                intermediaryCode,
                principalPseudonym,
                servicePointId,
                matterCode,
                department,
                reason,
                refusedAt));
    }
}
