package io.onewindow.notification.inbox.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NoticeTemplateTest {

    @Test
    void fillsEveryPlaceholder() {
        NoticeTemplate template = new NoticeTemplate("t", 1, "申请 {caseNumber} 已受理，{caseNumber} 承诺 {due}。");
        assertThat(template.placeholders()).containsExactly("caseNumber", "due");
        assertThat(template.render(Map.of("caseNumber", "A-1", "due", "3月2日"))).isEqualTo("申请 A-1 已受理，A-1 承诺 3月2日。");
    }

    @Test
    void refusesToWriteATextWithAHole() {
        NoticeTemplate template = new NoticeTemplate("t", 2, "申请 {caseNumber} 已受理");
        assertThatThrownBy(() -> template.render(Map.of("other", "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("t v2")
                .hasMessageContaining("{caseNumber}");
    }

    @Test
    void refusesToWriteATextWithABlankValue() {
        NoticeTemplate template = new NoticeTemplate("t", 2, "申请 {caseNumber} 已受理");
        assertThatThrownBy(() -> template.render(Map.of("caseNumber", " ")))
                .isInstanceOfSatisfying(
                        NoticeTemplate.UnfilledPlaceholder.class,
                        e -> assertThat(e.placeholder()).isEqualTo("caseNumber"));
        assertThat(template.render(Map.of("caseNumber", "—"))).isEqualTo("申请 — 已受理");
    }

    @Test
    void aNoticeWrittenFromAPublishedVersionRecordsThatVersion() {
        NoticeDraft draft = new NoticeDraft(
                        NoticeKind.LICENSE_REINSTATED, "lic-1", List.of("r-1"), Map.of("identifier", "X"))
                .using(new NoticeTemplate("license.reinstated", 3, "证照 {identifier} 恢复。"));
        Notice notice = Notice.create(draft, "r-1", "e-1", 1, Instant.parse("2026-03-02T01:00:00Z"));
        assertThat(notice.text()).isEqualTo("证照 X 恢复。");
        assertThat(notice.templateKey()).isEqualTo("license.reinstated");
        assertThat(notice.templateVersion()).isEqualTo(3);
        assertThat(new NoticeDraft(NoticeKind.LICENSE_REINSTATED, "lic-1", List.of(), Map.of()).template())
                .isEqualTo(NoticeKind.LICENSE_REINSTATED.template());
    }

    @Test
    void aValueWithDollarsOrBracesIsInsertedAsItIs() {
        NoticeTemplate template = new NoticeTemplate("t", 1, "理由：{reason}");
        assertThat(template.render(Map.of("reason", "$1 {x} \\"))).isEqualTo("理由：$1 {x} \\");
    }

    @Test
    void everyKindHasItsOwnTemplateKeyAndAVersion() {
        Set<String> keys = new HashSet<>();
        for (NoticeKind kind : NoticeKind.values()) {
            assertThat(keys.add(kind.template().key())).as(kind.name()).isTrue();
            assertThat(kind.template().version()).isPositive();
            assertThat(kind.template().placeholders()).as(kind.name()).isNotNull();
        }
        assertThat(keys).hasSize(NoticeKind.values().length);
    }

    @Test
    void theSameEventMakesTheSameNoticeForTheSameRecipientAndAnotherForAnother() {
        assertThat(Notice.idOf("e-1", NoticeKind.CASE_ACCEPTED, "r-1"))
                .isEqualTo(Notice.idOf("e-1", NoticeKind.CASE_ACCEPTED, "r-1"))
                .isNotEqualTo(Notice.idOf("e-1", NoticeKind.CASE_ACCEPTED, "r-2"))
                .isNotEqualTo(Notice.idOf("e-2", NoticeKind.CASE_ACCEPTED, "r-1"))
                .isNotEqualTo(Notice.idOf("e-1", NoticeKind.CASE_APPROVED, "r-1"));
    }

    @Test
    void aNoticeIsReadOnceAndRecordsItsCreation() {
        NoticeDraft draft = new NoticeDraft(
                NoticeKind.LICENSE_REINSTATED, "lic-1", Arrays.asList("r-1", null, "r-1"), Map.of("identifier", "X"));
        assertThat(draft.recipients()).containsExactly("r-1");
        Instant at = Instant.parse("2026-03-02T01:00:00Z");
        Notice notice = Notice.create(draft, "r-1", "e-1", 7, at);
        assertThat(notice.text()).isEqualTo("您的电子证照 X 已恢复使用。");
        assertThat(notice.pendingEvents()).hasSize(1);
        assertThat(notice.markRead(at.plusSeconds(60))).isTrue();
        assertThat(notice.markRead(at.plusSeconds(120))).isFalse();
        assertThat(notice.readAt()).isEqualTo(at.plusSeconds(60));
        assertThat(List.of(notice.sequence())).containsExactly(7L);
    }
}
