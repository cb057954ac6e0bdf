package io.onewindow.approval.cases.domain;

import io.onewindow.approval.catalog.domain.Subject;
import io.onewindow.platform.events.approval.ApplicationApproved;
import io.onewindow.platform.identity.ResidentIdNumber;
import io.onewindow.platform.identity.UnifiedSocialCreditCode;
import java.util.Objects;

/**
 * The person or enterprise a case is for: the future license holder.
 *
 * @param type person or enterprise
 * @param name the holder name
 * @param code resident ID number (person) or unified social credit code (enterprise), validated
 */
public record Applicant(Subject type, String name, String code) {

    public Applicant {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(code, "code");
    }

    /** GB/T 36903 holder code type: {@code 111} resident ID, {@code 001} credit code. */
    public String codeType() {
        return type == Subject.PERSON ? ApplicationApproved.RESIDENT_ID : ApplicationApproved.CREDIT_CODE;
    }

    /**
     * The code with the middle hidden, for events, answers and logs, masked exactly as the
     * platform's identifier value objects mask it, so other services can compare masked codes.
     */
    public String maskedCode() {
        if (type == Subject.PERSON && ResidentIdNumber.isValid(code)) {
            return ResidentIdNumber.of(code).masked();
        }
        if (type == Subject.ENTERPRISE && UnifiedSocialCreditCode.isValid(code)) {
            return UnifiedSocialCreditCode.of(code).masked();
        }
        // An irregular code admitted by an audited override: hide all but the ends.
        return code.substring(0, 6) + "*".repeat(code.length() - 10) + code.substring(code.length() - 4);
    }
}
