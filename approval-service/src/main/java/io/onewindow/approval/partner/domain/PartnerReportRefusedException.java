package io.onewindow.approval.partner.domain;

import io.onewindow.platform.domain.ConflictException;

/** A partner milestone report that breaks the docking rules; it is refused and recorded. */
public class PartnerReportRefusedException extends ConflictException {

    public PartnerReportRefusedException(String code, String message) {
        super(code, message);
    }
}
