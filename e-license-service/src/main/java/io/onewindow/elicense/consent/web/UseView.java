package io.onewindow.elicense.consent.web;

import io.onewindow.elicense.consent.domain.LoggedUse;
import java.time.Instant;

/** One logged use as the holder sees it. */
record UseView(
        String id,
        String licenseId,
        String basis,
        String grantId,
        String usedBy,
        String department,
        String matterCode,
        String caseNumber,
        String purpose,
        Instant usedAt) {

    static UseView of(LoggedUse use) {
        return new UseView(
                use.id(),
                use.licenseId(),
                use.basis().name(),
                use.grantId(),
                use.usedBy(),
                use.department(),
                use.matterCode(),
                use.caseNumber(),
                use.purpose(),
                use.usedAt());
    }
}
