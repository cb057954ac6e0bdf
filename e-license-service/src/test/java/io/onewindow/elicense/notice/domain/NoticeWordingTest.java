package io.onewindow.elicense.notice.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NoticeWordingTest {

    @Test
    void anAcceptanceNamesTheMatterTheCaseAndBothDueDates() {
        NoticeWording.Text text = NoticeWording.of(NoticeSamples.acceptance(), "食品经营许可", "440113********1235");

        assertThat(text.title()).isEqualTo("受理通知书");
        assertThat(text.paragraphs().get(0)).isEqualTo("申请人（440113********1235）：");
        assertThat(String.join("", text.paragraphs()))
                .contains("“食品经营许可”申请（办件编号：PY-20260302-000001）")
                .contains("决定予以受理")
                .contains("2026年3月30日前依法作出行政许可决定")
                .contains("承诺于2026年3月16日前办结");
        assertThat(text.facts())
                .containsEntry("statutoryDueDate", "2026-03-30")
                .containsEntry("promisedDueDate", "2026-03-16")
                .containsEntry("automatic", "false");
    }

    @Test
    void anAutomaticAcceptanceCitesTheFiveDayRule() {
        NoticeFacts f = NoticeSamples.acceptance();
        NoticeFacts automatic = NoticeFacts.acceptance(
                f.caseId(),
                f.caseNumber(),
                f.matterCode(),
                f.department(),
                f.actedAt(),
                f.statutoryDueDate(),
                f.promisedDueDate(),
                true);

        assertThat(String.join("", NoticeWording.of(automatic, null, null).paragraphs()))
                .contains("自收到申请材料之日起即为受理")
                .contains("第三十二条第一款第（四）项");
    }

    @Test
    void aCorrectionNoticeListsEveryItemOnceAndInOrder() {
        NoticeWording.Text text = NoticeWording.of(NoticeSamples.correction(), "食品经营许可", null);

        assertThat(text.title()).isEqualTo("补正材料通知书");
        assertThat(text.paragraphs()).contains("1. 营业执照：复印件不清晰", "2. 经营场所证明：缺少租赁合同");
        assertThat(String.join("", text.paragraphs())).contains("一次性告知");
        assertThat(text.paragraphs().get(0)).isEqualTo("申请人：");
    }

    @Test
    void aDenialStatesReasonBasisAndTheRemedies() {
        NoticeWording.Text text = NoticeWording.of(NoticeSamples.denial(), "食品经营许可", null);

        String all = String.join("", text.paragraphs());
        assertThat(text.title()).isEqualTo("不予行政许可决定书");
        assertThat(all)
                .contains("经审查，经营场所与食品安全要求不符。根据")
                .contains("《食品经营许可和备案管理办法》第十二条及《中华人民共和国行政许可法》第三十八条第二款")
                .contains("决定不予行政许可")
                .contains("六十日内依法申请行政复议")
                .contains("六个月内依法向人民法院提起行政诉讼");
        assertThat(text.facts()).containsEntry("reason", "经营场所与食品安全要求不符。");
    }

    @Test
    void aRefusalToAcceptWithoutBasisCitesTheLicenseLawAlone() {
        NoticeFacts refusal = NoticeFacts.refusal(
                NoticeKind.NON_ACCEPTANCE,
                "case-2",
                "PY-2",
                "MR-1",
                "market-regulation",
                NoticeSamples.AT,
                "不属于本机关职权范围",
                " ");

        NoticeWording.Text text = NoticeWording.of(refusal, null, null);

        assertThat(text.title()).isEqualTo("不予受理决定书");
        assertThat(String.join("", text.paragraphs()))
                .contains("你（单位）提出的行政许可申请（办件编号：PY-2）")
                .contains("根据《中华人民共和国行政许可法》第三十二条第一款的规定，本机关决定不予受理")
                .contains(NoticeWording.REMEDIES);
        assertThat(text.facts()).doesNotContainKey("legalBasis");
    }

    @Test
    void anApprovalOfAMatterWithALicenseTellsWhereTheLicenseIs() {
        NoticeFacts approval = NoticeFacts.approval(
                "case-1", "PY-1", "MR-1", "食品经营许可", "market-regulation", NoticeSamples.AT, "W002", null, null);

        NoticeWording.Text text = NoticeWording.of(approval, approval.matterName(), null);

        assertThat(text.title()).isEqualTo("准予行政许可决定书");
        assertThat(String.join("", text.paragraphs())).contains("决定准予行政许可").contains("电子证照");
        assertThat(text.facts()).containsEntry("licenseTypeCode", "W002");
    }

    @Test
    void onlyRefusalKindsAreRefusals() {
        assertThatThrownBy(
                        () -> NoticeFacts.refusal(NoticeKind.APPROVAL, "c", "n", "m", "d", NoticeSamples.AT, "r", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(List.of(NoticeKind.values())).hasSize(5);
    }
}
