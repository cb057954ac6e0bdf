package io.onewindow.appointment.identity;

import io.onewindow.appointment.identity.domain.IdentityConfirmation;
import io.onewindow.platform.events.appointment.IdentityConfirmedAtWindow;
import io.onewindow.platform.messaging.outbox.OutboxEntry;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A person's confirmation at a window as stored (id: the person's ID hash), with its outbox. */
@Document("identity_confirmations")
record IdentityConfirmationDocument(
        @Id String id,
        String levelBefore,
        String level,
        String officerUsername,
        String officerSubject,
        String department,
        String servicePointId,
        String window,
        Instant confirmedAt,
        Long version,
        List<OutboxEntry> outbox) {

    static IdentityConfirmationDocument of(IdentityConfirmation c, long version, List<OutboxEntry> outbox) {
        IdentityConfirmedAtWindow f = c.facts();
        return new IdentityConfirmationDocument(
                f.personIdHash(),
                f.levelBefore(),
                f.level(),
                f.officerUsername(),
                f.officerSubject(),
                f.department(),
                f.servicePointId(),
                f.window(),
                f.confirmedAt(),
                version,
                outbox);
    }

    IdentityConfirmation toDomain() {
        return IdentityConfirmation.stored(new IdentityConfirmedAtWindow(
                id,
                levelBefore,
                level,
                officerUsername,
                officerSubject,
                department,
                servicePointId,
                window,
                confirmedAt));
    }
}
