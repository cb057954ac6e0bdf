package io.onewindow.appointment.identity;

import io.onewindow.appointment.identity.domain.IdentityConfirmation;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.aggregate.AggregateMapping;
import io.onewindow.platform.messaging.aggregate.AggregateStore;
import io.onewindow.platform.messaging.aggregate.AggregateStores;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Confirmations at a window, one per person, each with its {@code IdentityConfirmedAtWindow} in its outbox. */
@Component
class IdentityConfirmationStore {

    private final AggregateStore<IdentityConfirmation, IdentityConfirmationDocument> confirmations;

    IdentityConfirmationStore(AggregateStores stores) {
        this.confirmations = stores.of(mapping());
    }

    Optional<IdentityConfirmation> find(String personIdHash) {
        return confirmations.find(personIdHash);
    }

    IdentityConfirmation add(IdentityConfirmation confirmation) {
        return confirmations.add(confirmation);
    }

    /** How {@link IdentityConfirmation} is stored: its document, id, version and outbox. */
    static AggregateMapping<IdentityConfirmation, IdentityConfirmationDocument> mapping() {
        return AggregateMapping.of(
                        IdentityConfirmation.class,
                        IdentityConfirmationDocument.class,
                        "identity confirmation",
                        Topics.APPOINTMENT)
                .id(IdentityConfirmation::id)
                .stored(IdentityConfirmationDocument::of, IdentityConfirmationDocument::toDomain)
                .versioned(IdentityConfirmationDocument::version, IdentityConfirmationDocument::outbox);
    }
}
