package io.onewindow.elicense.consent.domain;

import java.util.Optional;

/**
 * When a member of staff (window officer, approver) has the duty to read a license's full data: for
 * a real case (as approval-service knows it) of their own department that cites the license among its
 * materials. A matter code given with the case number must be the case's. The first failing condition
 * is the reason of the refusal.
 */
public final class DutyRule {

    private DutyRule() {}

    /**
     * Why {@code readerDepartment} may not read license {@code identifier} for the named case, or
     * empty when the duty covers the read.
     *
     * @param found the case with the given number, as approval-service answered; empty if unknown
     * @param matterCode the matter code the reader gave, or {@code null}
     */
    public static Optional<ReadRefusal.Reason> refusal(
            Optional<CaseCitations> found, String readerDepartment, String matterCode, String identifier) {
        if (found.isEmpty()) {
            return Optional.of(ReadRefusal.Reason.NO_SUCH_CASE);
        }
        CaseCitations c = found.get();
        if (matterCode != null && !matterCode.isBlank() && !matterCode.equals(c.matterCode())) {
            return Optional.of(ReadRefusal.Reason.NO_SUCH_CASE);
        }
        if (readerDepartment == null || !readerDepartment.equals(c.department())) {
            return Optional.of(ReadRefusal.Reason.OTHER_DEPARTMENT);
        }
        if (!c.cites(identifier)) {
            return Optional.of(ReadRefusal.Reason.NOT_CITED);
        }
        return Optional.empty();
    }
}
