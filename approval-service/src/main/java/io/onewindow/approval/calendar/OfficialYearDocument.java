package io.onewindow.approval.calendar;

import io.onewindow.approval.ApprovalServiceApplication;
import io.onewindow.approval.calendar.domain.OfficialYearProposal;
import io.onewindow.approval.calendar.domain.ProposalStatus;
import io.onewindow.platform.messaging.outbox.OutboxEntry;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An entered official year as stored, with its outbox. {@code openKey} is the year while the
 * proposal waits or is published, and unique, so a year has at most one of those at a time even
 * under concurrent requests; a rejected proposal frees the year.
 */
@Document(OfficialYearDocument.COLLECTION)
class OfficialYearDocument {

    static final String COLLECTION = ApprovalServiceApplication.CALENDAR_PROPOSALS;

    @Id
    String id;

    Long version;

    String openKey;
    int year;
    String status;
    OfficialYearProposal proposal;
    List<OutboxEntry> outbox = new ArrayList<>();

    static OfficialYearDocument of(OfficialYearProposal proposal, long version, List<OutboxEntry> outbox) {
        OfficialYearDocument document = new OfficialYearDocument();
        document.id = proposal.id();
        document.version = version;
        document.year = proposal.year();
        document.proposal = proposal;
        document.status = proposal.status().name();
        document.openKey = proposal.status() == ProposalStatus.REJECTED
                ? proposal.year() + ":rejected:" + proposal.id()
                : String.valueOf(proposal.year());
        document.outbox = outbox;
        return document;
    }
}
