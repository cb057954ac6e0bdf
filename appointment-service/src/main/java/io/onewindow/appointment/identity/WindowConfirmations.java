package io.onewindow.appointment.identity;

import io.onewindow.appointment.booking.domain.IdentityHasher;
import io.onewindow.appointment.identity.domain.Accounts;
import io.onewindow.appointment.identity.domain.IdentityConfirmation;
import io.onewindow.appointment.identity.domain.PersonNotRegisteredException;
import io.onewindow.appointment.staff.StaffPosts;
import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.identity.RealNameLevel;
import io.onewindow.platform.identity.ResidentIdNumber;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.service.UseCase;
import java.time.Clock;
import java.util.Optional;

/**
 * Confirming a person's identity at a window (实名核验): a window officer posted at the window has
 * checked the person's ID card, and the person's account gets the real-name level {@code
 * window-confirmed} (an {@code authoritative} one is never lowered), which the person's next token
 * carries. Once per person: a repeat answers the first confirmation and records nothing.
 */
@UseCase
public class WindowConfirmations {

    private final Accounts accounts;
    private final IdentityConfirmationStore confirmations;
    private final StaffPosts staff;
    private final IdentityHasher hasher;
    private final Clock clock;

    WindowConfirmations(
            Accounts accounts,
            IdentityConfirmationStore confirmations,
            StaffPosts staff,
            IdentityHasher hasher,
            Clock clock) {
        this.accounts = accounts;
        this.confirmations = confirmations;
        this.staff = staff;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** What an officer confirms: whose card he checked, and where he sits. */
    public record ConfirmCommand(String idNumber, String servicePointId, String window) {}

    /**
     * The confirmation and whether it is a repeat.
     *
     * @param maskedIdNumber the person's ID number as it may be shown
     * @param repeated {@code true} when the person had been confirmed before (nothing recorded now)
     */
    public record Outcome(IdentityConfirmation confirmation, String maskedIdNumber, boolean repeated) {}

    /**
     * Confirms the person with {@code command.idNumber()}.
     *
     * @throws AccessRefusedException {@code not-posted-here} unless the officer holds that window at
     *     that point; {@code own-identity-confirmation} for the officer's own ID number
     * @throws PersonNotRegisteredException when no account carries the number (nothing written)
     */
    public Outcome confirm(Caller officer, ConfirmCommand command) {
        if (!staff.postsOf(officer.username()).holds(command.servicePointId(), command.window())) {
            throw new AccessRefusedException(
                    "not-posted-here",
                    "the officer does not hold window " + command.window() + " at " + command.servicePointId());
        }
        ResidentIdNumber id = ResidentIdNumber.of(command.idNumber());
        if (id.value().equals(officer.idNumber())) {
            throw new AccessRefusedException(
                    "own-identity-confirmation", "an officer does not confirm his own identity: another officer does");
        }
        Accounts.Account account =
                accounts.findByIdNumber(id.value()).orElseThrow(() -> new PersonNotRegisteredException(id.masked()));
        RealNameLevel confirmed = account.level().confirmedAtWindow();
        if (confirmed != account.level()) {
            accounts.changeRealNameLevel(account, confirmed);
        }
        // the account first, the record after: a retry after a failed write finds the account
        // confirmed and records the confirmation then
        String personIdHash = hasher.principal(id).idHash();
        Optional<IdentityConfirmation> earlier = confirmations.find(personIdHash);
        if (earlier.isPresent()) {
            return new Outcome(earlier.get(), id.masked(), true);
        }
        IdentityConfirmation confirmation = confirmations.add(IdentityConfirmation.confirm(
                personIdHash,
                account.level(),
                new IdentityConfirmation.Officer(officer.username(), officer.subject(), officer.department()),
                command.servicePointId(),
                command.window(),
                clock.instant()));
        return new Outcome(confirmation, id.masked(), false);
    }
}
