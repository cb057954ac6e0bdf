package io.onewindow.elicense.consent;

import io.onewindow.elicense.ELicenseServiceApplication;
import io.onewindow.elicense.consent.domain.LoggedUse;
import io.onewindow.elicense.consent.domain.UseBasis;
import io.onewindow.platform.messaging.outbox.OutboxEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The stored form of a {@link LoggedUse}, with the outbox of its LicenseUsed event. */
@Document(ELicenseServiceApplication.LICENSE_USES)
record LoggedUseDocument(
        @Id String id,
        Long version,
        String licenseId,
        String basis,
        String grantId,
        String usedBy,
        String department,
        String matterCode,
        String caseNumber,
        String purpose,
        Instant usedAt,
        List<OutboxEntry> outbox) {

    static LoggedUseDocument of(LoggedUse use, long version, List<OutboxEntry> outbox) {
        return new LoggedUseDocument(
                use.id(),
                version,
                use.licenseId(),
                use.basis().name(),
                use.grantId(),
                use.usedBy(),
                use.department(),
                use.matterCode(),
                use.caseNumber(),
                use.purpose(),
                use.usedAt(),
                new ArrayList<>(outbox == null ? List.of() : outbox));
    }

    LoggedUse toDomain() {
        return new LoggedUse(
                id,
                licenseId,
                UseBasis.valueOf(basis),
                grantId,
                usedBy,
                department,
                matterCode,
                caseNumber,
                purpose,
                usedAt);
    }
}
