package io.onewindow.elicense.notice.web;

import io.onewindow.elicense.notice.domain.CorrectionLine;
import io.onewindow.elicense.notice.domain.Notice;
import io.onewindow.elicense.notice.domain.NoticeContent;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A written notice as its applicant or the department's staff see it. */
record NoticeView(
        String id,
        String caseId,
        String caseNumber,
        String matterCode,
        String matterName,
        String department,
        String kind,
        String title,
        Instant issuedAt,
        String applicantMasked,
        List<String> paragraphs,
        List<CorrectionLine> items,
        Map<String, String> facts,
        String keyId,
        String contentHash,
        Instant deliveredAt,
        String deliveryChannel,
        String pdf,
        String verification) {

    static NoticeView of(Notice notice) {
        NoticeContent c = notice.content();
        return new NoticeView(
                notice.id(),
                c.caseId(),
                c.caseNumber(),
                c.matterCode(),
                c.matterName(),
                c.department(),
                c.kind().name(),
                c.title(),
                c.issuedAt(),
                c.applicantMasked(),
                c.paragraphs(),
                c.items(),
                c.facts(),
                c.keyId(),
                notice.contentHash(),
                notice.deliveredAt(),
                notice.deliveryChannel(),
                "/api/licenses/notices/" + notice.id() + "/pdf",
                "/api/licenses/public/notices/" + notice.id() + "/verification");
    }
}
