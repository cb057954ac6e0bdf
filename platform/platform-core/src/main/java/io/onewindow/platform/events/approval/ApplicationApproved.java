package io.onewindow.platform.events.approval;

import io.onewindow.platform.events.EventType;
import java.time.Instant;
import java.util.Map;

/**
 * The application was approved. Carries what the e-license service needs to issue the license of the
 * matter; it issues exactly one license per {@code caseId}.
 *
 * @param matterName the matter name (linked matter on the license)
 * @param matterVersion the catalog version the case was decided under
 * @param licenseTypeCode the license type the matter produces, or {@code null} when it produces none
 * @param holderName the applicant's name (person or enterprise)
 * @param holderCode the applicant's resident ID number or unified social credit code, in full: the
 *     license record needs it
 * @param holderCodeType {@code 111} resident ID number, {@code 001} unified social credit code
 * @param faceData license-face fields (e.g. business scope, address), from the application
 * @param decidedBy username of the approver (or window representative for an on-the-spot decision)
 * @param decidedAt when
 */
@EventType("onewindow.approval.ApplicationApproved.v1")
public record ApplicationApproved(
        String caseId,
        String caseNumber,
        String matterCode,
        String matterName,
        int matterVersion,
        String department,
        String licenseTypeCode,
        String holderName,
        String holderCode,
        String holderCodeType,
        Map<String, String> faceData,
        String decidedBy,
        Instant decidedAt)
        implements CaseEvent {

    /** Holder code type of a resident ID number (GB 11643). */
    public static final String RESIDENT_ID = "111";

    /** Holder code type of a unified social credit code (GB 32100). */
    public static final String CREDIT_CODE = "001";

    public ApplicationApproved {
        faceData = faceData == null ? Map.of() : Map.copyOf(faceData);
    }
}
