package io.onewindow.elicense.notice.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Notices of one case, for the domain and PDF tests. */
public final class NoticeSamples {

    public static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");

    private NoticeSamples() {}

    public static NoticeFacts acceptance() {
        return NoticeFacts.acceptance(
                "case-1",
                "PY-20260302-000001",
                "MR-FOOD-01",
                "market-regulation",
                AT,
                LocalDate.of(2026, 3, 30),
                LocalDate.of(2026, 3, 16),
                false);
    }

    public static NoticeFacts correction() {
        return NoticeFacts.correction(
                "case-1",
                "PY-20260302-000001",
                "MR-FOOD-01",
                "market-regulation",
                AT,
                List.of(new CorrectionLine("M01", "营业执照", "复印件不清晰"), new CorrectionLine("M02", "经营场所证明", "缺少租赁合同")));
    }

    public static NoticeFacts denial() {
        return NoticeFacts.refusal(
                NoticeKind.DENIAL,
                "case-1",
                "PY-20260302-000001",
                "MR-FOOD-01",
                "market-regulation",
                AT,
                "经营场所与食品安全要求不符。",
                "《食品经营许可和备案管理办法》第十二条");
    }

    public static NoticeContent content(NoticeFacts facts, String keyId) {
        NoticeWording.Text text = NoticeWording.of(facts, "食品经营许可", "440113********1235");
        return new NoticeContent(
                "ntc-0123456789abcdef0123456789abcdef",
                facts.caseId(),
                facts.caseNumber(),
                facts.matterCode(),
                "食品经营许可",
                facts.department(),
                facts.kind(),
                facts.actedAt(),
                "440113********1235",
                text.title(),
                text.paragraphs(),
                facts.items(),
                text.facts(),
                keyId);
    }
}
