package io.onewindow.appointment.identity.domain;

import io.onewindow.platform.domain.AggregateRoot;
import io.onewindow.platform.events.appointment.IdentityConfirmedAtWindow;
import io.onewindow.platform.identity.RealNameLevel;
import java.time.Instant;
import java.util.Objects;

/**
 * A person's account confirmed at a window (实名核验): an officer posted at a service point checked
 * the person's ID card. One per person (keyed by the pseudonym of the ID number): a repeated
 * confirmation answers this one and records nothing ({@link IdentityConfirmedAtWindow}).
 */
public final class IdentityConfirmation extends AggregateRoot {

    private final IdentityConfirmedAtWindow facts;

    private IdentityConfirmation(IdentityConfirmedAtWindow facts) {
        this.facts = Objects.requireNonNull(facts, "facts");
    }

    /** Rebuilds a confirmation from storage; records no event. */
    public static IdentityConfirmation stored(IdentityConfirmedAtWindow facts) {
        return new IdentityConfirmation(facts);
    }

    /**
     * Records that {@code officer} checked the card of the person {@code personIdHash} at {@code
     * window} of {@code servicePointId}, whose account held {@code levelBefore}: the account now
     * holds {@link RealNameLevel#confirmedAtWindow()} of it.
     */
    public static IdentityConfirmation confirm(
            String personIdHash,
            RealNameLevel levelBefore,
            Officer officer,
            String servicePointId,
            String window,
            Instant now) {
        IdentityConfirmation confirmation = new IdentityConfirmation(new IdentityConfirmedAtWindow(
                Objects.requireNonNull(personIdHash, "personIdHash"),
                levelBefore.code(),
                levelBefore.confirmedAtWindow().code(),
                officer.username(),
                officer.subject(),
                officer.department(),
                Objects.requireNonNull(servicePointId, "servicePointId"),
                Objects.requireNonNull(window, "window"),
                Objects.requireNonNull(now, "now")));
        confirmation.record(confirmation.facts);
        return confirmation;
    }

    /** The officer who confirms: his login, token subject and department. */
    public record Officer(String username, String subject, String department) {
        public Officer {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(subject, "subject");
        }
    }

    public String id() {
        return facts.personIdHash();
    }

    /** The level the account holds since this confirmation. */
    public RealNameLevel level() {
        return RealNameLevel.of(facts.level());
    }

    /** The confirmation as it was recorded. */
    public IdentityConfirmedAtWindow facts() {
        return facts;
    }
}
