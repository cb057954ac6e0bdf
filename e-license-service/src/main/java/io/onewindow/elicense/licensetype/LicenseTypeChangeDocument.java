package io.onewindow.elicense.licensetype;

import io.onewindow.elicense.ELicenseServiceApplication;
import io.onewindow.elicense.licensetype.LicenseTypeStore.TypeDocument;
import io.onewindow.elicense.licensetype.domain.LicenseTypeChange;
import io.onewindow.platform.messaging.outbox.OutboxEntry;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The stored form of a {@link LicenseTypeChange} (its outbox stays empty: it records no events). */
@Document(ELicenseServiceApplication.LICENSE_TYPE_CHANGES)
record LicenseTypeChangeDocument(
        @Id String id,
        Long version,
        String code,
        TypeDocument proposed,
        TypeDocument previous,
        String confirmingDepartment,
        String proposedBy,
        Instant proposedAt,
        String status,
        String decidedBy,
        Instant decidedAt,
        String rejectionReason,
        List<OutboxEntry> outbox) {

    static LicenseTypeChangeDocument of(LicenseTypeChange change, long version, List<OutboxEntry> outbox) {
        return new LicenseTypeChangeDocument(
                change.id(),
                version,
                change.code(),
                TypeDocument.of(change.proposed()),
                change.previous() == null ? null : TypeDocument.of(change.previous()),
                change.confirmingDepartment(),
                change.proposedBy(),
                change.proposedAt(),
                change.status().name(),
                change.decidedBy(),
                change.decidedAt(),
                change.rejectionReason(),
                outbox);
    }

    LicenseTypeChange toDomain() {
        return new LicenseTypeChange(
                id,
                proposed.toDomain(),
                previous == null ? null : previous.toDomain(),
                confirmingDepartment,
                proposedBy,
                proposedAt,
                LicenseTypeChange.Status.valueOf(status),
                decidedBy,
                decidedAt,
                rejectionReason);
    }
}
