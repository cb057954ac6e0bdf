package io.onewindow.platform.events.supervision;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * A case dossier (案卷) was generated and handed out: who took which case's dossier, in which form,
 * when, and the digest of what was handed out, so a copy shown later can be matched to its issue.
 *
 * @param issueId the issue's id (aggregate id)
 * @param caseId the case
 * @param takenBy the username, or the client id of a partner client (e.g. {@code partner-discipline})
 * @param channel {@code INSPECTION} (an inspector) or {@code DISCIPLINE} (the discipline commission's client)
 * @param format {@code JSON} or {@code PDF}
 * @param sha256 lower-case hex SHA-256 of the bytes handed out (the canonical JSON, or the signed PDF)
 * @param keyId the signing key that signed it
 * @param issuedAt when
 */
@EventType("onewindow.supervision.DossierIssued.v1")
public record DossierIssued(
        String issueId,
        String caseId,
        String takenBy,
        String channel,
        String format,
        String sha256,
        String keyId,
        Instant issuedAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return issueId;
    }
}
