package io.onewindow.elicense.notice.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NoticeCanonicalFormTest {

    private static NoticeContent minimal(String title, List<String> paragraphs, Map<String, String> facts) {
        return new NoticeContent(
                "ntc-1",
                "case-1",
                null,
                "MR-1",
                null,
                "market-regulation",
                NoticeKind.CORRECTION,
                Instant.parse("2026-03-02T02:00:00Z"),
                null,
                title,
                paragraphs,
                List.of(new CorrectionLine("M01", "营业执照", "缺")),
                facts,
                "market-regulation-k1");
    }

    @Test
    void sortsKeysKeepsListOrderLeavesOutNullsAndEscapesMinimally() {
        NoticeContent content = minimal("补正\"通知\"\\", List.of("b", "a\n"), Map.of("z", "1", "a", "2"));

        String json = new String(NoticeCanonicalForm.of(content), StandardCharsets.UTF_8);

        assertThat(json)
                .isEqualTo("{\"c14n\":\"ow-notice-c14n-1\",\"caseId\":\"case-1\",\"department\":\"market-regulation\","
                        + "\"facts\":{\"a\":\"2\",\"z\":\"1\"},\"issuedAt\":\"2026-03-02T02:00:00Z\","
                        + "\"items\":[{\"materialCode\":\"M01\",\"materialName\":\"营业执照\",\"problem\":\"缺\"}],"
                        + "\"keyId\":\"market-regulation-k1\",\"kind\":\"CORRECTION\",\"matterCode\":\"MR-1\","
                        + "\"noticeId\":\"ntc-1\",\"paragraphs\":[\"b\",\"a\\u000a\"],"
                        + "\"title\":\"补正\\\"通知\\\"\\\\\"}");
    }

    @Test
    void theHashIsTheSha256OfTheBytesAndChangesWithAnyField() {
        NoticeContent content = NoticeSamples.content(NoticeSamples.denial(), "market-regulation-k1");
        String hash = NoticeCanonicalForm.hashHex(content);

        assertThat(hash).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(NoticeCanonicalForm.hashHex(NoticeSamples.content(NoticeSamples.denial(), "market-regulation-k1")))
                .isEqualTo(hash);
        assertThat(NoticeCanonicalForm.hashHex(NoticeSamples.content(NoticeSamples.denial(), "market-regulation-k2")))
                .isNotEqualTo(hash);
        NoticeContent reordered = minimal("t", List.of("a", "b"), Map.of());
        NoticeContent swapped = minimal("t", List.of("b", "a"), Map.of());
        assertThat(NoticeCanonicalForm.hashHex(reordered)).isNotEqualTo(NoticeCanonicalForm.hashHex(swapped));
    }
}
