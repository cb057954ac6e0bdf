package io.onewindow.approval.agency;

import io.onewindow.approval.ApprovalServiceApplication;
import io.onewindow.approval.agency.domain.AgentFilingRefusal;
import io.onewindow.platform.messaging.outbox.OutboxEntry;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A refused agent request as stored, with its outbox; the agent's name on top for queries. */
@Document(AgentFilingRefusalDocument.COLLECTION)
class AgentFilingRefusalDocument {

    static final String COLLECTION = ApprovalServiceApplication.AGENT_FILING_REFUSALS;

    @Id
    String id;

    Long version;

    String agentUsername;
    AgentFilingRefusal refusal;
    List<OutboxEntry> outbox = new ArrayList<>();

    static AgentFilingRefusalDocument of(AgentFilingRefusal refusal, long version, List<OutboxEntry> outbox) {
        AgentFilingRefusalDocument document = new AgentFilingRefusalDocument();
        document.id = refusal.id();
        document.version = version;
        document.agentUsername = refusal.agentUsername();
        document.refusal = refusal;
        document.outbox = outbox;
        return document;
    }
}
