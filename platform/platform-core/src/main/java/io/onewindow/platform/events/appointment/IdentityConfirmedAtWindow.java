package io.onewindow.platform.events.appointment;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * A window officer checked a person's ID card and confirmed the person's account: its real-name
 * level is {@code window-confirmed} from the person's next token on (an {@code authoritative} one
 * stays so). Recorded once per person; a repeated confirmation records nothing.
 *
 * @param personIdHash pseudonym of the person's resident ID number (the same as {@code
 *     principalIdHash} of the booking events; aggregate id)
 * @param levelBefore the account's level before ({@code self-declared}, {@code window-confirmed} or
 *     {@code authoritative})
 * @param level the account's level after
 * @param officerUsername the officer who checked the card
 * @param officerSubject the officer's token subject
 * @param department the officer's department
 * @param servicePointId the service point where the officer is posted
 * @param window the window the officer holds there
 * @param confirmedAt when
 */
@EventType("onewindow.appointment.IdentityConfirmedAtWindow.v1")
public record IdentityConfirmedAtWindow(
        String personIdHash,
        String levelBefore,
        String level,
        String officerUsername,
        String officerSubject,
        String department,
        String servicePointId,
        String window,
        Instant confirmedAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return personIdHash;
    }
}
