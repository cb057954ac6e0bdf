package io.onewindow.platform.events.appointment;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;
import java.util.List;

/**
 * A principal (person or enterprise) gave an agent a mandate (授权委托) to book and file for them:
 * from their own account ({@code ONLINE}) or at a window after an officer checked the principal's
 * ID card ({@code WINDOW}). Approval-service keeps these to check an agent's filings.
 *
 * @param mandateId the mandate (aggregate id)
 * @param principalPseudonym pseudonym of the principal ({@code IdentityPseudonyms#ofApplicant})
 * @param principalKind {@code PERSON} or {@code ENTERPRISE}
 * @param maskedPrincipal the principal's ID number or credit code, masked
 * @param agentPseudonym pseudonym of the agent's resident ID number
 * @param agentUsername the agent's account
 * @param intermediaryCode the credit code of the agent's registered intermediary
 * @param matterCodes the matters the mandate covers; empty for every matter
 * @param validFrom first instant the mandate may be used
 * @param validUntil last instant the mandate may be used
 * @param grantedVia {@code ONLINE} or {@code WINDOW}
 * @param recordedBy user name of whoever recorded it (the principal, or the window officer)
 * @param grantedAt when
 */
@EventType("onewindow.appointment.MandateGranted.v1")
public record MandateGranted(
        String mandateId,
        String principalPseudonym,
        String principalKind,
        String maskedPrincipal,
        String agentPseudonym,
        String agentUsername,
        String intermediaryCode,
        List<String> matterCodes,
        Instant validFrom,
        Instant validUntil,
        String grantedVia,
        String recordedBy,
        Instant grantedAt)
        implements DomainEvent {

    public MandateGranted {
        matterCodes = matterCodes == null ? List.of() : List.copyOf(matterCodes);
    }

    @Override
    public String aggregateId() {
        return mandateId;
    }
}
