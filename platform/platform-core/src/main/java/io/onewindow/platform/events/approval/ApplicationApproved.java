package io.onewindow.platform.events.approval;

import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * The application was approved. A fact for every reader of the approval topic, so it names the
 * holder only by code type, masked code and pseudonym: no name, no full ID number or credit code,
 * no license face data. The e-license service takes it as the cue to issue the matter's license and
 * asks approval-service (its internal API, service token only) for the approved case and the holder
 * data the license must print; it issues exactly one license per {@code caseId}.
 *
 * <p>Version 2. Version 1 ({@link #V1_TYPE}) carried {@code holderName}, the full {@code holderCode}
 * and {@code faceData}; a reader that still meets v1 events reads them into this record by name
 * (the removed fields are ignored, {@code maskedHolderCode} and {@code holderPseudonym} are
 * {@code null}).
 *
 * @param matterName the matter name (linked matter on the license)
 * @param matterVersion the catalog version the case was decided under
 * @param licenseTypeCode the license type the matter produces, or {@code null} when it produces none
 * @param holderCodeType {@code 111} resident ID number, {@code 001} unified social credit code
 * @param maskedHolderCode the holder's code with the middle hidden (e.g. {@code 440113********1235})
 * @param holderPseudonym the holder's keyed pseudonym under the platform key
 *     ({@code IdentityPseudonyms.ofApplicant}), the same as {@code ApplicationSubmitted.applicantPseudonym}
 * @param decidedBy username of the approver (or window representative for an on-the-spot decision)
 * @param decidedAt when
 */
@EventType("onewindow.approval.ApplicationApproved.v2")
public record ApplicationApproved(
        String caseId,
        String caseNumber,
        String matterCode,
        String matterName,
        int matterVersion,
        String department,
        String licenseTypeCode,
        String holderCodeType,
        String maskedHolderCode,
        String holderPseudonym,
        String decidedBy,
        Instant decidedAt)
        implements CaseEvent {

    /** The wire type of version 1 (with the holder's name and full code), still read during the rollover. */
    public static final String V1_TYPE = "onewindow.approval.ApplicationApproved.v1";

    /** Holder code type of a resident ID number (GB 11643). */
    public static final String RESIDENT_ID = "111";

    /** Holder code type of a unified social credit code (GB 32100). */
    public static final String CREDIT_CODE = "001";
}
