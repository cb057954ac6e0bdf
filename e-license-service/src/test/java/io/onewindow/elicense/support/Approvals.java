package io.onewindow.elicense.support;

import io.onewindow.platform.events.EventEnvelope;
import io.onewindow.platform.events.approval.ApplicationApproved;
import io.onewindow.platform.identity.ResidentIdNumber;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Approved cases as approval-service announces them. */
public final class Approvals {

    private Approvals() {}

    public static ApplicationApproved foodBusinessLicenseApprovedFor(String caseId, String holderCode, Instant at) {
        return new ApplicationApproved(
                caseId,
                "PY-" + caseId,
                "MR-FOOD-01",
                "食品经营许可",
                3,
                "market-regulation",
                "11100000000013338W002",
                "番禺示例餐饮店",
                holderCode,
                ResidentIdNumber.isValid(holderCode) ? "111" : "001",
                Map.of("经营场所", "广州市番禺区市桥街1号", "主体业态", "餐饮服务"),
                "approver1",
                at);
    }

    public static EventEnvelope<ApplicationApproved> envelope(ApplicationApproved event, Instant at) {
        return new EventEnvelope<>(
                EventEnvelope.SPEC_VERSION,
                UUID.randomUUID().toString(),
                "/onewindow/approval-service",
                "onewindow.approval.ApplicationApproved.v1",
                event.caseId(),
                at,
                EventEnvelope.JSON,
                event);
    }
}
