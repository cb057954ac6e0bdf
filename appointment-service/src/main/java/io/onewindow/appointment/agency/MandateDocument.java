package io.onewindow.appointment.agency;

import io.onewindow.appointment.agency.domain.GrantedVia;
import io.onewindow.appointment.agency.domain.Mandate;
import io.onewindow.appointment.agency.domain.MandateTerm;
import io.onewindow.appointment.agency.domain.PrincipalKind;
import io.onewindow.platform.messaging.outbox.OutboxEntry;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A mandate as stored, with its outbox; identities only as pseudonyms and masked values. */
@Document("mandates")
record MandateDocument(
        @Id String id,
        String principalPseudonym,
        String principalKind,
        String maskedPrincipal,
        String principalName,
        String agentPseudonym,
        String agentUsername,
        String agentIdMasked,
        String intermediaryCode,
        List<String> matterCodes,
        Instant validFrom,
        Instant validUntil,
        String grantedVia,
        String recordedBy,
        Instant grantedAt,
        String revokedBy,
        Instant revokedAt,
        Long version,
        List<OutboxEntry> outbox) {

    static MandateDocument of(Mandate m, long version, List<OutboxEntry> outbox) {
        return new MandateDocument(
                m.id(),
                m.principalPseudonym(),
                m.principalKind().name(),
                m.maskedPrincipal(),
                m.principalName(),
                m.agentPseudonym(),
                m.agentUsername(),
                m.agentIdMasked(),
                m.intermediaryCode(),
                m.matterCodes(),
                m.term().validFrom(),
                m.term().validUntil(),
                m.grantedVia().name(),
                m.recordedBy(),
                m.grantedAt(),
                m.revokedBy(),
                m.revokedAt(),
                version,
                outbox);
    }

    Mandate toDomain() {
        return new Mandate(
                id,
                principalPseudonym,
                PrincipalKind.valueOf(principalKind),
                maskedPrincipal,
                principalName,
                agentPseudonym,
                agentUsername,
                agentIdMasked,
                intermediaryCode,
                matterCodes,
                new MandateTerm(validFrom, validUntil),
                GrantedVia.valueOf(grantedVia),
                recordedBy,
                grantedAt,
                revokedBy,
                revokedAt);
    }
}
