package io.onewindow.approval.partner.domain;

import io.onewindow.platform.domain.AccessRefusedException;

/**
 * A report from a system that is not the registered partner system of an active department (the
 * token's {@code department} unknown or retired, or the calling client not the one registered for
 * it); it is refused with 403 and recorded like any other refused report.
 */
public class PartnerNotRegisteredException extends AccessRefusedException {

    public PartnerNotRegisteredException(String code, String message) {
        super(code, message);
    }
}
