package io.onewindow.approval.cases;

import io.onewindow.approval.cases.domain.ApplicationCase;
import io.onewindow.approval.cases.domain.Visit;
import io.onewindow.approval.catalog.MatterCatalog;
import io.onewindow.approval.catalog.domain.MatterVersion;
import io.onewindow.approval.catalog.domain.Subject;
import io.onewindow.approval.counter.Counter;
import io.onewindow.approval.counter.domain.HallTicket;
import io.onewindow.approval.counter.domain.HallWindow;
import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.security.Roles;
import io.onewindow.platform.service.UseCase;

/**
 * A visit becomes a case (前台受理): at the counter a window officer turns a checked-in queue ticket
 * into a case that carries the service point, its tier, the window and the ticket. A department
 * window receives its department's matters; a comprehensive window (综合受理窗口) receives any
 * matter offered at its point and hands it to the owning department's back office. Every check runs
 * before a case number is taken; a refused reception writes nothing, and one ticket becomes one case.
 */
@UseCase
public class CounterReception {

    private final Counter counter;
    private final CaseFiling filing;
    private final MatterCatalog catalog;
    private final ApplicantPseudonyms pseudonyms;

    CounterReception(Counter counter, CaseFiling filing, MatterCatalog catalog, ApplicantPseudonyms pseudonyms) {
        this.counter = counter;
        this.filing = filing;
        this.catalog = catalog;
        this.pseudonyms = pseudonyms;
    }

    /**
     * Receives {@code application} from the visit of {@code ticketId} at window {@code window}.
     *
     * @throws AccessRefusedException {@code counter.not-posted-here} when the officer does not hold that
     *     window of the ticket's point; {@code application.other-department} when a department window
     *     receives another department's matter
     * @throws InvalidValueException {@code counter.unknown-ticket}, {@code counter.unknown-window},
     *     {@code counter.matter-not-booked}, {@code counter.matter-not-offered}
     * @throws ConflictException {@code counter.visitor-mismatch} when the applicant is not the person who
     *     checked in; {@code counter.visit-already-filed} when the visit became a case already
     */
    public ApplicationCase receive(
            String ticketId,
            String window,
            CaseFiling.Application application,
            Caller caller,
            CaseFiling.TokenFacts token) {
        if (!caller.hasRole(Roles.WINDOW_OFFICER)) {
            throw new AccessRefusedException("counter.not-an-officer", "window officers receive visits");
        }
        HallTicket ticket = counter.ticket(ticketId)
                .orElseThrow(() -> new InvalidValueException(
                        "counter.unknown-ticket", "visit.ticketId", "no queue ticket " + ticketId));
        if (!counter.posted(caller.username(), ticket.servicePointId(), window)) {
            throw new AccessRefusedException(
                    "counter.not-posted-here",
                    "you are not posted at window " + window + " of " + ticket.servicePointId());
        }
        HallWindow at = counter.window(ticket.servicePointId(), window)
                .orElseThrow(() -> new InvalidValueException(
                        "counter.unknown-window",
                        "visit.window",
                        "no window " + window + " at " + ticket.servicePointId()));
        if (!ticket.matterCode().equals(application.matterCode())) {
            throw new InvalidValueException(
                    "counter.matter-not-booked",
                    "matterCode",
                    "the visitor came for " + ticket.matterCode() + ", not " + application.matterCode());
        }
        MatterVersion version = catalog.currentVersion(application.matterCode())
                .orElseThrow(() -> new InvalidValueException(
                        "application.unknown-matter", "matterCode", "no published matter " + application.matterCode()));
        String department = version.definition().department();
        if (at.comprehensive()) {
            if (!counter.offers(ticket.servicePointId(), application.matterCode())) {
                throw new InvalidValueException(
                        "counter.matter-not-offered",
                        "matterCode",
                        application.matterCode() + " is not offered at " + ticket.servicePointId());
            }
        } else if (!department.equals(at.department()) || !caller.belongsTo(department)) {
            throw new AccessRefusedException(
                    "application.other-department", "a department window receives its own department's matters");
        }
        requireTheVisitor(application, ticket);
        Visit visit = new Visit(
                ticket.ticketId(),
                ticket.ticketNumber(),
                ticket.servicePointId(),
                at.tier(),
                window,
                at.comprehensive());
        String claim = "pending:" + java.util.UUID.randomUUID();
        if (!counter.claim(ticketId, claim)) {
            throw new ConflictException("counter.visit-already-filed", "this visit became a case already");
        }
        ApplicationCase received;
        try {
            received = filing.submit(application, caller, token, visit);
        } catch (RuntimeException refused) {
            counter.release(ticketId, claim);
            throw refused;
        }
        counter.settle(ticketId, claim, received.id());
        return received;
    }

    /** A person applying is the person who checked in with his ID card; an enterprise is represented by the visitor. */
    private void requireTheVisitor(CaseFiling.Application application, HallTicket ticket) {
        CaseFiling.Principal principal = application.principal();
        if (principal == null) {
            throw new InvalidValueException(
                    "application.principal-required", "principal", "say whom the visitor applies for");
        }
        if (principal.type() == Subject.PERSON && !pseudonyms.isPerson(principal.code(), ticket.principalIdHash())) {
            throw new ConflictException(
                    "counter.visitor-mismatch", "the applicant is not the person who checked in with this ticket");
        }
    }
}
