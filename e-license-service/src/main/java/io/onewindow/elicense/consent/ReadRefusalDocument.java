package io.onewindow.elicense.consent;

import io.onewindow.elicense.ELicenseServiceApplication;
import io.onewindow.elicense.consent.domain.ReadRefusal;
import io.onewindow.platform.messaging.outbox.OutboxEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The stored form of a {@link ReadRefusal}, with the outbox of its LicenseReadRefused event. */
@Document(ELicenseServiceApplication.LICENSE_READ_REFUSALS)
record ReadRefusalDocument(
        @Id String id,
        Long version,
        String identifier,
        String readerUsername,
        String readerDepartment,
        String matterCode,
        String caseNumber,
        String reason,
        Instant refusedAt,
        List<OutboxEntry> outbox) {

    static ReadRefusalDocument of(ReadRefusal refusal, long version, List<OutboxEntry> outbox) {
        return new ReadRefusalDocument(
                refusal.id(),
                version,
                refusal.identifier(),
                refusal.readerUsername(),
                refusal.readerDepartment(),
                refusal.matterCode(),
                refusal.caseNumber(),
                refusal.reason().name(),
                refusal.refusedAt(),
                new ArrayList<>(outbox == null ? List.of() : outbox));
    }

    ReadRefusal toDomain() {
        return new ReadRefusal(
                id,
                identifier,
                readerUsername,
                readerDepartment,
                matterCode,
                caseNumber,
                ReadRefusal.Reason.valueOf(reason),
                refusedAt);
    }
}
