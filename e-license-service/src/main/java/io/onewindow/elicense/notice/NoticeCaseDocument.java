package io.onewindow.elicense.notice;

import io.onewindow.elicense.ELicenseServiceApplication;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What e-license-service keeps of a case's filing ({@code ApplicationSubmitted}) for its notices: who
 * may read them, and the matter version for the matter's name. No name and no full ID number.
 */
@Document(ELicenseServiceApplication.NOTICE_CASES)
record NoticeCaseDocument(
        @Id String caseId,
        String caseNumber,
        String matterCode,
        int matterVersion,
        String department,
        String channel,
        String submittedBy,
        String applicantType,
        String applicantMasked,
        String applicantPseudonym,
        Instant receivedAt) {}
