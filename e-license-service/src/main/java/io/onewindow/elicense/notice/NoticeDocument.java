package io.onewindow.elicense.notice;

import io.onewindow.elicense.ELicenseServiceApplication;
import io.onewindow.elicense.notice.domain.CorrectionLine;
import io.onewindow.elicense.notice.domain.Notice;
import io.onewindow.elicense.notice.domain.NoticeContent;
import io.onewindow.elicense.notice.domain.NoticeKind;
import io.onewindow.platform.messaging.outbox.OutboxEntry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The stored form of a {@link Notice}, with the outbox of its events. */
@Document(ELicenseServiceApplication.NOTICES)
record NoticeDocument(
        @Id String id,
        Long version,
        String caseId,
        String caseNumber,
        String matterCode,
        String matterName,
        String department,
        String kind,
        Instant issuedAt,
        String applicantMasked,
        String title,
        List<String> paragraphs,
        List<CorrectionLine> items,
        Map<String, String> facts,
        String keyId,
        String contentHash,
        String signature,
        String readerUsername,
        String readerPseudonym,
        String sourceEventId,
        Instant deliveredAt,
        String deliveryChannel,
        List<OutboxEntry> outbox) {

    static NoticeDocument of(Notice n, long version, List<OutboxEntry> outbox) {
        NoticeContent c = n.content();
        return new NoticeDocument(
                n.id(),
                version,
                c.caseId(),
                c.caseNumber(),
                c.matterCode(),
                c.matterName(),
                c.department(),
                c.kind().name(),
                c.issuedAt(),
                c.applicantMasked(),
                c.title(),
                c.paragraphs(),
                c.items(),
                c.facts(),
                c.keyId(),
                n.contentHash(),
                n.signature(),
                n.readers().username(),
                n.readers().pseudonym(),
                n.sourceEventId(),
                n.deliveredAt(),
                n.deliveryChannel(),
                outbox);
    }

    Notice toDomain() {
        return new Notice(
                new NoticeContent(
                        id,
                        caseId,
                        caseNumber,
                        matterCode,
                        matterName,
                        department,
                        NoticeKind.valueOf(kind),
                        issuedAt,
                        applicantMasked,
                        title,
                        paragraphs,
                        items,
                        facts,
                        keyId),
                contentHash,
                signature,
                new Notice.Readers(readerUsername, readerPseudonym),
                sourceEventId,
                deliveredAt,
                deliveryChannel);
    }
}
