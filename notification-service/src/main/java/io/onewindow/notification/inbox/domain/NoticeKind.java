package io.onewindow.notification.inbox.domain;

/**
 * What a notice tells, each with the template its Chinese text is written from. A kind may have two
 * templates when the two people concerned are told differently (a mandate's principal and agent).
 */
public enum NoticeKind {
    BOOKING_CONFIRMED(new NoticeTemplate(
            "booking.confirmed",
            1,
            "预约成功：事项 {matterCode}，办理时间 {slotStart}，地点 {servicePointId}，预约号 {bookingCode}。请按时携带材料到场办理。")),
    BOOKING_CHANGED(new NoticeTemplate(
            "booking.changed", 1, "预约已改期：事项 {matterCode} 由 {previousSlotStart} 改至 {slotStart}，地点 {servicePointId}。")),
    BOOKING_CANCELLED(new NoticeTemplate(
            "booking.cancelled", 1, "预约已取消：事项 {matterCode}，原定 {slotStart}，地点 {servicePointId}。原因：{reason}。")),
    BOOKING_CANCELLED_BY_HALL(new NoticeTemplate(
            "booking.cancelled-by-hall",
            1,
            "因办事大厅调整（{detail}），您 {slotStart} 在 {servicePointId} 办理事项 {matterCode} 的预约已取消，请重新预约。")),
    DRAW_LOST(new NoticeTemplate(
            "draw.lost", 1, "摇号结果：您参加的 {slotStart} 事项 {matterCode} 号源摇号{outcome}，已占用的预约次数已退回，可预约剩余号源。")),
    CORRECTION_REQUESTED(new NoticeTemplate(
            "case.correction", 1, "您的申请 {caseNumber}（事项 {matterCode}）需要补正材料（第 {sequence} 次补正告知），请一次性补齐以下材料：{items}")),
    CASE_ACCEPTED(new NoticeTemplate(
            "case.accepted",
            1,
            "您的申请 {caseNumber}（事项 {matterCode}）已受理，承诺办结日期 {promisedDueDate}，法定办结日期 {statutoryDueDate}。")),
    CASE_NOT_ACCEPTED(new NoticeTemplate(
            "case.not-accepted", 1, "您的申请 {caseNumber}（事项 {matterCode}）不予受理。理由：{reason}；依据：{legalBasis}。")),
    CASE_APPROVED(new NoticeTemplate("case.approved", 1, "您的申请 {caseNumber}（{matterName}）已审批通过，准予许可。")),
    CASE_DENIED(new NoticeTemplate(
            "case.denied", 1, "您的申请 {caseNumber}（事项 {matterCode}）经审查不予许可。理由：{reason}；依据：{legalBasis}。")),
    RATING_REQUESTED(
            new NoticeTemplate("case.rating-requested", 1, "您的申请 {caseNumber}（事项 {matterCode}）已办结，欢迎对本次办理进行评价（好差评）。")),
    LICENSE_ISSUED(new NoticeTemplate(
            "license.issued", 1, "电子证照已签发：证照编号 {identifier}（类型 {licenseTypeCode}），有效期 {validFrom} 至 {validTo}。")),
    LICENSE_SUSPENDED(new NoticeTemplate("license.suspended", 1, "您的电子证照 {identifier} 已被暂停使用。原因：{reason}。")),
    LICENSE_REINSTATED(new NoticeTemplate("license.reinstated", 1, "您的电子证照 {identifier} 已恢复使用。")),
    LICENSE_REVOKED(new NoticeTemplate("license.revoked", 1, "您的电子证照 {identifier} 已被撤销。原因：{reason}。")),
    LICENSE_EXPIRING(new NoticeTemplate("license.expiring", 1, "您的电子证照 {identifier} 将于 {validTo} 到期，如需继续使用请及时办理延续。")),
    COMPLAINT_ANSWERED(new NoticeTemplate("complaint.answered", 1, "您的投诉（编号 {complaintId}）已有答复，请在“我的投诉”中查看，并对答复进行评价。")),
    BOOKING_REMINDER(new NoticeTemplate(
            "booking.reminder",
            1,
            "温馨提醒：您明天 {slotStart} 在 {servicePointId} 预约了事项 {matterCode}，请按时携带材料到场办理；如不能前往，请提前取消。")),
    MANDATE_GRANTED(new NoticeTemplate(
            "mandate.granted.principal",
            1,
            "您已授权代办人 {agentUsername} 代为办理{scope}，有效期 {validFrom} 至 {validUntil}（授权编号 {mandateId}）。")),
    MANDATE_RECEIVED(new NoticeTemplate(
            "mandate.granted.agent",
            1,
            "{maskedPrincipal} 已授权您代为办理{scope}，有效期 {validFrom} 至 {validUntil}（授权编号 {mandateId}）。")),
    MANDATE_REVOKED(
            new NoticeTemplate("mandate.revoked.principal", 1, "授权委托 {mandateId} 已撤销，代办人自 {revokedAt} 起不能再代您办理。")),
    MANDATE_WITHDRAWN(
            new NoticeTemplate("mandate.revoked.agent", 1, "委托人已撤销授权委托 {mandateId}，自 {revokedAt} 起您不能再代其办理。"));

    private final NoticeTemplate template;

    NoticeKind(NoticeTemplate template) {
        this.template = template;
    }

    public NoticeTemplate template() {
        return template;
    }
}
