package io.onewindow.elicense.support;

import io.onewindow.elicense.approvalclient.ApprovalClient;
import io.onewindow.platform.events.EventEnvelope;
import io.onewindow.platform.events.EventTypes;
import io.onewindow.platform.events.approval.ApplicationApproved;
import io.onewindow.platform.identity.ResidentIdNumber;
import io.onewindow.platform.identity.UnifiedSocialCreditCode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Approved cases as approval-service knows them (its internal API, here {@link FakeApprovalService})
 * and announces them ({@code ApplicationApproved.v2}: the holder only masked).
 */
public final class Approvals {

    public static final String FOOD_MATTER = "MR-FOOD-01";
    public static final String FOOD_LICENSE_TYPE = "11100000000013338W002";
    public static final String HOLDER_NAME = "番禺示例餐饮店";

    private Approvals() {}

    /** The facts approval-service answers for an approved food business license case. */
    public static ApprovalClient.ApprovedCase foodBusinessLicenseFacts(
            String caseId, String department, String holderCode, Instant at) {
        return new ApprovalClient.ApprovedCase(
                caseId,
                "PY-" + caseId,
                "APPROVED",
                FOOD_MATTER,
                "食品经营许可",
                3,
                department,
                FOOD_LICENSE_TYPE,
                "approver1",
                at,
                HOLDER_NAME,
                holderCode,
                ResidentIdNumber.isValid(holderCode) ? "111" : "001",
                Map.of("经营场所", "广州市番禺区市桥街1号", "主体业态", "餐饮服务"));
    }

    /**
     * A food business license case approved for {@code holderCode}: approval-service knows it, and
     * the returned event announces it.
     */
    public static ApplicationApproved foodBusinessLicenseApprovedFor(String caseId, String holderCode, Instant at) {
        ApprovalClient.ApprovedCase facts = foodBusinessLicenseFacts(caseId, "market-regulation", holderCode, at);
        FakeApprovalService.shared().knowsApproved(facts);
        return announced(facts);
    }

    /** The event approval-service writes for {@code facts}: no name, no full code, no face data. */
    public static ApplicationApproved announced(ApprovalClient.ApprovedCase facts) {
        return new ApplicationApproved(
                facts.caseId(),
                facts.caseNumber(),
                facts.matterCode(),
                facts.matterName(),
                facts.matterVersion(),
                facts.department(),
                facts.licenseTypeCode(),
                facts.holderCodeType(),
                masked(facts.holderCode()),
                "pseudonym-" + facts.holderCode().hashCode(),
                facts.decidedBy(),
                facts.decidedAt());
    }

    public static EventEnvelope<ApplicationApproved> envelope(ApplicationApproved event, Instant at) {
        return new EventEnvelope<>(
                EventEnvelope.SPEC_VERSION,
                UUID.randomUUID().toString(),
                "/onewindow/approval-service",
                EventTypes.typeOf(event),
                event.caseId(),
                at,
                EventEnvelope.JSON,
                event);
    }

    /** A version-1 event as approval-service wrote them before v2: holder name, full code and face data. */
    public static EventEnvelope<Map<String, Object>> v1Envelope(
            ApplicationApproved event, String holderName, String holderCode, Instant at) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("caseId", event.caseId());
        data.put("caseNumber", event.caseNumber());
        data.put("matterCode", event.matterCode());
        data.put("matterName", event.matterName());
        data.put("matterVersion", event.matterVersion());
        data.put("department", event.department());
        data.put("licenseTypeCode", event.licenseTypeCode());
        data.put("holderName", holderName);
        data.put("holderCode", holderCode);
        data.put("holderCodeType", event.holderCodeType());
        data.put("faceData", Map.of("经营场所", "伪造地址"));
        data.put("decidedBy", event.decidedBy());
        data.put("decidedAt", event.decidedAt().toString());
        return new EventEnvelope<>(
                EventEnvelope.SPEC_VERSION,
                UUID.randomUUID().toString(),
                "/onewindow/approval-service",
                ApplicationApproved.V1_TYPE,
                event.caseId(),
                at,
                EventEnvelope.JSON,
                data);
    }

    private static String masked(String code) {
        if (ResidentIdNumber.isValid(code)) {
            return ResidentIdNumber.of(code).masked();
        }
        return UnifiedSocialCreditCode.of(code).masked();
    }
}
