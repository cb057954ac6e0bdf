package io.onewindow.notification.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.notification.inbox.domain.NoticeDraft;
import io.onewindow.notification.inbox.domain.NoticeKind;
import io.onewindow.platform.events.appointment.Booked;
import io.onewindow.platform.events.appointment.BookingChannel;
import io.onewindow.platform.events.appointment.Cancelled;
import io.onewindow.platform.events.appointment.DrawEntryLost;
import io.onewindow.platform.events.appointment.MandateGranted;
import io.onewindow.platform.events.appointment.MandateRevoked;
import io.onewindow.platform.events.appointment.Rescheduled;
import io.onewindow.platform.events.approval.ApplicationAccepted;
import io.onewindow.platform.events.approval.ApplicationApproved;
import io.onewindow.platform.events.approval.ApplicationCompleted;
import io.onewindow.platform.events.approval.ApplicationDenied;
import io.onewindow.platform.events.approval.CorrectionItem;
import io.onewindow.platform.events.approval.CorrectionRequested;
import io.onewindow.platform.events.approval.NotAccepted;
import io.onewindow.platform.events.license.LicenseExpiringSoon;
import io.onewindow.platform.events.license.LicenseIssued;
import io.onewindow.platform.events.license.LicenseReinstated;
import io.onewindow.platform.events.license.LicenseRevoked;
import io.onewindow.platform.events.license.LicenseSuspended;
import io.onewindow.platform.events.supervision.ComplaintAnswered;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each event people care about becomes its notice, in Chinese, for the people it concerns. */
class NoticeTranslationTest {

    private static final String PERSON = "a1ea9a037e9992b70b77a1694fcc6c2f2e4dcd4d36e5db0c85f7d93ae0765d72";
    private static final String AGENT = "609ca5fd9388976bc8fae18d7d76323f87e93a9bafdd6740e826070e8e845baf";
    private static final List<String> APPLICANT = List.of(PERSON);
    // 09:30 on Tuesday 3 March 2026 in the district
    private static final Instant SLOT = Instant.parse("2026-03-03T01:30:00Z");
    private static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");

    private final NoticeTranslation translation = new NoticeTranslation(ZoneId.of("Asia/Shanghai"));

    @Test
    void aBookingIsConfirmedToThePersonAndToTheAgentWhoBookedIt() {
        NoticeDraft draft = translation.booked(booked("agent-subject"));
        assertThat(draft.kind()).isEqualTo(NoticeKind.BOOKING_CONFIRMED);
        assertThat(draft.subjectId()).isEqualTo("bk-1");
        assertThat(draft.recipients()).containsExactly(PERSON, "sub:agent-subject");
        assertThat(draft.text()).isEqualTo("预约成功：事项 MR-001，办理时间 2026年3月3日 09:30，地点 sp-shiqiao，预约号 CODE-1。请按时携带材料到场办理。");
    }

    @Test
    void aBookingMadeByThePersonIsConfirmedToThemAlone() {
        assertThat(translation.booked(booked(null)).recipients()).containsExactly(PERSON);
    }

    @Test
    void aMoveNamesTheOldAndTheNewTime() {
        NoticeDraft draft = translation.rescheduled(new Rescheduled(
                "bk-1",
                "sp-shiqiao",
                "MR-001",
                SLOT,
                SLOT.plusSeconds(86_400),
                PERSON,
                null,
                BookingChannel.PORTAL,
                null,
                "mr"));
        assertThat(draft.kind()).isEqualTo(NoticeKind.BOOKING_CHANGED);
        assertThat(draft.text()).isEqualTo("预约已改期：事项 MR-001 由 2026年3月3日 09:30 改至 2026年3月4日 09:30，地点 sp-shiqiao。");
    }

    @Test
    void aCancellationByThePersonSaysSo() {
        NoticeDraft draft = translation.cancelled(cancelled("BY_PERSON", null));
        assertThat(draft.kind()).isEqualTo(NoticeKind.BOOKING_CANCELLED);
        assertThat(draft.text()).isEqualTo("预约已取消：事项 MR-001，原定 2026年3月3日 09:30，地点 sp-shiqiao。原因：本人或代办人取消。");
    }

    @Test
    void aCancellationByAnInspectorGivesTheInspectorsReason() {
        assertThat(translation.cancelled(cancelled("SCALPING", "同一设备为 12 人抢号")).text())
                .endsWith("原因：经监察认定为异常抢号（同一设备为 12 人抢号）。");
    }

    @Test
    void aHallClosureIsToldAsSuchWithTheAdminsWords() {
        NoticeDraft draft = translation.cancelled(cancelled("SCHEDULE_CHANGED", "停电检修"));
        assertThat(draft.kind()).isEqualTo(NoticeKind.BOOKING_CANCELLED_BY_HALL);
        assertThat(draft.recipients()).containsExactly(PERSON);
        assertThat(draft.text()).isEqualTo("因办事大厅调整（停电检修），您 2026年3月3日 09:30 在 sp-shiqiao 办理事项 MR-001 的预约已取消，请重新预约。");
    }

    @Test
    void aLostDrawEntrySaysWhetherItWasNotDrawnOrNoLongerEligible() {
        NoticeDraft notDrawn = translation.drawLost(lost("NOT_DRAWN"));
        assertThat(notDrawn.kind()).isEqualTo(NoticeKind.DRAW_LOST);
        assertThat(notDrawn.subjectId()).isEqualTo("entry-1");
        assertThat(notDrawn.text()).isEqualTo("摇号结果：您参加的 2026年3月3日 09:30 事项 MR-001 号源摇号未中签，已占用的预约次数已退回，可预约剩余号源。");
        assertThat(translation.drawLost(lost("INELIGIBLE")).text()).contains("号源摇号中签，但您已不符合预约条件");
    }

    @Test
    void aCorrectionNoticeListsEveryMaterialWithItsProblem() {
        NoticeDraft draft = translation.correction(
                new CorrectionRequested(
                        "case-1",
                        "MR-2026-000001",
                        "MR-SP-001",
                        "market-regulation",
                        1,
                        List.of(
                                new CorrectionItem("M-01", "营业执照申请书", "未签字"),
                                new CorrectionItem("M-02", "经营场所证明", null),
                                new CorrectionItem("M-03", null, "复印件不清晰")),
                        null,
                        "officer1",
                        AT),
                APPLICANT);
        assertThat(draft.kind()).isEqualTo(NoticeKind.CORRECTION_REQUESTED);
        assertThat(draft.recipients()).containsExactly(PERSON);
        assertThat(draft.text())
                .isEqualTo("您的申请 MR-2026-000001（事项 MR-SP-001）需要补正材料（第 1 次补正告知），请一次性补齐以下材料："
                        + "1. 营业执照申请书（未签字）；2. 经营场所证明；3. M-03（复印件不清晰）。");
    }

    @Test
    void acceptanceGivesThePromisedAndTheStatutoryDate() {
        NoticeDraft draft = translation.accepted(
                new ApplicationAccepted(
                        "case-1",
                        "MR-2026-000001",
                        "MR-SP-001",
                        "market-regulation",
                        AT,
                        LocalDate.of(2026, 3, 30),
                        LocalDate.of(2026, 3, 16),
                        "officer1",
                        false),
                APPLICANT);
        assertThat(draft.kind()).isEqualTo(NoticeKind.CASE_ACCEPTED);
        assertThat(draft.text()).isEqualTo("您的申请 MR-2026-000001（事项 MR-SP-001）已受理，承诺办结日期 2026年3月16日，法定办结日期 2026年3月30日。");
    }

    @Test
    void aRefusalToAcceptGivesReasonAndBasis() {
        NoticeDraft draft = translation.notAccepted(
                new NotAccepted(
                        "case-1",
                        "MR-2026-000001",
                        "MR-SP-001",
                        "market-regulation",
                        "不属于本机关职权范围",
                        "行政许可法第三十二条",
                        "officer1",
                        AT),
                APPLICANT);
        assertThat(draft.kind()).isEqualTo(NoticeKind.CASE_NOT_ACCEPTED);
        assertThat(draft.text()).isEqualTo("您的申请 MR-2026-000001（事项 MR-SP-001）不予受理。理由：不属于本机关职权范围；依据：行政许可法第三十二条。");
    }

    @Test
    void anApprovalNamesTheMatter() {
        NoticeDraft draft = translation.approved(approved("食品经营许可"), APPLICANT);
        assertThat(draft.kind()).isEqualTo(NoticeKind.CASE_APPROVED);
        assertThat(draft.text()).isEqualTo("您的申请 MR-2026-000001（食品经营许可）已审批通过，准予许可。");
        assertThat(translation.approved(approved(null), APPLICANT).text()).contains("（事项 MR-SP-001）");
    }

    @Test
    void aDenialGivesReasonAndBasis() {
        NoticeDraft draft = translation.denied(
                new ApplicationDenied(
                        "case-1",
                        "MR-2026-000001",
                        "MR-SP-001",
                        "market-regulation",
                        "场所不符合要求",
                        "食品安全法第三十五条",
                        "approver1",
                        AT),
                APPLICANT);
        assertThat(draft.kind()).isEqualTo(NoticeKind.CASE_DENIED);
        assertThat(draft.text()).isEqualTo("您的申请 MR-2026-000001（事项 MR-SP-001）经审查不予许可。理由：场所不符合要求；依据：食品安全法第三十五条。");
    }

    @Test
    void aClosedCaseAsksForARating() {
        NoticeDraft draft = translation.completed(
                new ApplicationCompleted(
                        "case-1",
                        "MR-2026-000001",
                        "MR-SP-001",
                        "market-regulation",
                        "APPROVED",
                        AT,
                        null,
                        null,
                        3,
                        "officer1",
                        AT),
                APPLICANT);
        assertThat(draft.kind()).isEqualTo(NoticeKind.RATING_REQUESTED);
        assertThat(draft.text()).isEqualTo("您的申请 MR-2026-000001（事项 MR-SP-001）已办结，欢迎对本次办理进行评价（好差评）。");
    }

    @Test
    void anIssuedLicenseGivesItsValidityAndOneWithoutEndIsPermanent() {
        NoticeDraft draft = translation.licenseIssued(issued(LocalDate.of(2031, 3, 1)), APPLICANT);
        assertThat(draft.kind()).isEqualTo(NoticeKind.LICENSE_ISSUED);
        assertThat(draft.subjectId()).isEqualTo("lic-1");
        assertThat(draft.text())
                .isEqualTo("电子证照已签发：证照编号 JY14401130000001（类型 food-business），有效期 2026年3月2日 至 2031年3月1日。");
        assertThat(translation.licenseIssued(issued(null), APPLICANT).text()).endsWith("有效期 2026年3月2日 至 长期。");
    }

    @Test
    void aLicenseSuspendedReinstatedRevokedOrExpiringIsToldToItsHolder() {
        assertThat(translation
                        .licenseSuspended(
                                new LicenseSuspended("lic-1", "JY1", "mr", "抽查不合格", "deptadmin1", AT), APPLICANT)
                        .text())
                .isEqualTo("您的电子证照 JY1 已被暂停使用。原因：抽查不合格。");
        assertThat(translation
                        .licenseReinstated(new LicenseReinstated("lic-1", "JY1", "mr", "deptadmin1", AT), APPLICANT)
                        .text())
                .isEqualTo("您的电子证照 JY1 已恢复使用。");
        NoticeDraft revoked = translation.licenseRevoked(
                new LicenseRevoked("lic-1", "JY1", "mr", "以欺骗手段取得", "deptadmin1", AT), APPLICANT);
        assertThat(revoked.kind()).isEqualTo(NoticeKind.LICENSE_REVOKED);
        assertThat(revoked.text()).isEqualTo("您的电子证照 JY1 已被撤销。原因：以欺骗手段取得。");
        NoticeDraft expiring = translation.licenseExpiring(
                new LicenseExpiringSoon(
                        "lic-1", "JY1", "food-business", "mr", "111", "4401***", LocalDate.of(2026, 4, 1), AT),
                APPLICANT);
        assertThat(expiring.kind()).isEqualTo(NoticeKind.LICENSE_EXPIRING);
        assertThat(expiring.text()).isEqualTo("您的电子证照 JY1 将于 2026年4月1日 到期，如需继续使用请及时办理延续。");
    }

    @Test
    void aMandateIsToldToThePrincipalAndToTheAgentEachInTheirWords() {
        List<NoticeDraft> drafts = translation.mandateGranted(new MandateGranted(
                "m-1",
                PERSON,
                "PERSON",
                "440113********1235",
                AGENT,
                "agent1",
                "IM-01",
                List.of("MR-001", "MR-002"),
                Instant.parse("2026-03-01T16:00:00Z"),
                Instant.parse("2026-03-31T15:59:59.999Z"),
                "ONLINE",
                "citizen1",
                AT));
        assertThat(drafts)
                .extracting(NoticeDraft::kind)
                .containsExactly(NoticeKind.MANDATE_GRANTED, NoticeKind.MANDATE_RECEIVED);
        assertThat(drafts.get(0).recipients()).containsExactly(PERSON);
        assertThat(drafts.get(0).text())
                .isEqualTo("您已授权代办人 agent1 代为办理事项 MR-001、MR-002，有效期 2026年3月2日 至 2026年3月31日（授权编号 m-1）。");
        assertThat(drafts.get(1).recipients()).containsExactly(AGENT);
        assertThat(drafts.get(1).text())
                .isEqualTo("440113********1235 已授权您代为办理事项 MR-001、MR-002，有效期 2026年3月2日 至 2026年3月31日（授权编号 m-1）。");
    }

    @Test
    void aRevokedMandateIsToldToBoth() {
        List<NoticeDraft> drafts = translation.mandateRevoked(new MandateRevoked("m-1", PERSON, AGENT, "citizen1", AT));
        assertThat(drafts.get(0).kind()).isEqualTo(NoticeKind.MANDATE_REVOKED);
        assertThat(drafts.get(0).text()).isEqualTo("授权委托 m-1 已撤销，代办人自 2026年3月2日 09:00 起不能再代您办理。");
        assertThat(drafts.get(1).kind()).isEqualTo(NoticeKind.MANDATE_WITHDRAWN);
        assertThat(drafts.get(1).recipients()).containsExactly(AGENT);
        assertThat(drafts.get(1).text()).isEqualTo("委托人已撤销授权委托 m-1，自 2026年3月2日 09:00 起您不能再代其办理。");
    }

    @Test
    void anAnsweredComplaintAsksToReadAndRateTheAnswer() {
        NoticeDraft draft = translation.complaintAnswered(
                new ComplaintAnswered("c-1", "market-regulation", "deptadmin1", true, AT), APPLICANT);
        assertThat(draft.kind()).isEqualTo(NoticeKind.COMPLAINT_ANSWERED);
        assertThat(draft.text()).isEqualTo("您的投诉（编号 c-1）已有答复，请在“我的投诉”中查看，并对答复进行评价。");
    }

    @Test
    void theReminderNamesTomorrowsSlot() {
        NoticeDraft draft = translation.reminder("bk-1", APPLICANT, "MR-001", "sp-shiqiao", SLOT);
        assertThat(draft.kind()).isEqualTo(NoticeKind.BOOKING_REMINDER);
        assertThat(draft.text())
                .isEqualTo("温馨提醒：您明天 2026年3月3日 09:30 在 sp-shiqiao 预约了事项 MR-001，请按时携带材料到场办理；如不能前往，请提前取消。");
    }

    @Test
    void aValueTheEventLacksIsShownAsADashNeverAHole() {
        NoticeDraft draft = translation.notAccepted(
                new NotAccepted("case-1", "MR-2026-000001", "MR-SP-001", "mr", "材料不全", null, "officer1", AT),
                APPLICANT);
        assertThat(draft.text()).endsWith("依据：—。");
    }

    @Test
    void aCaseNobodyIsKnownForIsToldToNobody() {
        assertThat(translation.approved(approved("x"), List.of()).recipients()).isEmpty();
    }

    private static Booked booked(String agentSubject) {
        return new Booked(
                "bk-1",
                "CODE-1",
                null,
                "sp-shiqiao",
                "MR-001",
                SLOT,
                PERSON,
                "440113********1235",
                agentSubject,
                agentSubject == null ? null : "agent1",
                BookingChannel.PORTAL,
                null,
                "market-regulation");
    }

    private static Cancelled cancelled(String reason, String detail) {
        return new Cancelled(
                "bk-1",
                null,
                "sp-shiqiao",
                "MR-001",
                SLOT,
                PERSON,
                reason,
                detail,
                "admin",
                null,
                null,
                "market-regulation");
    }

    private static DrawEntryLost lost(String reason) {
        return new DrawEntryLost("entry-1", "slot-1", "sp-shiqiao", "MR-001", SLOT, PERSON, null, reason, "mr", AT);
    }

    private static ApplicationApproved approved(String matterName) {
        return new ApplicationApproved(
                "case-1",
                "MR-2026-000001",
                "MR-SP-001",
                matterName,
                1,
                "mr",
                "food-business",
                "111",
                "4401***",
                PERSON,
                "approver1",
                AT);
    }

    private static LicenseIssued issued(LocalDate validTo) {
        return new LicenseIssued(
                "lic-1",
                "JY14401130000001",
                "food-business",
                "market-regulation",
                "CASE",
                "case-1",
                "MR-2026-000001",
                "MR-SP-001",
                "111",
                "4401***",
                LocalDate.of(2026, 3, 2),
                validTo,
                "key-1",
                "approver1",
                AT);
    }
}
